import { and, eq, gt, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/client.js';
import { events, rotaMembers, staffUsers } from '../db/schema.js';
import { inTransaction, type CoreDeps } from '../core/deps.js';
import { appendEvent, type EventRecord } from '../events/service.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { isOnline, readDuties, type DutyKind } from './duty.js';

/**
 * The phone ring order: which agents a phone system should ring for an
 * incoming call, and in which order. Each request appends a `ring` event that
 * names the agents, which both delivers the ring notices and keeps the time
 * each agent was last rung first in their group.
 */

export type RingGroup = 'on_call' | 'off_desk' | 'signed_in';

export type RingAgent = { staffId: string; displayName: string; extension: string; group: RingGroup };

export type RingOrder = { callId: string; agents: RingAgent[] };

/** The payload of a `ring` event. It contains the masked caller number only. */
type RingEventPayload = {
  callId: string;
  callerMasked: string | null;
  agents: (RingAgent & { position: number })[];
  /** The first agent of each group: the ones counted as rung for the least-recently-rung order. */
  leaders: string[];
};

export type RingNoticeView = { id: string; callId: string; callerMasked: string | null; occurredAt: Date; position: number };

const GROUP_ORDER: readonly RingGroup[] = ['on_call', 'off_desk', 'signed_in'];

/**
 * How far back the ring events are read to find when an agent was last rung
 * first. An agent not rung first within it counts as never rung.
 */
const RING_HISTORY_DAYS = 7;

/** Serialises ring-order requests, so two calls at once do not both pick the same least recently rung agent. */
const RING_ORDER_LOCK = 4311004;

const ringRequestSchema = z.object({
  callId: z
    .string({ error: 'callId must be a string, the phone system\'s id of the call' })
    .trim()
    .min(1, 'callId must not be empty')
    .max(200, 'callId must be at most 200 characters'),
  from: z.string({ error: 'from must be a string, the caller\'s number' }).max(64, 'from must be at most 64 characters').nullish(),
  to: z.string({ error: 'to must be a string, the dialled number' }).max(64, 'to must be at most 64 characters').nullish(),
});

/** Masks a phone number to its last four digits ("***1234"). Returns null when it has no digits. */
export function maskPhoneNumber(number: string | null | undefined): string | null {
  const digits = (number ?? '').replace(/\D/g, '');
  if (digits.length === 0) return null;
  return `***${digits.slice(-4)}`;
}

type Candidate = {
  staffId: string;
  displayName: string;
  extension: string;
  status: 'available' | 'busy' | 'away' | 'offline';
};

/** Active staff members with a phone extension (their own, else their rota member's), with their presence status. */
async function readCandidates(db: Queryable): Promise<Candidate[]> {
  const extension = sql<string | null>`coalesce(nullif(trim(${staffUsers.phoneExtension}), ''), nullif(trim(${rotaMembers.phoneExtension}), ''))`;
  const rows = await db
    .select({
      staffId: staffUsers.id,
      displayName: staffUsers.displayName,
      extension,
      presenceStatus: staffUsers.presenceStatus,
      online: isOnline(staffUsers.id),
    })
    .from(staffUsers)
    .leftJoin(rotaMembers, eq(rotaMembers.staffId, staffUsers.id))
    .where(eq(staffUsers.active, true));
  return rows
    .filter((row): row is typeof row & { extension: string } => row.extension !== null)
    .map((row) => ({
      staffId: row.staffId,
      displayName: row.displayName,
      extension: row.extension,
      status: row.online ? row.presenceStatus : 'offline',
    }));
}

/**
 * Reads the id of the latest ring event, within RING_HISTORY_DAYS, in which each
 * agent was the first of their group. Event ids follow commit order, so a
 * larger id means rung more recently, even within one millisecond.
 */
async function readLastRungFirst(db: Queryable): Promise<Map<string, number>> {
  const leader = sql<string>`leader.value`;
  const rows = await db
    .select({ staffId: leader, eventId: sql<string | number>`max(${events.id})` })
    .from(events)
    .innerJoin(sql`jsonb_array_elements_text(${events.payload} -> 'leaders') as leader`, sql`true`)
    .where(and(eq(events.stream, 'ring'), gt(events.createdAt, sql`now() - make_interval(days => ${RING_HISTORY_DAYS})`)))
    .groupBy(leader);
  return new Map(rows.map((row) => [row.staffId, Number(row.eventId)]));
}

/** Returns the group an agent falls in, or undefined when they are not rung: busy on a call, offline, or on leave. */
export function ringGroupOf(status: Candidate['status'], duty: DutyKind | undefined): RingGroup | undefined {
  if (status === 'busy' || status === 'offline') return undefined;
  if (duty === 'leave') return undefined;
  if (status === 'available' && duty === 'on_call') return 'on_call';
  if (status === 'available' && duty === 'off_desk') return 'off_desk';
  return 'signed_in';
}

/**
 * Orders the agents to ring: ON_CALL and available first, then OFF_DESK and
 * available, then everyone else signed in who is not on leave. Busy agents
 * and agents without an extension are left out. Within a group, the agent
 * rung first least recently comes first, then by name.
 */
function orderAgents(candidates: Candidate[], duties: Map<string, DutyKind>, lastRungFirst: Map<string, number>): RingAgent[] {
  const agents: RingAgent[] = [];
  for (const candidate of candidates) {
    const group = ringGroupOf(candidate.status, duties.get(candidate.staffId));
    if (group) agents.push({ staffId: candidate.staffId, displayName: candidate.displayName, extension: candidate.extension, group });
  }
  const rungAt = (agent: RingAgent) => lastRungFirst.get(agent.staffId) ?? 0;
  return agents.sort(
    (a, b) =>
      GROUP_ORDER.indexOf(a.group) - GROUP_ORDER.indexOf(b.group) ||
      rungAt(a) - rungAt(b) ||
      a.displayName.localeCompare(b.displayName) ||
      a.staffId.localeCompare(b.staffId),
  );
}

export type RingOrderResult = { kind: 'ok'; order: RingOrder } | InvalidInputResult;

/**
 * Computes the ring order for one call and appends the `ring` event that
 * notifies the listed agents, in one transaction.
 */
export async function requestRingOrder(deps: CoreDeps, request: unknown, now = new Date()): Promise<RingOrderResult> {
  if (typeof request !== 'object' || request === null || Array.isArray(request)) {
    return invalidField('body', 'expected a JSON object such as {"callId": "c-123", "from": "+13035550123"}');
  }
  const parsed = ringRequestSchema.safeParse(request);
  if (!parsed.success) return toInvalidInput(parsed.error);
  const { callId, from } = parsed.data;
  const callerMasked = maskPhoneNumber(from);

  const order = await inTransaction(deps, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${RING_ORDER_LOCK})`);
    const [candidates, duties, lastRungFirst] = [
      await readCandidates(tx),
      await readDuties(tx, deps.centerTimeZone, now),
      await readLastRungFirst(tx),
    ];
    const kinds = new Map([...duties].map(([staffId, duty]) => [staffId, duty.kind]));
    const agents = orderAgents(candidates, kinds, lastRungFirst);

    const leaders = GROUP_ORDER.flatMap((group) => agents.find((agent) => agent.group === group)?.staffId ?? []);
    const payload: RingEventPayload = {
      callId,
      callerMasked,
      agents: agents.map((agent, index) => ({ ...agent, position: index + 1 })),
      leaders,
    };
    await appendEvent(tx, { stream: 'ring', type: 'ring_order', payload });
    return { callId, agents };
  });

  deps.log.info({ callId, caller: callerMasked, agents: order.agents.length }, 'ring order sent');
  return { kind: 'ok', order };
}

/** Returns the ring notice of `staffId` in a `ring` event, or undefined when that event does not list them. */
export function toRingNotice(event: EventRecord, staffId: string): RingNoticeView | undefined {
  const payload = event.payload as RingEventPayload;
  const agent = payload.agents.find((entry) => entry.staffId === staffId);
  if (!agent) return undefined;
  return { id: String(event.id), callId: payload.callId, callerMasked: payload.callerMasked, occurredAt: event.createdAt, position: agent.position };
}
