import { and, eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../db/client.js';
import { walkInVisits } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { toStaffSummary } from '../auth/service.js';
import { findTopic } from '../directory/service.js';
import { appendEvent } from '../events/service.js';
import { receiveInquiry, type IntakeResult } from '../inquiries/intake.js';
import type { InquiryView } from '../inquiries/views.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalText, requiredText } from '../validation/text.js';
import { loadVisit, type WalkInEventType, type WalkInVisitView } from './views.js';

/**
 * The walk-in queue at the counter: check-in, serve next, visitor left, and
 * the outcome that completes a visit and logs its inquiry. Every change is
 * one conditional UPDATE on the visit's status, so two agents never act on
 * one visitor at once, and appends a `walkin` event.
 */

export type VisitConflict = { kind: 'conflict'; message: string; visit: WalkInVisitView | null };
export type VisitNotFound = { kind: 'not_found'; message: string };
export type VisitResult = { kind: 'ok'; visit: WalkInVisitView } | VisitConflict | VisitNotFound | InvalidInputResult;
export type OutcomeResult = { kind: 'ok'; visit: WalkInVisitView; inquiry: InquiryView } | VisitConflict | VisitNotFound | InvalidInputResult;

/** Shows a visitor's name in logs as its initials only ("Maria Peña" becomes "M. P."). */
export function maskName(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]}.`)
    .join(' ');
}

/** Appends a `walkin` event with the visit as it is now. The actor is null for a self check-in. */
export async function appendWalkInEvent(tx: Transaction, type: WalkInEventType, id: string, actor: Actor | null): Promise<WalkInVisitView> {
  const visit = (await loadVisit(tx, id))!;
  await appendEvent(tx, {
    stream: 'walkin',
    type,
    actorId: actor?.id ?? null,
    inquiryId: visit.inquiryId,
    payload: { visit, actor: actor ? toStaffSummary(actor) : null },
  });
  return visit;
}

const checkInSchema = z.object({
  visitorName: requiredText('visitorName', 200),
  reason: requiredText('reason', 300),
  topicId: z.string().nullish(),
});

/** Adds a visitor to the end of the queue. */
export async function checkInVisitor(
  deps: CoreDeps,
  actor: Actor,
  input: { visitorName: string; reason: string; topicId?: string | null },
): Promise<VisitResult> {
  const parsed = checkInSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;
  if (values.topicId && !(await findTopic(deps.db, values.topicId))) return invalidField('input.topicId', `no topic with id ${values.topicId}`);

  const visit = await inTransaction(deps, async (tx) => {
    const [row] = await tx
      .insert(walkInVisits)
      .values({ visitorName: values.visitorName, reason: values.reason, topicId: values.topicId ?? null, checkedInById: actor.id })
      .returning({ id: walkInVisits.id });
    return appendWalkInEvent(tx, 'checked_in', row.id, actor);
  });
  deps.log.info({ visitId: visit.id, visitor: maskName(visit.visitorName), by: actor.id }, 'visitor checked in');
  return { kind: 'ok', visit };
}

/**
 * Moves the first waiting visitor to `serving` for the actor. The subquery
 * locks the candidate row with SKIP LOCKED and the UPDATE repeats the
 * `status = 'waiting'` condition, so of two agents pressing at once each
 * gets a different visitor, or one gets nobody, and never both the same.
 */
export async function serveNextVisitor(deps: CoreDeps, actor: Actor): Promise<VisitResult> {
  const result = await inTransaction(deps, async (tx): Promise<VisitResult> => {
    const [current] = await tx
      .select({ id: walkInVisits.id })
      .from(walkInVisits)
      .where(and(eq(walkInVisits.status, 'serving'), eq(walkInVisits.servedById, actor.id)))
      .limit(1);
    if (current) {
      const visit = (await loadVisit(tx, current.id))!;
      return { kind: 'conflict', message: `You are serving ${visit.visitorName}: log the outcome or mark them as left first`, visit };
    }

    const [served] = await tx
      .update(walkInVisits)
      .set({ status: 'serving', servedAt: sql`now()`, servedById: actor.id, version: sql`${walkInVisits.version} + 1` })
      .where(
        and(
          eq(walkInVisits.status, 'waiting'),
          eq(
            walkInVisits.id,
            sql`(select id from walk_in_visits where status = 'waiting' order by checked_in_at, id limit 1 for update skip locked)`,
          ),
        ),
      )
      .returning({ id: walkInVisits.id });
    if (!served) return { kind: 'conflict', message: 'Nobody is waiting', visit: null };
    return { kind: 'ok', visit: await appendWalkInEvent(tx, 'served', served.id, actor) };
  });
  if (result.kind === 'ok') deps.log.info({ visitId: result.visit.id, by: actor.id, waitSeconds: result.visit.waitSeconds }, 'visitor served');
  return result;
}

function notFound(id: string): VisitNotFound {
  return { kind: 'not_found', message: `No walk-in visit with id ${id.slice(0, 40)}` };
}

/** Marks a waiting or served visitor as gone. With `version`, acts only when the visit is unchanged since the caller read it. */
export async function markVisitorLeft(deps: CoreDeps, actor: Actor, id: string, version?: number | null): Promise<VisitResult> {
  if (!z.uuid().safeParse(id).success) return notFound(id);
  const result = await inTransaction(deps, async (tx): Promise<VisitResult> => {
    const conditions = [eq(walkInVisits.id, id), inArray(walkInVisits.status, ['waiting', 'serving'])];
    if (version != null) conditions.push(eq(walkInVisits.version, version));
    const [updated] = await tx
      .update(walkInVisits)
      .set({ status: 'left', completedAt: sql`now()`, version: sql`${walkInVisits.version} + 1` })
      .where(and(...conditions))
      .returning({ id: walkInVisits.id });
    if (updated) return { kind: 'ok', visit: await appendWalkInEvent(tx, 'left', id, actor) };

    const visit = await loadVisit(tx, id);
    if (!visit) return notFound(id);
    if (visit.status === 'done' || visit.status === 'left') return { kind: 'conflict', message: `The visit is already ${visit.status === 'done' ? 'completed' : 'marked as left'}`, visit };
    return { kind: 'conflict', message: 'The visit changed since you loaded it; check the queue and try again', visit };
  });
  if (result.kind === 'ok') deps.log.info({ visitId: id, by: actor.id }, 'visitor left');
  return result;
}

export type OutcomeEntry = {
  subject: string;
  outcome: string;
  visitorPhone?: string | null;
  visitorEmail?: string | null;
  topicId?: string | null;
  notes?: string | null;
};

const outcomeSchema = z.object({ outcome: requiredText('outcome', 2000), notes: optionalText('notes', 18_000) });

/** Thrown inside the intake transaction when the visit stopped being served by the actor, so the inquiry is rolled back. */
class VisitNotServingError extends Error {}

const fieldNames: Record<string, string> = {
  'input.body': 'input.notes',
  'input.contact.phone': 'input.visitorPhone',
  'input.contact.email': 'input.visitorEmail',
  'input.contact.name': 'input.visitorName',
};

/**
 * Completes the visit the actor is serving and logs its walk-in inquiry,
 * claimed by the actor, with the visitor as the contact. The visit is
 * updated in the intake's afterCreate hook, so the inquiry and the completed
 * visit commit together or not at all. A manager may complete a visit
 * another agent is serving.
 */
export async function logWalkInOutcome(deps: CoreDeps, actor: Actor, id: string, entry: OutcomeEntry): Promise<OutcomeResult> {
  if (!z.uuid().safeParse(id).success) return notFound(id);
  const checked = outcomeSchema.safeParse(entry);
  if (!checked.success) return toInvalidInput(checked.error, 'input');

  const visit = await loadVisit(deps.db, id);
  if (!visit) return notFound(id);
  const notServing = (current: WalkInVisitView): VisitConflict => ({
    kind: 'conflict',
    message: current.status === 'waiting' ? 'Serve the visitor before logging the outcome' : `The visit is already ${current.status === 'done' ? 'completed' : 'marked as left'}`,
    visit: current,
  });
  if (visit.status !== 'serving') return notServing(visit);
  if (visit.servedBy?.id !== actor.id && actor.role !== 'manager') {
    return { kind: 'conflict', message: `${visit.servedBy?.displayName ?? 'Another agent'} is serving this visitor`, visit };
  }

  const { outcome, notes } = checked.data;
  let result: IntakeResult;
  try {
    result = await receiveInquiry(
      deps,
      {
        channel: 'walk_in',
        subject: entry.subject,
        body: notes ? `${notes}\n\nOutcome at the counter: ${outcome}` : `Outcome at the counter: ${outcome}`,
        contact: { name: visit.visitorName, phone: entry.visitorPhone, email: entry.visitorEmail },
        topicId: entry.topicId ?? visit.topic?.id,
        receivedAt: visit.checkedInAt,
      },
      actor,
      {
        afterCreate: async (tx, created) => {
          const [completed] = await tx
            .update(walkInVisits)
            .set({ status: 'done', completedAt: sql`now()`, outcome, inquiryId: created.inquiryId, version: sql`${walkInVisits.version} + 1` })
            .where(and(eq(walkInVisits.id, id), eq(walkInVisits.status, 'serving')))
            .returning({ id: walkInVisits.id });
          if (!completed) throw new VisitNotServingError();
          await appendWalkInEvent(tx, 'completed', id, actor);
        },
      },
    );
  } catch (error) {
    if (!(error instanceof VisitNotServingError)) throw error;
    return notServing((await loadVisit(deps.db, id))!);
  }

  if (result.kind === 'invalid_input') {
    const fields = result.fields.map((field) => ({ ...field, field: fieldNames[field.field] ?? field.field }));
    return { ...result, fields, message: `Invalid input: ${fields.map((field) => `${field.field}: ${field.message}`).join('; ')}` };
  }
  if (result.kind === 'duplicate') throw new Error('a walk-in inquiry has no source id, so it cannot be a duplicate');
  const completed = (await loadVisit(deps.db, id))!;
  deps.log.info({ visitId: id, inquiryId: result.inquiry.id, by: actor.id, serviceSeconds: completed.serviceSeconds }, 'walk-in visit completed');
  return { kind: 'ok', visit: completed, inquiry: result.inquiry };
}
