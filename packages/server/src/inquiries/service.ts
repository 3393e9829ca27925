import { and, eq, isNull, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Database, Transaction } from '../db/client.js';
import { inquiries, inquiryMessages } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { StaffSummary } from '../auth/service.js';
import { findDepartment, findTopic } from '../directory/service.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { requiredText, optionalText } from '../validation/text.js';
import { issueSurveyInvitation, type SurveyMailSettings } from '../survey/service.js';
import { appendInboxEvent } from './events.js';
import { BODY_MAX } from './intake.js';
import { loadInquiry, type InboxEventType, type InquiryRow, type InquiryView } from './views.js';

export type NotFoundError = { kind: 'not_found'; message: string };
export type AlreadyClaimedError = { kind: 'already_claimed'; message: string; holder: StaffSummary; inquiry: InquiryView };
export type VersionConflictError = { kind: 'version_conflict'; message: string; current: InquiryView };
export type NotClaimantError = { kind: 'not_claimant'; message: string; holder: StaffSummary | null };

export type InquiryError = InvalidInputResult | NotFoundError | AlreadyClaimedError | VersionConflictError | NotClaimantError;

export type InquiryResult = { kind: 'ok'; inquiry: InquiryView } | InquiryError;

function notFound(id: number): InquiryError {
  return { kind: 'not_found', message: `No inquiry with id ${id}` };
}

type Change = {
  id: number;
  /** The version the caller's screen showed; undefined skips the check (claims only). */
  version?: number;
  /** Extra conditions on the current row. When one fails, `explain` returns the reason. */
  guard?: SQL;
  set: PgUpdateSetSource<typeof inquiries>;
  event: InboxEventType;
  /** Runs in the same transaction after the update, for example to add a note. */
  after?: (tx: Transaction, inquiry: InquiryRow) => Promise<void>;
  /**
   * Tells why the guarded update matched no row, given the current state, or
   * returns a success when the change had already been made. Undefined means
   * the version was stale.
   */
  explain: (current: InquiryView) => InquiryResult | undefined;
};

/**
 * Applies one change as a single conditional UPDATE: it matches only when the
 * version and the guard still hold, so of several concurrent writers exactly
 * one succeeds and the others get the reason as a result, never a silent overwrite.
 */
async function applyChange(deps: CoreDeps, actor: Actor, change: Change): Promise<InquiryResult> {
  const result = await inTransaction(deps, async (tx): Promise<InquiryResult> => {
    const conditions = [eq(inquiries.id, change.id)];
    if (change.version !== undefined) conditions.push(eq(inquiries.version, change.version));
    if (change.guard) conditions.push(change.guard);

    const [updated] = await tx
      .update(inquiries)
      .set({ ...change.set, version: sql`${inquiries.version} + 1`, updatedAt: sql`now()` })
      .where(and(...conditions))
      .returning();

    if (!updated) {
      const current = await loadInquiry(tx, change.id);
      if (!current) return notFound(change.id);
      const reason = change.explain(current);
      if (reason) return reason;
      return {
        kind: 'version_conflict',
        message:
          change.version !== undefined && change.version > current.version
            ? `Inquiry ${current.reference} is at version ${current.version}, not ${change.version}. Reload and try again.`
            : `Inquiry ${current.reference} changed since version ${change.version}; it is now at version ${current.version}. Reload and try again.`,
        current,
      };
    }

    await change.after?.(tx, updated);
    const inquiry = (await loadInquiry(tx, updated.id))!;
    await appendInboxEvent(tx, change.event, inquiry, actor);
    return { kind: 'ok', inquiry };
  });

  // The inquiry has changed, so a claim won before no longer shows its state (see claimInquiry).
  forgetClaim(deps.db, change.id);
  if (result.kind === 'ok') deps.log.info({ inquiryId: change.id, change: change.event, by: actor.id }, 'inquiry changed');
  return result;
}

function alreadyClaimed(current: InquiryView): InquiryError {
  return {
    kind: 'already_claimed',
    message: `Inquiry ${current.reference} is already claimed by ${current.claimedBy!.displayName}`,
    holder: current.claimedBy!,
    inquiry: current,
  };
}

type ClaimInFlight = { actorId: string; result: Promise<InquiryResult> };

/** Claims this process is running, per database and inquiry id. */
const claimsInFlight = new WeakMap<Database, Map<number, ClaimInFlight>>();

type WonClaim = { actorId: string; inquiry: InquiryView; until: number };

/** Claims this process won in the last RECENT_CLAIM_MS, per database and inquiry id. */
const recentClaims = new WeakMap<Database, Map<number, WonClaim>>();
const RECENT_CLAIM_MS = 2_000;
const MAX_RECENT_CLAIMS = 1_000;

/** Returns the claim of inquiry `id` won lately in this process when it makes a claim from `version` certain to lose. */
function recentClaimBeyond(db: Database, id: number, version: number): WonClaim | undefined {
  const won = recentClaims.get(db)?.get(id);
  if (won === undefined) return undefined;
  if (won.until < Date.now()) {
    recentClaims.get(db)!.delete(id);
    return undefined;
  }
  return version < won.inquiry.version ? won : undefined;
}

function rememberClaim(db: Database, actorId: string, inquiry: InquiryView): void {
  let won = recentClaims.get(db);
  if (!won) {
    won = new Map();
    recentClaims.set(db, won);
  }
  won.delete(inquiry.id);
  // A Map keeps insertion order, so the first entries are the oldest claims: expired ones go, and one more at the limit.
  const now = Date.now();
  for (const [id, claim] of won) {
    if (claim.until >= now && won.size < MAX_RECENT_CLAIMS) break;
    won.delete(id);
  }
  won.set(inquiry.id, { actorId, inquiry, until: now + RECENT_CLAIM_MS });
}

function forgetClaim(db: Database, id: number): void {
  recentClaims.get(db)?.delete(id);
}

/**
 * Claims an open, unclaimed inquiry. Claiming one's own claim again succeeds
 * without a new event.
 *
 * When a new inquiry appears on every agent's screen, many may click Claim at
 * once. A claim that arrives while another claim of the same inquiry is
 * running in this process waits for it instead of queueing on the row lock.
 * If that claim wins, this one has lost without a statement of its own, or
 * gets the same result when it comes from the same agent. If it does not
 * win, this claim runs as usual. The conditional UPDATE settles claims from
 * other processes.
 *
 * Many claims also arrive just after the winner has committed: on the
 * embedded database every claim runs to its end before the next one is read.
 * For RECENT_CLAIM_MS after a win, a claim from a version older than the
 * winner's result cannot win, since versions only grow, so it gets the
 * winner's result too, without a statement. A change through applyChange
 * (release, resolve, reopen, route, a later claim) removes the win at once.
 * Any other change, such as an e-mail reply or a change made by another
 * process, may leave a losing claim explained by the winner's state rather
 * than the newer one, for at most that time. The claim loses all the same.
 * A claim without a version, or from the winner's version or later, always
 * goes to the database.
 */
export async function claimInquiry(deps: CoreDeps, actor: Actor, id: number, version?: number): Promise<InquiryResult> {
  let running = claimsInFlight.get(deps.db);
  if (!running) {
    running = new Map();
    claimsInFlight.set(deps.db, running);
  }
  const earlier = running.get(id);
  if (earlier) {
    const outcome = await earlier.result.catch(() => undefined);
    if (outcome?.kind === 'ok') return earlier.actorId === actor.id ? outcome : alreadyClaimed(outcome.inquiry);
  }
  if (version !== undefined) {
    const won = recentClaimBeyond(deps.db, id, version);
    if (won) return won.actorId === actor.id ? { kind: 'ok', inquiry: won.inquiry } : alreadyClaimed(won.inquiry);
  }

  const claim: ClaimInFlight = {
    actorId: actor.id,
    result: applyChange(deps, actor, {
      id,
      version,
      guard: and(isNull(inquiries.claimedById), eq(inquiries.status, 'open')),
      set: { claimedById: actor.id, claimedAt: sql`now()` },
      event: 'claimed',
      explain: (current) => {
        if (current.claimedBy && current.claimedBy.id !== actor.id) return alreadyClaimed(current);
        if (current.claimedBy?.id === actor.id) return { kind: 'ok', inquiry: current };
        if (current.status !== 'open') return invalidField('id', `inquiry ${current.reference} is resolved; reopen it before claiming`);
        return undefined;
      },
    }),
  };
  if (!running.has(id)) running.set(id, claim);
  try {
    const outcome = await claim.result;
    if (outcome.kind === 'ok' && outcome.inquiry.claimedBy?.id === actor.id) rememberClaim(deps.db, actor.id, outcome.inquiry);
    return outcome;
  } finally {
    if (running.get(id) === claim) running.delete(id);
  }
}

/** Releases a claim. Only its holder or a manager may. */
export async function releaseInquiry(deps: CoreDeps, actor: Actor, id: number, version: number): Promise<InquiryResult> {
  const guard =
    actor.role === 'manager' ? sql`${inquiries.claimedById} is not null` : eq(inquiries.claimedById, actor.id);
  return applyChange(deps, actor, {
    id,
    version,
    guard,
    set: { claimedById: null, claimedAt: null },
    event: 'released',
    explain: (current) => {
      if (!current.claimedBy) return invalidField('id', `inquiry ${current.reference} is not claimed`);
      if (current.version === version && current.claimedBy.id !== actor.id) {
        return {
          kind: 'not_claimant',
          message: `Only ${current.claimedBy.displayName} or a manager can release inquiry ${current.reference}`,
          holder: current.claimedBy,
        };
      }
      return undefined;
    },
  });
}

/**
 * Resolves an open inquiry with the answer given, claimed or not; claimed by someone else needs that person or a manager.
 * It also issues the satisfaction survey, whose e-mail needs `surveyMail` (survey/service.ts).
 */
export async function resolveInquiry(
  deps: CoreDeps,
  actor: Actor,
  id: number,
  version: number,
  resolutionNote: string,
  surveyMail?: SurveyMailSettings,
): Promise<InquiryResult> {
  const note = requiredText('resolutionNote', BODY_MAX).safeParse(resolutionNote);
  if (!note.success) return invalidField('resolutionNote', note.error.issues[0].message);

  const mayResolveOthers = actor.role === 'manager';
  const guard = mayResolveOthers
    ? eq(inquiries.status, 'open')
    : and(eq(inquiries.status, 'open'), sql`(${inquiries.claimedById} is null or ${inquiries.claimedById} = ${actor.id})`);

  return applyChange(deps, actor, {
    id,
    version,
    guard,
    set: { status: 'resolved', resolvedAt: sql`now()`, resolvedById: actor.id, resolutionNote: note.data },
    event: 'resolved',
    // The thread keeps every resolution, so the answer given stays visible after a reopen.
    after: async (tx, inquiry) => {
      await tx.insert(inquiryMessages).values({ inquiryId: inquiry.id, kind: 'note', authorId: actor.id, body: `Resolved: ${note.data}` });
      await issueSurveyInvitation(tx, deps, inquiry.id, surveyMail);
    },
    explain: (current) => {
      if (current.version !== version) return undefined;
      if (current.status === 'resolved') return invalidField('id', `inquiry ${current.reference} is already resolved`);
      if (current.claimedBy && current.claimedBy.id !== actor.id) {
        return {
          kind: 'not_claimant',
          message: `Inquiry ${current.reference} is claimed by ${current.claimedBy.displayName}; only they or a manager can resolve it`,
          holder: current.claimedBy,
        };
      }
      return undefined;
    },
  });
}

/** Reopens a resolved inquiry; the reason, when given, becomes an internal note. */
export async function reopenInquiry(
  deps: CoreDeps,
  actor: Actor,
  id: number,
  version: number,
  reason?: string | null,
): Promise<InquiryResult> {
  const parsedReason = optionalText('reason', BODY_MAX).safeParse(reason);
  if (!parsedReason.success) return invalidField('reason', parsedReason.error.issues[0].message);
  const note = parsedReason.data;

  return applyChange(deps, actor, {
    id,
    version,
    guard: eq(inquiries.status, 'resolved'),
    set: { status: 'open', resolvedAt: null, resolvedById: null, resolutionNote: null },
    event: 'reopened',
    after: async (tx, inquiry) => {
      if (note) await tx.insert(inquiryMessages).values({ inquiryId: inquiry.id, kind: 'note', authorId: actor.id, body: `Reopened: ${note}` });
    },
    explain: (current) =>
      current.version === version && current.status === 'open'
        ? invalidField('id', `inquiry ${current.reference} is already open`)
        : undefined,
  });
}

/**
 * Adds an internal note. Notes only append, so no version is needed: two
 * agents noting at once both keep their note.
 */
/** Adds a staff note. A `public` note is also shown, without its author, on the resident's status page. */
export async function addNote(
  deps: CoreDeps,
  actor: Actor,
  id: number,
  body: string,
  visibility: 'internal' | 'public' = 'internal',
): Promise<InquiryResult> {
  const parsed = requiredText('body', BODY_MAX).safeParse(body);
  if (!parsed.success) return invalidField('body', parsed.error.issues[0].message);

  return applyChange(deps, actor, {
    id,
    set: {},
    event: 'note_added',
    after: async (tx, inquiry) => {
      await tx.insert(inquiryMessages).values({ inquiryId: inquiry.id, kind: 'note', authorId: actor.id, body: parsed.data, visibility });
    },
    explain: () => undefined,
  });
}

/**
 * Routes an inquiry to a topic and the department that owns it, or to a
 * department alone. A topic without a department takes the topic's owner.
 */
export async function routeInquiry(
  deps: CoreDeps,
  actor: Actor,
  id: number,
  version: number,
  target: { topicId?: string | null; departmentId?: string | null },
): Promise<InquiryResult> {
  if (!target.topicId && !target.departmentId) return invalidField('topicId', 'give a topicId, a departmentId or both');

  let departmentId = target.departmentId ?? null;
  if (target.topicId) {
    const topic = await findTopic(deps.db, target.topicId);
    if (!topic) return invalidField('topicId', `no topic with id ${target.topicId}`);
    departmentId ??= topic.departmentId;
  }
  if (departmentId && !(await findDepartment(deps.db, departmentId))) {
    return invalidField('departmentId', `no department with id ${departmentId}`);
  }

  const set: Change['set'] = { departmentId };
  if (target.topicId) set.topicId = target.topicId;
  return applyChange(deps, actor, { id, version, set, event: 'routed', explain: () => undefined });
}
