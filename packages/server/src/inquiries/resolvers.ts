import type { Resolvers } from '../graphql/generated.js';
import { actorOf } from '../graphql/context.js';
import { AppError } from '../core/errors.js';
import type { EventRecord } from '../events/service.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { countByChannel, readInbox } from './inbox.js';
import { logPhoneCall, logWalkIn, type IntakeResult } from './intake.js';
import { receiveWebForm } from './web-form.js';
import { addNote, claimInquiry, reopenInquiry, releaseInquiry, resolveInquiry, routeInquiry, type InquiryResult } from './service.js';
import { loadInquiry, loadMessages, readOncePerView, toInboxEventView } from './views.js';

/** Inquiry ids are positive integers; anything else matches no inquiry. */
function parseId(id: string): number | undefined {
  const value = Number(id);
  return /^[0-9]{1,15}$/.test(id) && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

/**
 * Runs `run` with the inquiry id parsed, or returns InvalidInput naming the
 * field when the id is not a positive whole number or `version` is below 1.
 */
function withId(id: string, run: (id: number) => Promise<InquiryResult>, version?: number | null): Promise<InquiryResult> {
  const parsed = parseId(id);
  if (parsed === undefined) {
    return Promise.resolve(invalidField('id', `must be an inquiry id, a positive whole number; got "${id.slice(0, 40)}"`));
  }
  if (version != null && version < 1) {
    return Promise.resolve(invalidField('version', `must be a version the inquiry had, a whole number from 1; got ${version}`));
  }
  return run(parsed);
}

/** Staff intake answers with the inquiry payload shape. */
function toPayload(result: IntakeResult): InquiryResult {
  if (result.kind === 'created') return { kind: 'ok', inquiry: result.inquiry };
  if (result.kind === 'duplicate') throw new Error('staff intake never has a source id, so it cannot be a duplicate');
  return result;
}

/** Query arguments that fail validation are errors, not typed results, because queries have no payload type. */
function throwIfInvalid<T>(result: T | InvalidInputResult): T {
  if (typeof result === 'object' && result !== null && 'kind' in result && result.kind === 'invalid_input') {
    throw new AppError('BAD_USER_INPUT', result.message);
  }
  return result as T;
}

const errorTypeNames = {
  invalid_input: 'InvalidInput',
  not_found: 'NotFound',
  already_claimed: 'AlreadyClaimed',
  version_conflict: 'VersionConflict',
  not_claimant: 'NotClaimant',
} as const;

export const inquiryResolvers: Resolvers = {
  Query: {
    async inbox(_parent, args, context) {
      const page = await readInbox(context.deps.db, actorOf(context), args.filter ?? {}, args.first ?? 25, args.after);
      return throwIfInvalid(page);
    },
    async inquiry(_parent, args, context) {
      const id = parseId(args.id);
      return id === undefined ? null : ((await loadInquiry(context.deps.db, id)) ?? null);
    },
    async inboxChannelCounts(_parent, args, context) {
      return throwIfInvalid(await countByChannel(context.deps.db, actorOf(context), args.filter ?? {}));
    },
  },
  Mutation: {
    logPhoneCall: async (_parent, args, context) => toPayload(await logPhoneCall(context.deps, actorOf(context), args.input)),
    logWalkIn: async (_parent, args, context) => toPayload(await logWalkIn(context.deps, actorOf(context), args.input)),
    submitWebInquiry: (_parent, args, context) =>
      receiveWebForm(context.deps, args.input, { clientAddress: context.clientAddress, limits: context.publicForm }),
    claimInquiry: (_parent, args, context) =>
      withId(args.id, (id) => claimInquiry(context.deps, actorOf(context), id, args.version ?? undefined), args.version),
    releaseInquiry: (_parent, args, context) =>
      withId(args.id, (id) => releaseInquiry(context.deps, actorOf(context), id, args.version), args.version),
    resolveInquiry: (_parent, args, context) =>
      withId(args.id, async (id) => {
        const surveyMail = context.email ? { publicBaseUrl: context.publicBaseUrl, mailFrom: context.email.mailFrom } : undefined;
        const result = await resolveInquiry(context.deps, actorOf(context), id, args.version, args.resolutionNote, surveyMail);
        // The survey e-mail, when one was queued, leaves at once rather than at the outbox's next round.
        if (result.kind === 'ok') context.email?.wakeOutbox();
        return result;
      }, args.version),
    reopenInquiry: (_parent, args, context) =>
      withId(args.id, (id) => reopenInquiry(context.deps, actorOf(context), id, args.version, args.reason), args.version),
    addNote: (_parent, args, context) =>
      withId(args.id, (id) => addNote(context.deps, actorOf(context), id, args.body, args.public ? 'public' : 'internal')),
    routeInquiry: (_parent, args, context) =>
      withId(
        args.id,
        (id) => routeInquiry(context.deps, actorOf(context), id, args.version, { topicId: args.topicId, departmentId: args.departmentId }),
        args.version,
      ),
  },
  Subscription: {
    inboxEvents: {
      subscribe: (_parent, args, context) => {
        const after = args.after == null ? undefined : Number(args.after);
        if (after !== undefined && (!Number.isSafeInteger(after) || after < 0)) throw new AppError('BAD_USER_INPUT', 'after must be an event id');
        return context.dispatcher.subscribe(['inbox'], after);
      },
      resolve: (event: EventRecord) => toInboxEventView(event),
    },
  },
  Inquiry: {
    id: (inquiry) => String(inquiry.id),
    messages: (inquiry, _args, context) => readOncePerView(inquiry, 'messages', () => loadMessages(context.deps.db, inquiry.id)),
  },
  InquiryMessage: {
    id: (message) => String(message.id),
  },
  InboxEvent: {
    id: (event) => String(event.id),
  },
  InquiryConnection: {
    edges: (page) => page.items,
    pageInfo: (page) => ({ endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
  },
  InquiryEdge: {
    node: (item) => item.inquiry,
  },
  InquiryPayload: {
    inquiry: (result) => (result.kind === 'ok' ? result.inquiry : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  InquiryError: {
    __resolveType: (error) => errorTypeNames[error.kind],
  },
  SubmitWebInquiryPayload: {
    receipt: (result) =>
      result.kind === 'received'
        ? { reference: result.reference, receivedAt: result.receivedAt, statusToken: result.statusToken, statusPath: `/status/${result.statusToken}` }
        : null,
    error: (result) => (result.kind === 'invalid_input' ? result : null),
    rateLimited: (result) => (result.kind === 'rate_limited' ? result : null),
  },
  Channel: { PHONE: 'phone', WALK_IN: 'walk_in', EMAIL: 'email', WEB: 'web' },
  InquiryStatus: { OPEN: 'open', RESOLVED: 'resolved' },
  MessageKind: { RESIDENT: 'resident', REPLY: 'reply', NOTE: 'note' },
  MessageVisibility: { INTERNAL: 'internal', PUBLIC: 'public' },
  ClaimFilter: { MINE: 'mine', UNCLAIMED: 'unclaimed', ANYONE: 'anyone' },
  InboxEventType: {
    CREATED: 'created',
    CLAIMED: 'claimed',
    RELEASED: 'released',
    RESOLVED: 'resolved',
    REOPENED: 'reopened',
    ROUTED: 'routed',
    NOTE_ADDED: 'note_added',
    // Added by the e-mail channel (email/schema.graphql).
    MESSAGE_RECEIVED: 'message_received',
    REPLY_QUEUED: 'reply_queued',
    EMAIL_STATUS_CHANGED: 'email_status_changed',
  },
};
