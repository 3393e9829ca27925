import { and, gte, lt, ne } from 'drizzle-orm';
import { DateTime } from 'luxon';
import type { Queryable } from '../db/client.js';
import { cemeteryInterments } from '../db/schema.js';
import { isOpenDate, localDate, localInstant } from '../rotation/open-hours.js';
import { readSettings } from '../rotation/settings.js';
import type { RotationSettingsView } from '../rotation/views.js';

/**
 * Interment slots. The cemetery crew serves one interment at a time at these
 * local start times on the center's open days (rota_settings: open weekdays
 * and holidays). A slot taken by an interment that is not cancelled is taken
 * for every lot; the unique index cemetery_interments_slot_idx enforces it.
 */
export const INTERMENT_SLOT_TIMES = ['09:00', '11:00', '13:00', '15:00'] as const;

/** Length of one interment slot, in minutes. */
export const INTERMENT_SLOT_MINUTES = 90;

/** How far ahead an interment may be scheduled, in days. */
export const INTERMENT_HORIZON_DAYS = 180;

/** How many free slots a "slot taken" result offers. */
export const NEXT_FREE_SLOT_COUNT = 5;

export type IntermentSlot = { startsAt: Date; endsAt: Date; date: string; localTime: string };

/** Returns the slots of one local date, in time order, or none when the center is closed that day. */
export function slotsOfDate(settings: RotationSettingsView, date: string): IntermentSlot[] {
  if (!isOpenDate(settings, date)) return [];
  return INTERMENT_SLOT_TIMES.map((time) => {
    const startsAt = localInstant(date, time, settings.timeZone);
    return { startsAt, endsAt: new Date(startsAt.getTime() + INTERMENT_SLOT_MINUTES * 60_000), date, localTime: time };
  });
}

/** Returns the slot that starts at `startsAt`, or undefined when no slot starts then. */
export function findSlot(settings: RotationSettingsView, startsAt: Date): IntermentSlot | undefined {
  const date = localDate(startsAt, settings.timeZone);
  return slotsOfDate(settings, date).find((slot) => slot.startsAt.getTime() === startsAt.getTime());
}

/** Reads the start instants (ms) of the slots taken by interments that are not cancelled in [from, to). */
export async function takenSlotStarts(db: Queryable, from: Date, to: Date): Promise<Set<number>> {
  const rows = await db
    .select({ startsAt: cemeteryInterments.slotStartsAt })
    .from(cemeteryInterments)
    .where(and(gte(cemeteryInterments.slotStartsAt, from), lt(cemeteryInterments.slotStartsAt, to), ne(cemeteryInterments.status, 'cancelled')));
  return new Set(rows.map((row) => row.startsAt.getTime()));
}

/**
 * Lists up to `count` free slots that start after `now` and at or after
 * `from`, searching the scheduling horizon. `db` may be the caller's
 * transaction, so a refusal offers slots as that transaction sees them.
 */
export async function nextFreeSlots(db: Queryable, zone: string, from: Date, now: Date, count = NEXT_FREE_SLOT_COUNT): Promise<IntermentSlot[]> {
  const settings = await readSettings(db, zone);
  const start = from > now ? from : now;
  const end = DateTime.fromJSDate(now, { zone }).plus({ days: INTERMENT_HORIZON_DAYS + 1 }).toJSDate();
  const taken = await takenSlotStarts(db, start, end);

  const free: IntermentSlot[] = [];
  let day = DateTime.fromJSDate(start, { zone }).startOf('day');
  while (free.length < count && day.toJSDate() < end) {
    for (const slot of slotsOfDate(settings, day.toISODate()!)) {
      if (slot.startsAt < start || slot.startsAt <= now || taken.has(slot.startsAt.getTime())) continue;
      free.push(slot);
      if (free.length === count) break;
    }
    day = day.plus({ days: 1 });
  }
  return free;
}
