import { and, asc, eq, gte, inArray, isNotNull, lt, or, sql, isNull } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Queryable } from '../db/client.js';
import { notaryAppointments, notaryCommissions, rotaMembers, rotaSlots, staffUsers } from '../db/schema.js';
import type { DutyKind } from '../rotation/views.js';

/**
 * When a notary can be booked. An appointment takes one half hour of the
 * published rotation (rota_slots.published_kind; unpublished plans never
 * count) in which the notary is at work: ON_CALL or OFF_DESK. OFF_DESK is
 * time at the center away from the phones, which suits appointments best.
 * MEETING and LEAVE are not bookable, and neither is a half hour without a
 * published slot. The notary's commission must be active and not expired on
 * the appointment's local date, and their staff account active.
 */
export const NOTARY_DUTY_KINDS: readonly DutyKind[] = ['on_call', 'off_desk'];

/** Length of one appointment, in minutes: one half hour of the rotation. */
export const NOTARY_APPOINTMENT_MINUTES = 30;

/** How far ahead residents and staff may book, in weeks. */
export const NOTARY_BOOKING_WEEKS = 4;

export type NotaryHalfHour = { staffId: string; startsAt: Date };

/**
 * Reads the half hours in [from, to) in which each commissioned notary is on
 * duty, ordered by time. `staffIds` narrows the search to those notaries.
 */
export async function readNotaryDuty(db: Queryable, zone: string, from: Date, to: Date, staffIds?: string[]): Promise<NotaryHalfHour[]> {
  const localDay = sql`(${rotaSlots.startsAt} at time zone ${zone})::date`;
  const rows = await db
    .select({ staffId: rotaMembers.staffId, startsAt: rotaSlots.startsAt })
    .from(rotaSlots)
    .innerJoin(rotaMembers, eq(rotaMembers.id, rotaSlots.memberId))
    .innerJoin(notaryCommissions, eq(notaryCommissions.staffId, rotaMembers.staffId))
    .innerJoin(staffUsers, eq(staffUsers.id, rotaMembers.staffId))
    .where(
      and(
        gte(rotaSlots.startsAt, from),
        lt(rotaSlots.startsAt, to),
        inArray(rotaSlots.publishedKind, [...NOTARY_DUTY_KINDS]),
        isNotNull(rotaMembers.staffId),
        eq(rotaMembers.active, true),
        eq(notaryCommissions.active, true),
        eq(staffUsers.active, true),
        or(isNull(notaryCommissions.expiresOn), sql`${notaryCommissions.expiresOn} >= ${localDay}`),
        staffIds ? inArray(rotaMembers.staffId, staffIds) : undefined,
      ),
    )
    .orderBy(asc(rotaSlots.startsAt), asc(rotaMembers.staffId));
  return rows as NotaryHalfHour[];
}

/** Reads the (staff, start) pairs already booked in [from, to), as "staffId|ms" keys. */
export async function readBookedKeys(db: Queryable, from: Date, to: Date): Promise<Set<string>> {
  const rows = await db
    .select({ staffId: notaryAppointments.staffId, startsAt: notaryAppointments.startsAt })
    .from(notaryAppointments)
    .where(and(gte(notaryAppointments.startsAt, from), lt(notaryAppointments.startsAt, to), eq(notaryAppointments.status, 'booked')));
  return new Set(rows.map((row) => bookedKey(row.staffId, row.startsAt)));
}

export function bookedKey(staffId: string, startsAt: Date): string {
  return `${staffId}|${startsAt.getTime()}`;
}

export type FreeNotarySlot = { startsAt: Date; endsAt: Date; date: string; localTime: string; staffIds: string[] };

/** Returns the end of the booking horizon: NOTARY_BOOKING_WEEKS from the start of today in `zone`. */
export function bookingHorizon(zone: string, now: Date): Date {
  return DateTime.fromJSDate(now, { zone }).startOf('day').plus({ weeks: NOTARY_BOOKING_WEEKS }).toJSDate();
}

/**
 * Lists the half hours after `now` and within the booking horizon in which
 * at least one notary is on duty and not booked, with those notaries' ids.
 */
export async function freeNotarySlots(db: Queryable, zone: string, now: Date, staffId?: string): Promise<FreeNotarySlot[]> {
  const to = bookingHorizon(zone, now);
  const duty = await readNotaryDuty(db, zone, now, to, staffId ? [staffId] : undefined);
  const booked = await readBookedKeys(db, now, to);

  const slots = new Map<number, FreeNotarySlot>();
  for (const entry of duty) {
    if (entry.startsAt <= now || booked.has(bookedKey(entry.staffId, entry.startsAt))) continue;
    const time = entry.startsAt.getTime();
    let slot = slots.get(time);
    if (!slot) {
      const local = DateTime.fromJSDate(entry.startsAt, { zone });
      slot = { startsAt: entry.startsAt, endsAt: new Date(time + NOTARY_APPOINTMENT_MINUTES * 60_000), date: local.toISODate()!, localTime: local.toFormat('HH:mm'), staffIds: [] };
      slots.set(time, slot);
    }
    slot.staffIds.push(entry.staffId);
  }
  return [...slots.values()].sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
}
