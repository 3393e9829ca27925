/**
 * Mutations on one inquiry, with their typed errors turned into messages for
 * the person at the screen. Every result that carries a newer inquiry (the
 * update itself, AlreadyClaimed or VersionConflict) is published so the list
 * and the detail pane show it, and the next write uses its version.
 */
import { mutate, mutateLive } from '../../lib/api';
import {
  AddNoteDocument,
  ClaimInquiryDocument,
  ReleaseInquiryDocument,
  ReopenInquiryDocument,
  ResolveInquiryDocument,
  RouteInquiryDocument,
  type InquiryDetailFragment,
  type InquiryPayloadFieldsFragment,
} from '../../lib/graphql';
import { publishInquiryUpdate } from '../../lib/inquiryUpdates';

export type ActionOutcome =
  | { ok: true; inquiry: InquiryDetailFragment }
  | { ok: false; message: string; fieldErrors: Record<string, string> };

/** The inquiry fields a write needs: which inquiry, and the version the screen shows. */
export type InquiryVersion = { id: string; version: number };

function failure(message: string, fieldErrors: Record<string, string> = {}): ActionOutcome {
  return { ok: false, message, fieldErrors };
}

/** Strips the argument prefix from a field path, such as "input.subject" to "subject". */
export function fieldNameOf(path: string): string {
  const parts = path.split('.');
  return parts[parts.length - 1] ?? path;
}

/** Turns InvalidInput field errors into a map from field name to message. */
export function toFieldErrors(fields: readonly { field: string; message: string }[]): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const entry of fields) {
    const name = fieldNameOf(entry.field);
    errors[name] = errors[name] ? `${errors[name]} ${entry.message}` : entry.message;
  }
  return errors;
}

/** Interprets an InquiryPayload and publishes any inquiry state it carries. */
export function interpretPayload(payload: InquiryPayloadFieldsFragment): ActionOutcome {
  const error = payload.error;

  if (error === null) {
    if (payload.inquiry === null) {
      return failure('The server returned neither the inquiry nor an error. Reload the page and try again.');
    }
    publishInquiryUpdate({ inquiry: payload.inquiry, eventType: null });
    return { ok: true, inquiry: payload.inquiry };
  }

  switch (error.__typename) {
    case 'AlreadyClaimed':
      publishInquiryUpdate({ inquiry: error.inquiry, eventType: null });
      return failure(`Already claimed by ${error.holder.displayName}`);
    case 'VersionConflict':
      publishInquiryUpdate({ inquiry: error.current, eventType: null });
      return failure(
        'Someone changed this inquiry while you were working on it, so nothing was saved. The latest version is now shown. Check it and try again.',
      );
    case 'NotClaimant':
      return failure(
        error.claimant === null
          ? 'Claim this inquiry first. Only the staff member who claimed it, or a manager, can do this.'
          : `Only ${error.claimant.displayName}, who claimed this inquiry, or a manager can do this.`,
      );
    case 'NotFound':
      return failure('This inquiry was not found. It may have been removed; reload the inbox.');
    case 'InvalidInput':
      return failure(error.fields.length > 0 ? 'Check the highlighted fields.' : error.message, toFieldErrors(error.fields));
  }
}

/** Copies only id and version, so a store row passed as target sends no other fields. */
function versionOf(target: InquiryVersion): InquiryVersion {
  return { id: target.id, version: target.version };
}

async function run(perform: () => Promise<InquiryPayloadFieldsFragment>): Promise<ActionOutcome> {
  try {
    return interpretPayload(await perform());
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error));
  }
}

/**
 * Claims over the WebSocket when it is connected, because agents often claim
 * a new inquiry at the same moment. graphql-ws may send the claim again after
 * a reconnection. If the first send already won, the second returns the
 * inquiry unchanged.
 */
export function claimInquiry(target: InquiryVersion): Promise<ActionOutcome> {
  return run(async () => (await mutateLive(ClaimInquiryDocument, versionOf(target))).claimInquiry);
}

export function releaseInquiry(target: InquiryVersion): Promise<ActionOutcome> {
  return run(async () => (await mutate(ReleaseInquiryDocument, versionOf(target))).releaseInquiry);
}

export function resolveInquiry(target: InquiryVersion, resolutionNote: string): Promise<ActionOutcome> {
  return run(async () => (await mutate(ResolveInquiryDocument, { ...versionOf(target), resolutionNote })).resolveInquiry);
}

export function reopenInquiry(target: InquiryVersion, reason: string): Promise<ActionOutcome> {
  const variables = { ...versionOf(target), reason: reason.trim() === '' ? null : reason };
  return run(async () => (await mutate(ReopenInquiryDocument, variables)).reopenInquiry);
}

/** Adds a note; a public one is also shown on the resident's status page. */
export function addNote(inquiryId: string, body: string, isPublic = false): Promise<ActionOutcome> {
  return run(async () => (await mutate(AddNoteDocument, { id: inquiryId, body, public: isPublic })).addNote);
}

export function routeInquiry(
  target: InquiryVersion,
  destination: { topicId: string | null; departmentId: string | null },
): Promise<ActionOutcome> {
  return run(async () => (await mutate(RouteInquiryDocument, { ...versionOf(target), ...destination })).routeInquiry);
}
