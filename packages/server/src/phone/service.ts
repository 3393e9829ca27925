import { randomUUID } from 'node:crypto';
import { and, eq, isNull, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable, Transaction } from '../db/client.js';
import { phoneCalls, rotaMembers, staffUsers } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { appendEvent } from '../events/service.js';
import { maskPhoneNumber } from '../rotation/ring.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalPhone } from '../validation/text.js';
import { decideTransition, type CallChange, type CallTransition } from './calls.js';
import { loadCall, toEventPayload, type PhoneCallView, type PhoneEventType } from './views.js';

/**
 * Phone call records: the telephony webhook's events and the softphone
 * panel's buttons both write `phone_calls` rows through the same transition
 * rules (calls.ts), and each change appends a `phone` event.
 */

/** The call is in a state where the request does not apply; nothing was written. */
export type CallConflict = { kind: 'conflict'; message: string; call: PhoneCallView | null };

export type CallNotFound = { kind: 'not_found'; message: string };

export type CallResult = { kind: 'ok'; call: PhoneCallView; duplicate: boolean } | CallConflict | CallNotFound | InvalidInputResult;

const isoInstant = (field: string) =>
  z
    .string({ error: `${field} must be an ISO 8601 date-time with an offset, such as 2026-03-10T09:30:05-06:00` })
    .pipe(z.iso.datetime({ offset: true, error: `${field} must be an ISO 8601 date-time with an offset, such as 2026-03-10T09:30:05-06:00` }))
    .transform((value) => new Date(value));

const callIdField = z
  .string({ error: "callId must be a string, the phone system's id of the call" })
  .trim()
  .min(1, 'callId must not be empty')
  .max(200, 'callId must be at most 200 characters');

const telephonyEventSchemas = {
  'call.offered': z.object({
    callId: callIdField,
    at: isoInstant('at'),
    from: z.string({ error: "from must be a string, the caller's number" }).trim().max(64, 'from must be at most 64 characters').nullish(),
    to: z.string({ error: 'to must be a string, the dialled number' }).trim().max(64, 'to must be at most 64 characters').nullish(),
  }),
  'call.answered': z.object({
    callId: callIdField,
    at: isoInstant('at'),
    extension: z
      .string({ error: 'extension must be a string, the phone extension that answered' })
      .trim()
      .min(1, 'extension must not be empty')
      .max(32, 'extension must be at most 32 characters'),
  }),
  'call.ended': z.object({ callId: callIdField, at: isoInstant('at') }),
  'call.abandoned': z.object({ callId: callIdField, at: isoInstant('at') }),
};

export type TelephonyEventType = keyof typeof telephonyEventSchemas;

const eventTypes = Object.keys(telephonyEventSchemas) as TelephonyEventType[];

/** Returns the active staff account with this extension, or else the staff account of the rota member with it; null when neither has one. */
async function findAgentByExtension(db: Queryable, extension: string): Promise<string | null> {
  const [staff] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(and(eq(staffUsers.active, true), sql`trim(${staffUsers.phoneExtension}) = ${extension}`))
    .limit(1);
  if (staff) return staff.id;
  const [member] = await db
    .select({ staffId: rotaMembers.staffId })
    .from(rotaMembers)
    .where(and(eq(rotaMembers.active, true), sql`trim(${rotaMembers.phoneExtension}) = ${extension}`))
    .limit(1);
  return member?.staffId ?? null;
}

async function lockCall(tx: Transaction, where: ReturnType<typeof eq>) {
  const [row] = await tx.select().from(phoneCalls).where(where).for('update');
  return row;
}

async function appendPhoneEvent(tx: Transaction, type: PhoneEventType, callId: string, actor?: Actor): Promise<PhoneCallView> {
  const call = (await loadCall(tx, callId))!;
  await appendEvent(tx, { stream: 'phone', type, actorId: actor?.id ?? null, inquiryId: call.inquiryId, payload: toEventPayload(call) });
  return call;
}

/** Writes an allowed transition and appends its event; the change's outcome names the event. */
async function writeChange(tx: Transaction, id: string, change: CallChange, answeredById: string | null | undefined, actor?: Actor) {
  await tx
    .update(phoneCalls)
    .set({ ...change, ...(answeredById !== undefined ? { answeredById } : {}), updatedAt: sql`now()` })
    .where(eq(phoneCalls.id, id));
  return appendPhoneEvent(tx, change.outcome === 'ringing' ? 'offered' : change.outcome, id, actor);
}

/**
 * Applies one telephony webhook event. A repeated event changes nothing and
 * returns the call with `duplicate: true`. An event that arrives before the
 * one it depends on (answered before offered, ended before answered) is
 * rejected as a conflict without storing anything, so the phone system can
 * send it again after the earlier one.
 */
export async function applyTelephonyEvent(deps: CoreDeps, body: unknown): Promise<CallResult> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    return invalidField('body', 'expected a JSON object such as {"type": "call.offered", "callId": "c-1", "at": "2026-03-10T09:30:05-06:00"}');
  }
  const type = (body as { type?: unknown }).type;
  if (typeof type !== 'string' || !eventTypes.includes(type as TelephonyEventType)) {
    return invalidField('type', `type must be one of ${eventTypes.join(', ')}`);
  }
  const parsed = telephonyEventSchemas[type as TelephonyEventType].safeParse(body);
  if (!parsed.success) return toInvalidInput(parsed.error);
  const event = parsed.data as { callId: string; at: Date; from?: string | null; to?: string | null; extension?: string };

  const result = await inTransaction(deps, async (tx): Promise<CallResult> => {
    if (type === 'call.offered') {
      const [inserted] = await tx
        .insert(phoneCalls)
        .values({
          externalId: event.callId,
          source: 'telephony',
          callerNumber: event.from || null,
          dialledNumber: event.to || null,
          offeredAt: event.at,
        })
        .onConflictDoNothing({ target: phoneCalls.externalId })
        .returning({ id: phoneCalls.id });
      if (inserted) return { kind: 'ok', call: await appendPhoneEvent(tx, 'offered', inserted.id), duplicate: false };
      const [existing] = await tx.select({ id: phoneCalls.id }).from(phoneCalls).where(eq(phoneCalls.externalId, event.callId));
      return { kind: 'ok', call: (await loadCall(tx, existing.id))!, duplicate: true };
    }

    const row = await lockCall(tx, eq(phoneCalls.externalId, event.callId));
    if (!row) {
      return {
        kind: 'conflict',
        message: `No call with callId ${event.callId} was offered yet: send call.offered first, then send ${type} again`,
        call: null,
      };
    }
    const transition: CallTransition =
      type === 'call.answered'
        ? { type: 'answered', at: event.at, extension: event.extension! }
        : type === 'call.ended'
          ? { type: 'ended', at: event.at }
          : { type: 'hung_up', at: event.at };
    const decision = decideTransition(row, transition);
    switch (decision.kind) {
      case 'duplicate':
        return { kind: 'ok', call: (await loadCall(tx, row.id))!, duplicate: true };
      case 'conflict':
        return { kind: 'conflict', message: `Call ${event.callId}: ${decision.message}`, call: (await loadCall(tx, row.id))! };
      case 'invalid_time':
        return invalidField('at', `at ${decision.message}`);
      case 'apply': {
        const answeredById = transition.type === 'answered' ? await findAgentByExtension(tx, event.extension!) : undefined;
        return { kind: 'ok', call: await writeChange(tx, row.id, decision.change, answeredById), duplicate: false };
      }
    }
  });

  if (result.kind === 'ok' && !result.duplicate) {
    deps.log.info(
      { callId: event.callId, event: type, outcome: result.call.outcome, caller: result.call.callerMasked, answeredBy: result.call.answeredBy?.id },
      'telephony event applied',
    );
  } else if (result.kind === 'conflict') {
    deps.log.warn({ callId: event.callId, event: type }, result.message);
  }
  return result;
}

const softphoneStartSchema = z.object({ callerNumber: optionalPhone('callerNumber') });

/** Records a call that an agent takes on a phone not connected to Civic Desk: offered now, ringing. */
export async function startSoftphoneCall(deps: CoreDeps, actor: Actor, input: { callerNumber?: string | null }): Promise<CallResult> {
  const parsed = softphoneStartSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error);

  const call = await inTransaction(deps, async (tx) => {
    const [row] = await tx
      .insert(phoneCalls)
      .values({ externalId: `softphone-${randomUUID()}`, source: 'softphone', callerNumber: parsed.data.callerNumber ?? null, offeredAt: new Date() })
      .returning({ id: phoneCalls.id });
    return appendPhoneEvent(tx, 'offered', row.id, actor);
  });
  deps.log.info({ callId: call.callId, caller: call.callerMasked, by: actor.id }, 'softphone call started');
  return { kind: 'ok', call, duplicate: false };
}

export type SoftphoneAction = 'answer' | 'end' | 'hang_up';

/**
 * Applies a softphone button to one of the panel's calls, at the server's
 * clock. Calls recorded by the phone system are changed only by its webhook.
 * The row is locked, so of two agents answering the same call one wins and
 * the other gets a conflict naming who answered.
 */
export async function applySoftphoneAction(deps: CoreDeps, actor: Actor, id: string, action: SoftphoneAction): Promise<CallResult> {
  if (!z.uuid().safeParse(id).success) return { kind: 'not_found', message: `No call with id ${id.slice(0, 40)}` };

  const result = await inTransaction(deps, async (tx): Promise<CallResult> => {
    const row = await lockCall(tx, eq(phoneCalls.id, id));
    if (!row) return { kind: 'not_found', message: `No call with id ${id}` };
    if (row.source !== 'softphone') {
      return { kind: 'conflict', message: 'This call is recorded by the phone system, which reports its answer and end itself', call: (await loadCall(tx, id))! };
    }
    const at = new Date();
    const transition: CallTransition =
      action === 'answer' ? { type: 'answered', at, extension: actor.phoneExtension } : action === 'end' ? { type: 'ended', at } : { type: 'hung_up', at };
    const decision = decideTransition(row, transition);
    if (decision.kind === 'apply') return { kind: 'ok', call: await writeChange(tx, id, decision.change, action === 'answer' ? actor.id : undefined, actor), duplicate: false };

    const current = (await loadCall(tx, id))!;
    if (decision.kind === 'duplicate' && (action !== 'answer' || row.answeredById === actor.id)) return { kind: 'ok', call: current, duplicate: true };
    const message =
      decision.kind === 'duplicate' || (action === 'answer' && row.answeredAt)
        ? `${current.answeredByName ?? 'Someone else'} already answered this call`
        : decision.message.charAt(0).toUpperCase() + decision.message.slice(1);
    return { kind: 'conflict', message, call: current };
  });
  if (result.kind === 'ok' && !result.duplicate) deps.log.info({ callId: result.call.callId, outcome: result.call.outcome, by: actor.id }, 'softphone call updated');
  return result;
}

/** Error thrown inside the intake transaction to roll the inquiry back when the call was linked meanwhile. */
export class CallAlreadyLinkedError extends Error {
  constructor(readonly callId: string) {
    super(`Call ${callId} already has an inquiry`);
    this.name = 'CallAlreadyLinkedError';
  }
}

/** Links the call to a new inquiry inside the intake transaction; throws when another inquiry was linked first. */
export async function linkCallToInquiry(tx: Transaction, callId: string, inquiryId: number, actor: Actor): Promise<void> {
  const linked = await tx
    .update(phoneCalls)
    .set({ inquiryId, updatedAt: sql`now()` })
    .where(and(eq(phoneCalls.id, callId), isNull(phoneCalls.inquiryId)))
    .returning({ id: phoneCalls.id });
  if (linked.length === 0) throw new CallAlreadyLinkedError(callId);
  await appendPhoneEvent(tx, 'linked', callId, actor);
}
