/**
 * Calendar arithmetic in the center's time zone. Dates are YYYY-MM-DD strings
 * of the center's calendar, so the browser's own zone never shifts a day.
 */
import { DateTime } from 'luxon';

/** Returns today's date in `timeZone`. */
export function todayIn(timeZone: string): string {
  return DateTime.now().setZone(timeZone).toISODate() ?? DateTime.now().toISODate()!;
}

/** Returns the Monday of the ISO week that contains `date`. */
export function mondayOf(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).startOf('week').toISODate()!;
}

export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'utc' }).plus({ days }).toISODate()!;
}

/** ISO weekday of a date, 1 = Monday. */
export function weekdayOf(date: string): number {
  return DateTime.fromISO(date, { zone: 'utc' }).weekday;
}

/** Formats a date as "Mon, Dec 7". */
export function formatDayLabel(date: string): string {
  return DateTime.fromISO(date, { zone: 'utc' }).toFormat('ccc, LLL d');
}

/** Formats an instant as HH:mm in `timeZone`. */
export function formatTimeIn(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat('HH:mm');
}

/** Returns the center-calendar date of an instant. */
export function dateOfInstant(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).toISODate() ?? iso.slice(0, 10);
}

/** Converts a local date and HH:mm time in `timeZone` to an ISO instant, or null when either is invalid. */
export function instantOf(date: string, time: string, timeZone: string): string | null {
  const local = DateTime.fromISO(`${date}T${time}`, { zone: timeZone });
  return local.isValid ? local.toUTC().toISO() : null;
}

/** Normalises an instant to the form `Date.toISOString` writes, so keys from different sources match. */
export function instantKey(iso: string): string {
  const time = Date.parse(iso);
  return Number.isNaN(time) ? iso : new Date(time).toISOString();
}
