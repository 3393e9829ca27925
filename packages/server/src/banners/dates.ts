import { DateTime } from 'luxon';
import { z } from 'zod';

/**
 * Calendar-date helpers shared by the permits that take a period of whole
 * days (banner permits and the lemon lot). Dates are YYYY-MM-DD strings,
 * local to the center's time zone.
 */

/** How far ahead a period may start, in days. */
export const BOOKING_HORIZON_DAYS = 365;

/** How many next free start dates a refusal offers. */
export const NEXT_FREE_DATES_COUNT = 3;

export type DateRange = { startsOn: string; endsOn: string };

/** A YYYY-MM-DD string that is a real calendar date. */
export function isoDate(field: string) {
  return z
    .string({ error: `${field} is required as a date such as 2026-03-08` })
    .trim()
    .refine((value) => /^\d{4}-\d{2}-\d{2}$/.test(value) && DateTime.fromISO(value).isValid, { message: `${field} must be a date such as 2026-03-08` });
}

/** Today's date in `timeZone`. */
export function localToday(timeZone: string, now: Date = new Date()): string {
  return DateTime.fromJSDate(now, { zone: timeZone }).toISODate()!;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

/** Days from `from` to `to`; 0 for the same date. */
export function daysBetween(from: string, to: string): number {
  return Math.round(DateTime.fromISO(to, { zone: 'utc' }).diff(DateTime.fromISO(from, { zone: 'utc' }), 'days').days);
}

/** The number of days a range covers, both ends included. */
export function rangeLength(range: DateRange): number {
  return daysBetween(range.startsOn, range.endsOn) + 1;
}

/**
 * Checks a requested period: it starts today or later but within the
 * booking horizon, ends on or after its start, and lasts at most `maxDays`.
 * Returns the problems as field/message pairs, with `root` before each field.
 */
export function checkPeriod(range: DateRange, maxDays: number, today: string, root: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (range.startsOn < today) problems.push({ field: `${root}startsOn`, message: `startsOn must be today (${today}) or later` });
  const latestStart = addDays(today, BOOKING_HORIZON_DAYS);
  if (range.startsOn > latestStart) problems.push({ field: `${root}startsOn`, message: `startsOn must be at most ${BOOKING_HORIZON_DAYS} days ahead, on or before ${latestStart}` });
  if (range.endsOn < range.startsOn) {
    problems.push({ field: `${root}endsOn`, message: 'endsOn must be on or after startsOn' });
  } else if (rangeLength(range) > maxDays) {
    problems.push({ field: `${root}endsOn`, message: `the period may last at most ${maxDays} days; this one lasts ${rangeLength(range)}` });
  }
  return problems;
}

/**
 * Returns up to `count` start dates, from `from` on and within `searchDays`,
 * on which a period of `length` days fits: `usedOn(day)` stays below
 * `capacity` on each of its days. `usedOn` covers from `from` to
 * `from + searchDays + length`.
 */
export function nextFreeStarts(usedOn: (day: string) => number, capacity: number, from: string, length: number, searchDays: number, count = NEXT_FREE_DATES_COUNT): DateRange[] {
  const found: DateRange[] = [];
  for (let offset = 0; offset <= searchDays && found.length < count; offset += 1) {
    const start = addDays(from, offset);
    let fits = true;
    for (let day = 0; day < length; day += 1) {
      if (usedOn(addDays(start, day)) >= capacity) {
        fits = false;
        // No start before the full day can fit either, so skip past it.
        offset += day;
        break;
      }
    }
    if (fits) found.push({ startsOn: start, endsOn: addDays(start, length - 1) });
  }
  return found;
}

/** Lists the dates of a range in order. */
export function eachDay(range: DateRange): string[] {
  const days: string[] = [];
  for (let day = range.startsOn; day <= range.endsOn; day = addDays(day, 1)) days.push(day);
  return days;
}

/** Formats ranges for a message: "2026-03-10 to 2026-03-12, 2026-03-11 to 2026-03-13". */
export function describeRanges(ranges: DateRange[]): string {
  return ranges.map((range) => (range.startsOn === range.endsOn ? range.startsOn : `${range.startsOn} to ${range.endsOn}`)).join(', ');
}
