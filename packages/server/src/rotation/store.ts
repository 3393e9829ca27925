import { and, gt, gte, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../db/client.js';
import { rotaLeave, rotaSlots } from '../db/schema.js';
import { appendEvent } from '../events/service.js';
import { readMembers } from './members.js';
import { instantRange, localDate, openCalendar } from './open-hours.js';
import type { DutyKind, OpenDay, RotaLeaveView, RotaMemberView, RotaSlotView, RotationSettingsView } from './views.js';

/** Rows per INSERT when many slots are written at once, well below PostgreSQL's 65,535 parameters. */
const WRITE_CHUNK = 500;

export type SlotRow = { memberId: string; startsAt: Date; kind: DutyKind | null; publishedKind: DutyKind | null };
export type KindChange = { memberId: string; startsAt: Date; kind: DutyKind | null };

/** The stored parts of the rotation of a range of dates. */
export type StoredPlan = {
  days: OpenDay[];
  /** Active members, and inactive ones that have slots or leave in the range. */
  members: RotaMemberView[];
  slots: SlotRow[];
  leave: RotaLeaveView[];
};

/** Reads the slots whose start lies in [start, end), for some members or all. */
export async function readSlotRows(db: Queryable, start: Date, end: Date, memberIds?: string[]): Promise<SlotRow[]> {
  const conditions = [gte(rotaSlots.startsAt, start), lt(rotaSlots.startsAt, end)];
  if (memberIds) conditions.push(inArray(rotaSlots.memberId, memberIds.length > 0 ? memberIds : ['00000000-0000-0000-0000-000000000000']));
  return db
    .select({ memberId: rotaSlots.memberId, startsAt: rotaSlots.startsAt, kind: rotaSlots.kind, publishedKind: rotaSlots.publishedKind })
    .from(rotaSlots)
    .where(and(...conditions));
}

/** Reads the open days, members, slots and leave of the dates `from` to `to` (both included). */
export async function loadPlan(db: Queryable, settings: RotationSettingsView, from: string, to: string): Promise<StoredPlan> {
  const { start, end } = instantRange(from, to, settings.timeZone);
  const allMembers = await readMembers(db, { includeInactive: true });
  const slots = await readSlotRows(db, start, end);
  const leaveRows = await db
    .select()
    .from(rotaLeave)
    .where(and(lt(rotaLeave.startsAt, end), gt(rotaLeave.endsAt, start)))
    .orderBy(rotaLeave.startsAt, rotaLeave.id);

  const used = new Set([...slots.map((slot) => slot.memberId), ...leaveRows.map((row) => row.memberId)]);
  const members = allMembers.filter((member) => member.active || used.has(member.id));
  const byId = new Map(allMembers.map((member) => [member.id, member]));
  const leave = leaveRows
    .filter((row) => byId.has(row.memberId))
    .map((row) => ({ id: row.id, member: byId.get(row.memberId)!, startsAt: row.startsAt, endsAt: row.endsAt, note: row.note }));

  return { days: openCalendar(settings, from, to), members, slots, leave };
}

/**
 * Sets planned kinds and returns the slots that changed, with their
 * published kind. Unchanged slots are not written, and a row left with
 * neither a kind nor a published kind is deleted, as it means the same as
 * no row.
 */
export async function writeKinds(tx: Transaction, actorId: string | null, changes: KindChange[]): Promise<SlotRow[]> {
  if (changes.length === 0) return [];
  const last = new Map<string, KindChange>();
  for (const change of changes) last.set(`${change.memberId}|${change.startsAt.getTime()}`, change);
  const unique = [...last.values()];

  const times = unique.map((change) => change.startsAt.getTime());
  const existing = await readSlotRows(
    tx,
    new Date(Math.min(...times)),
    new Date(Math.max(...times) + 1),
    [...new Set(unique.map((change) => change.memberId))],
  );
  const current = new Map(existing.map((row) => [`${row.memberId}|${row.startsAt.getTime()}`, row]));

  const changed: SlotRow[] = [];
  for (const change of unique) {
    const row = current.get(`${change.memberId}|${change.startsAt.getTime()}`);
    if ((row?.kind ?? null) === change.kind) continue;
    changed.push({ ...change, publishedKind: row?.publishedKind ?? null });
  }

  for (let offset = 0; offset < changed.length; offset += WRITE_CHUNK) {
    const chunk = changed.slice(offset, offset + WRITE_CHUNK);
    await tx
      .insert(rotaSlots)
      .values(chunk.map((slot) => ({ memberId: slot.memberId, startsAt: slot.startsAt, kind: slot.kind, updatedBy: actorId })))
      .onConflictDoUpdate({
        target: [rotaSlots.memberId, rotaSlots.startsAt],
        set: { kind: sql`excluded.kind`, updatedBy: sql`excluded.updated_by`, updatedAt: sql`now()` },
      });
  }
  if (changed.some((slot) => slot.kind === null && slot.publishedKind === null)) {
    await tx
      .delete(rotaSlots)
      .where(
        and(
          isNull(rotaSlots.kind),
          isNull(rotaSlots.publishedKind),
          gte(rotaSlots.startsAt, new Date(Math.min(...times))),
          lt(rotaSlots.startsAt, new Date(Math.max(...times) + 1)),
        ),
      );
  }
  return changed;
}

/** The payload of a rotation event: the changed slots and the members they name, so that the event reads back without a join. */
type RotationEventPayload = {
  dates: string[];
  members: RotaMemberView[];
  slots: { memberId: string; startsAt: string; kind: DutyKind | null; publishedKind: DutyKind | null }[];
};

/** Appends one rotation event for changed slots, with the local dates they fall on. */
export async function appendSlotsEvent(
  tx: Transaction,
  type: string,
  actorId: string | null,
  timeZone: string,
  slots: SlotRow[],
  members: Map<string, RotaMemberView>,
  extraDates: string[] = [],
): Promise<string[]> {
  const dates = [...new Set([...slots.map((slot) => localDate(slot.startsAt, timeZone)), ...extraDates])].sort();
  const memberIds = new Set(slots.map((slot) => slot.memberId));
  const payload: RotationEventPayload = {
    dates,
    members: [...memberIds].map((id) => members.get(id)).filter((member): member is RotaMemberView => member !== undefined),
    slots: slots.map((slot) => ({ memberId: slot.memberId, startsAt: slot.startsAt.toISOString(), kind: slot.kind, publishedKind: slot.publishedKind })),
  };
  await appendEvent(tx, { stream: 'rotation', type, actorId, payload });
  return dates;
}

/** Turns stored rows into slot views; rows of unknown members are dropped. */
export function toSlotViews(rows: SlotRow[], members: Map<string, RotaMemberView>): RotaSlotView[] {
  const views: RotaSlotView[] = [];
  for (const row of rows) {
    const member = members.get(row.memberId);
    if (member) views.push({ member, startsAt: row.startsAt, kind: row.kind, publishedKind: row.publishedKind });
  }
  return views.sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime() || a.member.displayName.localeCompare(b.member.displayName, 'en'));
}

/** Reads a rotation event back from the log. */
export function toRotationEventView(event: { id: number; createdAt: Date; actorId: string | null; payload: unknown }) {
  const payload = event.payload as Partial<RotationEventPayload>;
  const members = new Map((payload.members ?? []).map((member) => [member.id, member]));
  const slots = toSlotViews(
    (payload.slots ?? []).map((slot) => ({ ...slot, startsAt: new Date(slot.startsAt) })),
    members,
  );
  return { id: event.id, occurredAt: event.createdAt, dates: payload.dates ?? [], slots, actorId: event.actorId };
}
