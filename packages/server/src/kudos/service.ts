import { and, eq, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { StaffSummary } from '../auth/service.js';
import type { PublicFormConfig } from '../config.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { Queryable } from '../db/client.js';
import { events, inquiries, kudos, staffUsers } from '../db/schema.js';
import { clientRateLimitKey } from '../inquiries/client-key.js';
import type { NotFoundError } from '../inquiries/service.js';
import { DEFAULT_PUBLIC_FORM_LIMITS, PUBLIC_RATE_WINDOW_SECONDS, type RateLimitedResult } from '../inquiries/web-form.js';
import { consumeRateLimit } from '../ratelimit/service.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalText, requiredText } from '../validation/text.js';
import { loadKudos, type KudosView } from './views.js';

/**
 * Kudos: a resident's praise for an employee, sent from the public site or
 * with a satisfaction survey. Every kudos starts pending, and the manager
 * approves it (naming the staff member it is for) or declines it.
 */

export type KudosInput = {
  source: 'public' | 'survey';
  /** The employee as the resident names them ("Maria at the front desk"). */
  employeeName: unknown;
  message: unknown;
  residentName?: unknown;
  /** The inquiry the praise is about, when known (always for survey kudos). */
  inquiryId?: number | null;
  /** The staff member the resident meant, when the caller knows it (such as the survey's resolver). */
  staffId?: string | null;
};

/** Maximum lengths, also stated in schema.graphql. */
export const KUDOS_LIMITS = { employeeName: 120, message: 2000, residentName: 120, declineReason: 500 } as const;

const kudosFields = z.object({
  employeeName: requiredText('employeeName', KUDOS_LIMITS.employeeName),
  message: requiredText('message', KUDOS_LIMITS.message),
  residentName: optionalText('residentName', KUDOS_LIMITS.residentName),
});

export type SubmitKudosResult = { kind: 'submitted'; id: string } | InvalidInputResult;

/**
 * Validates and stores one pending kudos. `db` may be a transaction, so the
 * survey can store its rating and its kudos together. Errors name the field
 * under `root` (for example "input.kudos.message").
 */
export async function submitKudos(db: Queryable, input: KudosInput, root = 'input'): Promise<SubmitKudosResult> {
  const parsed = kudosFields.safeParse({ employeeName: input.employeeName, message: input.message, residentName: input.residentName });
  if (!parsed.success) return toInvalidInput(parsed.error, root);
  const [row] = await db
    .insert(kudos)
    .values({
      source: input.source,
      employeeName: parsed.data.employeeName,
      message: parsed.data.message,
      residentName: parsed.data.residentName ?? null,
      inquiryId: input.inquiryId ?? null,
      staffId: input.staffId ?? null,
    })
    .returning({ id: kudos.id });
  return { kind: 'submitted', id: row!.id };
}

export type PublicKudosSubmission = {
  employeeName: unknown;
  message: unknown;
  residentName?: unknown;
  /** An inquiry reference such as Q-000123; "q123" and "000123" are accepted too. */
  inquiryReference?: string | null;
  /** The hidden field people leave empty. Any text in it marks the submission as spam. */
  honeypot?: string | null;
};

export type SendKudosResult = { kind: 'received'; receivedAt: Date } | RateLimitedResult | InvalidInputResult;

export type PublicKudosRequest = { clientAddress: string | undefined; limits?: PublicFormConfig };

/** Rate-limit bucket of the public kudos page, counted apart from the question form. */
const KUDOS_RATE_BUCKET = 'kudos';

/**
 * Checks and stores kudos from the public page. Invalid fields are reported
 * together and count nothing against the rate limit, which allows as many
 * kudos per client address as the question form allows questions
 * (WEB_FORM_RATE_LIMIT per 10 minutes). A filled honeypot gets the same
 * response as a stored kudos, and so does a reference to an inquiry that
 * does not exist (the kudos is then stored without a link), so the page
 * never reveals which references exist.
 */
export async function sendPublicKudos(deps: CoreDeps, submission: PublicKudosSubmission, request: PublicKudosRequest): Promise<SendKudosResult> {
  const limits = request.limits ?? DEFAULT_PUBLIC_FORM_LIMITS;
  const parsed = kudosFields.safeParse({ employeeName: submission.employeeName, message: submission.message, residentName: submission.residentName });
  const reference = parseReference(submission.inquiryReference);
  if (!parsed.success) {
    const invalid = toInvalidInput(parsed.error, 'input');
    return reference.kind === 'invalid' ? withField(invalid, reference.field, reference.message) : invalid;
  }
  if (reference.kind === 'invalid') return invalidField(reference.field, reference.message);

  const rate = await consumeRateLimit(
    deps.db,
    { bucket: KUDOS_RATE_BUCKET, limit: limits.submissionsPerWindow, windowSeconds: PUBLIC_RATE_WINDOW_SECONDS },
    clientRateLimitKey(request.clientAddress),
  );
  if (!rate.allowed) {
    deps.log.info({ hits: rate.hits, retryAfterSeconds: rate.retryAfterSeconds }, 'kudos rejected by the rate limit');
    const minutes = Math.ceil(rate.retryAfterSeconds / 60);
    return {
      kind: 'rate_limited',
      message: `Too many kudos from this address: at most ${limits.submissionsPerWindow} every ${PUBLIC_RATE_WINDOW_SECONDS / 60} minutes. Try again in ${minutes === 1 ? '1 minute' : `${minutes} minutes`}.`,
      retryAfterSeconds: rate.retryAfterSeconds,
    };
  }

  if (submission.honeypot && submission.honeypot.trim() !== '') {
    // Only the fact and the size are logged: the text may be anyone's personal data.
    deps.log.warn({ honeypotLength: submission.honeypot.length }, 'kudos rejected as spam: honeypot filled');
    return { kind: 'received', receivedAt: new Date() };
  }

  const inquiryId = reference.kind === 'given' ? await findInquiryId(deps.db, reference.reference) : undefined;
  const stored = await submitKudos(deps.db, {
    source: 'public',
    employeeName: parsed.data.employeeName,
    message: parsed.data.message,
    residentName: parsed.data.residentName,
    inquiryId: inquiryId ?? null,
  });
  if (stored.kind !== 'submitted') return stored;
  deps.log.info({ kudosId: stored.id, linkedInquiry: inquiryId !== undefined }, 'kudos received from the public page');
  return { kind: 'received', receivedAt: new Date() };
}

type ParsedReference = { kind: 'none' } | { kind: 'given'; reference: string } | { kind: 'invalid'; field: string; message: string };

/** Normalises "Q-000123", "q123" or "123" to the stored form, Q- and at least six digits. */
function parseReference(value: string | null | undefined): ParsedReference {
  const trimmed = (value ?? '').trim();
  if (trimmed === '') return { kind: 'none' };
  const match = /^(?:q-?)?0*([0-9]{1,15})$/i.exec(trimmed);
  const id = match ? Number(match[1]) : 0;
  if (!match || id < 1 || !Number.isSafeInteger(id)) {
    return { kind: 'invalid', field: 'input.inquiryReference', message: 'inquiryReference must be a reference such as Q-000123' };
  }
  return { kind: 'given', reference: `Q-${id < 1_000_000 ? String(id).padStart(6, '0') : id}` };
}

async function findInquiryId(db: Queryable, reference: string): Promise<number | undefined> {
  const [row] = await db.select({ id: inquiries.id }).from(inquiries).where(eq(inquiries.reference, reference));
  return row?.id;
}

function withField(result: InvalidInputResult, field: string, message: string): InvalidInputResult {
  const fields = [...result.fields, { field, message }];
  return { kind: 'invalid_input', message: `Invalid input: ${fields.map((entry) => `${entry.field}: ${entry.message}`).join('; ')}`, fields };
}

export type AlreadyReviewedResult = {
  kind: 'already_reviewed';
  message: string;
  status: 'approved' | 'declined';
  reviewedBy: StaffSummary | null;
  reviewedAt: Date | null;
};

export type ReviewResult = { kind: 'ok'; kudos: KudosView } | NotFoundError | InvalidInputResult | AlreadyReviewedResult;

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Approves a pending kudos for `staffId`, an active staff account. One
 * conditional UPDATE (where status = 'pending') makes the change, so of two
 * managers approving at once exactly one succeeds and the other gets
 * AlreadyReviewed naming the first.
 */
export async function approveKudos(deps: CoreDeps, actor: Actor, id: string, staffId: string): Promise<ReviewResult> {
  if (!UUID_PATTERN.test(id)) return notFound(id);
  if (!UUID_PATTERN.test(staffId)) return invalidField('staffId', `staffId must be the id of an active staff member, not "${staffId.slice(0, 40)}"`);
  const [staff] = await deps.db.select({ id: staffUsers.id, active: staffUsers.active }).from(staffUsers).where(eq(staffUsers.id, staffId));
  if (!staff || !staff.active) return invalidField('staffId', `staffId must be the id of an active staff member; ${staffId} is ${staff ? 'deactivated' : 'unknown'}`);

  const [updated] = await deps.db
    .update(kudos)
    .set({ status: 'approved', staffId, reviewedById: actor.id, reviewedAt: sql`now()` })
    .where(and(eq(kudos.id, id), eq(kudos.status, 'pending')))
    .returning({ id: kudos.id });
  if (!updated) return explainUnchanged(deps, id);

  deps.log.info({ kudosId: id, staffId, managerId: actor.id }, 'kudos approved');
  return { kind: 'ok', kudos: (await loadKudos(deps.db, id))! };
}

/**
 * Declines a pending kudos with the same conditional UPDATE as approval. The
 * kudos table has no column for the reason, so the reason is stored as a
 * "kudos_declined" row of the event log (stream "kudos") in the same
 * transaction.
 */
export async function declineKudos(deps: CoreDeps, actor: Actor, id: string, reason?: string | null): Promise<ReviewResult> {
  if (!UUID_PATTERN.test(id)) return notFound(id);
  const parsedReason = optionalText('reason', KUDOS_LIMITS.declineReason).safeParse(reason);
  if (!parsedReason.success) return toInvalidInput(parsedReason.error, 'reason');

  const updated = await inTransaction(deps, async (tx) => {
    const [row] = await tx
      .update(kudos)
      .set({ status: 'declined', reviewedById: actor.id, reviewedAt: sql`now()` })
      .where(and(eq(kudos.id, id), eq(kudos.status, 'pending')))
      .returning({ id: kudos.id });
    if (!row) return false;
    if (parsedReason.data !== undefined) {
      await tx.insert(events).values({ stream: 'kudos', type: 'kudos_declined', actorId: actor.id, payload: { kudosId: id, reason: parsedReason.data } });
    }
    return true;
  });
  if (!updated) return explainUnchanged(deps, id);

  deps.log.info({ kudosId: id, managerId: actor.id, withReason: parsedReason.data !== undefined }, 'kudos declined');
  return { kind: 'ok', kudos: (await loadKudos(deps.db, id))! };
}

/**
 * Tells why a conditional review UPDATE changed nothing: the kudos is
 * unknown, or someone reviewed it already. The message gives the review time
 * in the center's zone.
 */
async function explainUnchanged(deps: CoreDeps, id: string): Promise<ReviewResult> {
  const current = await loadKudos(deps.db, id);
  if (!current) return notFound(id);
  if (current.status === 'pending') throw new Error(`kudos ${id} is still pending after a conditional review update matched no row`);
  const reviewer = current.reviewedBy?.displayName ?? 'a staff member whose account was deleted';
  const when = current.reviewedAt
    ? ` on ${DateTime.fromJSDate(current.reviewedAt, { zone: deps.centerTimeZone }).setLocale('en-US').toFormat("MMMM d, yyyy 'at' h:mm a ZZZZ")}`
    : '';
  return {
    kind: 'already_reviewed',
    message: `This kudos was already ${current.status} by ${reviewer}${when}. Nothing was changed.`,
    status: current.status,
    reviewedBy: current.reviewedBy,
    reviewedAt: current.reviewedAt,
  };
}

function notFound(id: string): NotFoundError {
  return { kind: 'not_found', message: `No kudos with id ${id.slice(0, 40)}` };
}

/** Counts the approved kudos of one staff member. */
export async function countApprovedKudos(db: Queryable, staffId: string): Promise<number> {
  const [row] = await db
    .select({ count: sql<string>`count(*)` })
    .from(kudos)
    .where(and(eq(kudos.staffId, staffId), eq(kudos.status, 'approved')));
  return Number(row?.count ?? 0);
}
