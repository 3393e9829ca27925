import { and, asc, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { buildOnce } from '../db/built-once.js';
import type { Queryable } from '../db/client.js';
import { presenceConnections, rotaMembers, rotaSettings, rotaSlots, staffUsers } from '../db/schema.js';
import { PRESENCE_TIMEOUT_SECONDS } from '../presence/service.js';

/**
 * A staff member's duty now, read from the published rotation: the kind of
 * each half hour is `rota_slots.published_kind`, which changes only when the
 * manager publishes. Unpublished edits (`kind`) never count here.
 */

export type DutyKind = 'on_call' | 'off_desk' | 'meeting' | 'leave';

export type DutyView = {
  kind: DutyKind;
  /** End of the current stretch of consecutive half hours of `kind`. */
  until: Date;
  /** The first published half hour at or after `until` on the same day, if any. */
  nextKind: DutyKind | null;
  nextStartsAt: Date | null;
};

/** The part of the rotation settings that decides when the center is open, and whether to assign automatically. */
export type OpenHours = {
  /** Local HH:mm in the center's zone. "24:00" means midnight at the end of the day. */
  openingTime: string;
  closingTime: string;
  /** ISO weekdays, 1 = Monday. */
  openDays: number[];
  /** Closed dates, YYYY-MM-DD. */
  holidays: string[];
  autoAssign: boolean;
};

const HALF_HOUR_MS = 30 * 60_000;

/** The column defaults of rota_settings, used while its row (id 1) does not exist yet. */
const DEFAULT_OPEN_HOURS: OpenHours = {
  openingTime: '08:00',
  closingTime: '17:00',
  openDays: [1, 2, 3, 4, 5],
  holidays: [],
  autoAssign: false,
};

const storedOpenHours = buildOnce<Record<string, never>, OpenHours[]>((db) =>
  db
    .select({
      openingTime: rotaSettings.openingTime,
      closingTime: rotaSettings.closingTime,
      openDays: rotaSettings.openDays,
      holidays: rotaSettings.holidays,
      autoAssign: rotaSettings.autoAssign,
    })
    .from(rotaSettings)
    .where(eq(rotaSettings.id, 1))
    .prepare('open_hours'),
);

export async function readOpenHours(db: Queryable): Promise<OpenHours> {
  const [row] = await storedOpenHours(db, {});
  return row ?? DEFAULT_OPEN_HOURS;
}

function minutesOfDay(time: string): number {
  const match = /^(\d{1,2}):(\d{2})$/.exec(time);
  if (!match) throw new Error(`rota_settings contains an invalid local time "${time}"; expected HH:mm. Correct it in the rotation settings.`);
  return Number(match[1]) * 60 + Number(match[2]);
}

/**
 * Returns the instants at which the center opens and closes on the local day
 * that contains `now`, or undefined when it is closed all that day. The times are
 * local, so 8:00 stays 8:00 on both sides of a daylight-saving change.
 */
export function openPeriodOn(hours: OpenHours, zone: string, now: Date): { opensAt: Date; closesAt: Date } | undefined {
  const day = DateTime.fromJSDate(now, { zone }).startOf('day');
  if (!hours.openDays.includes(day.weekday) || hours.holidays.includes(day.toISODate()!)) return undefined;

  // Set the wall-clock time rather than adding minutes to midnight, which would be an hour off on a daylight-saving day.
  const at = (time: string) => {
    const minutes = minutesOfDay(time);
    if (minutes >= 24 * 60) return day.plus({ days: 1 }).toJSDate();
    return day.set({ hour: Math.floor(minutes / 60), minute: minutes % 60 }).toJSDate();
  };
  const opensAt = at(hours.openingTime);
  const closesAt = at(hours.closingTime);
  return opensAt < closesAt ? { opensAt, closesAt } : undefined;
}

/** Returns the start of the local half hour (HH:00 or HH:30 in `zone`) that contains `now`. */
export function halfHourStart(zone: string, now: Date): Date {
  const local = DateTime.fromJSDate(now, { zone });
  return local.set({ minute: local.minute < 30 ? 0 : 30, second: 0, millisecond: 0 }).toJSDate();
}

export type PublishedSlot = { staffId: string; startsAt: Date; kind: DutyKind };

/** Reads the published slots in [from, to) of active rota members who have a staff account, ordered by person and time. */
async function readPublishedSlots(db: Queryable, from: Date, to: Date): Promise<PublishedSlot[]> {
  const rows = await db
    .select({ staffId: rotaMembers.staffId, startsAt: rotaSlots.startsAt, kind: rotaSlots.publishedKind })
    .from(rotaSlots)
    .innerJoin(rotaMembers, eq(rotaMembers.id, rotaSlots.memberId))
    .where(
      and(
        gte(rotaSlots.startsAt, from),
        lt(rotaSlots.startsAt, to),
        isNotNull(rotaSlots.publishedKind),
        isNotNull(rotaMembers.staffId),
        eq(rotaMembers.active, true),
      ),
    )
    .orderBy(asc(rotaMembers.staffId), asc(rotaSlots.startsAt));
  return rows as PublishedSlot[];
}

/**
 * Works out one person's duty at `current` (a half-hour start) from their
 * published slots of the day, in time order. Returns undefined when they have
 * no published slot in that half hour.
 */
export function dutyFromSlots(slots: readonly PublishedSlot[], current: Date): DutyView | undefined {
  const kindAt = new Map(slots.map((slot) => [slot.startsAt.getTime(), slot.kind]));
  const kind = kindAt.get(current.getTime());
  if (!kind) return undefined;

  // Half-hour starts are 30 minutes of real time apart even on a daylight-saving day.
  let end = current.getTime() + HALF_HOUR_MS;
  while (kindAt.get(end) === kind) end += HALF_HOUR_MS;

  const next = slots.find((slot) => slot.startsAt.getTime() >= end);
  return { kind, until: new Date(end), nextKind: next?.kind ?? null, nextStartsAt: next?.startsAt ?? null };
}

/**
 * Reads the duty of every scheduled staff member at `now` with two queries
 * (the settings and the day's published slots), so a list of the whole team
 * costs the same as one person. Staff without a published slot in the current
 * half hour, and everyone while the center is closed, are absent from the map.
 */
export async function readDuties(db: Queryable, zone: string, now: Date): Promise<Map<string, DutyView>> {
  const duties = new Map<string, DutyView>();
  const period = openPeriodOn(await readOpenHours(db), zone, now);
  if (!period || now < period.opensAt || now >= period.closesAt) return duties;

  const slots = await readPublishedSlots(db, period.opensAt, period.closesAt);
  const current = halfHourStart(zone, now);
  const byStaff = new Map<string, PublishedSlot[]>();
  for (const slot of slots) {
    const own = byStaff.get(slot.staffId);
    if (own) own.push(slot);
    else byStaff.set(slot.staffId, [slot]);
  }
  for (const [staffId, own] of byStaff) {
    const duty = dutyFromSlots(own, current);
    if (duty) duties.set(staffId, duty);
  }
  return duties;
}

/** SQL that is true when staff member `staffId` has a connection that sent a heartbeat within the presence timeout. */
export function isOnline(staffId: typeof staffUsers.id) {
  return sql<boolean>`exists (
    select 1 from ${presenceConnections}
    where ${presenceConnections.userId} = ${staffId}
      and ${presenceConnections.lastSeenAt} > now() - make_interval(secs => ${PRESENCE_TIMEOUT_SECONDS})
  )`;
}

/**
 * Picks the agent a new inquiry is assigned to: one whose published duty is
 * ON_CALL now and who is online with status available, with the fewest open
 * claimed inquiries, then the one whose latest claim is oldest. Returns
 * undefined when nobody qualifies.
 */
export async function chooseOnCallAgent(db: Queryable, zone: string, now: Date): Promise<string | undefined> {
  const duties = await readDuties(db, zone, now);
  const onCall = [...duties].filter(([, duty]) => duty.kind === 'on_call').map(([staffId]) => staffId);
  if (onCall.length === 0) return undefined;

  const openClaims = sql<number>`(select count(*) from inquiries i where i.claimed_by_id = ${staffUsers.id} and i.status = 'open')`;
  const lastClaimedAt = sql`(select max(i.claimed_at) from inquiries i where i.claimed_by_id = ${staffUsers.id})`;
  const [chosen] = await db
    .select({ id: staffUsers.id })
    .from(staffUsers)
    .where(
      and(
        inArray(staffUsers.id, onCall),
        eq(staffUsers.active, true),
        eq(staffUsers.presenceStatus, 'available'),
        isOnline(staffUsers.id),
      ),
    )
    .orderBy(asc(openClaims), sql`${lastClaimedAt} asc nulls first`, asc(staffUsers.id))
    .limit(1);
  return chosen?.id;
}
