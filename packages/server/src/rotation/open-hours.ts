import { DateTime } from 'luxon';
import { minutesOfDay } from './settings.js';
import { HALF_HOUR_MS, type OpenDay, type RotationSettingsView } from './views.js';

/**
 * The calendar of open half hours. Settings hold local times, so each half
 * hour is built from its local date and time in the center's zone and only
 * then turned into an instant. So 8:00 stays 8:00 on both sides of a
 * daylight-saving change, and the instants shift by the change instead.
 */

/** Parses a YYYY-MM-DD date as a day in `zone`; throws on an invalid date, which callers have validated. */
function localDay(date: string, zone: string): DateTime {
  const day = DateTime.fromISO(date, { zone });
  if (!day.isValid) throw new Error(`Invalid date ${date}`);
  return day.startOf('day');
}

/** Lists every date from `from` to `to`, both included, as YYYY-MM-DD. */
export function datesBetween(from: string, to: string): string[] {
  const dates: string[] = [];
  let day = DateTime.fromISO(from, { zone: 'UTC' });
  const last = DateTime.fromISO(to, { zone: 'UTC' });
  while (day <= last) {
    dates.push(day.toISODate()!);
    day = day.plus({ days: 1 });
  }
  return dates;
}

/** Adds days to a YYYY-MM-DD date. */
export function addDays(date: string, days: number): string {
  return DateTime.fromISO(date, { zone: 'UTC' }).plus({ days }).toISODate()!;
}

/** Returns the half-open range of the dates: the instants at which the local dates `from` and `to` + 1 day begin. */
export function instantRange(from: string, to: string, zone: string): { start: Date; end: Date } {
  return { start: localDay(from, zone).toJSDate(), end: localDay(to, zone).plus({ days: 1 }).toJSDate() };
}

/** Returns the local date (YYYY-MM-DD) of an instant in `zone`. */
export function localDate(instant: Date, zone: string): string {
  return DateTime.fromJSDate(instant, { zone }).toISODate()!;
}

/** Returns the instant of a local date and HH:mm time in `zone`. */
export function localInstant(date: string, time: string, zone: string): Date {
  const minutes = minutesOfDay(time);
  return localDay(date, zone)
    .set({ hour: Math.floor(minutes / 60), minute: minutes % 60 })
    .toJSDate();
}

/** Returns whether the center is open on the date: an open weekday that is not a holiday. */
export function isOpenDate(settings: RotationSettingsView, date: string): boolean {
  const weekday = DateTime.fromISO(date, { zone: 'UTC' }).weekday;
  return settings.openDays.includes(weekday) && !settings.holidays.includes(date);
}

/** Lists the open days from `from` to `to` (both included) with each open half hour's start instant and local time. */
export function openCalendar(settings: RotationSettingsView, from: string, to: string): OpenDay[] {
  const zone = settings.timeZone;
  const opening = minutesOfDay(settings.openingTime);
  const closing = minutesOfDay(settings.closingTime);
  const days: OpenDay[] = [];

  for (const date of datesBetween(from, to)) {
    if (!isOpenDate(settings, date)) continue;
    const midnight = localDay(date, zone);
    const halfHours = [];
    for (let minute = opening; minute < closing; minute += 30) {
      const local = midnight.set({ hour: Math.floor(minute / 60), minute: minute % 60 });
      halfHours.push({ startsAt: local.toJSDate(), localTime: local.toFormat('HH:mm') });
    }
    days.push({ date, halfHours });
  }
  return days;
}

/** Returns whether the team meeting takes place on the date. */
export function isMeetingDate(settings: RotationSettingsView, date: string): boolean {
  const meeting = settings.teamMeeting;
  if (!meeting || !isOpenDate(settings, date)) return false;
  const day = DateTime.fromISO(date, { zone: 'UTC' });
  if (day.weekday !== meeting.weekday) return false;
  const weeks = Math.round(day.diff(DateTime.fromISO(meeting.firstDate, { zone: 'UTC' }), 'days').days / 7);
  return ((weeks % meeting.everyWeeks) + meeting.everyWeeks) % meeting.everyWeeks === 0;
}

/** Returns the start instants (ms) of the open half hours of `days` that fall in the team meeting. */
export function meetingHalfHours(settings: RotationSettingsView, days: OpenDay[]): Set<number> {
  const result = new Set<number>();
  const meeting = settings.teamMeeting;
  if (!meeting) return result;
  for (const day of days) {
    if (!isMeetingDate(settings, day.date)) continue;
    const start = localInstant(day.date, meeting.startTime, settings.timeZone).getTime();
    const end = localInstant(day.date, meeting.endTime, settings.timeZone).getTime();
    for (const halfHour of day.halfHours) {
      const time = halfHour.startsAt.getTime();
      if (time >= start && time < end) result.add(time);
    }
  }
  return result;
}

/** True when the half hour starting at `start` (ms) overlaps the range [startsAt, endsAt). */
export function overlapsHalfHour(start: number, range: { startsAt: Date; endsAt: Date }): boolean {
  return start < range.endsAt.getTime() && start + HALF_HOUR_MS > range.startsAt.getTime();
}

/** Formats a range of instants as "Tue 9:30–10:00" in `zone`. */
export function formatLocalRange(startsAt: Date, endsAt: Date, zone: string): string {
  const start = DateTime.fromJSDate(startsAt, { zone }).setLocale('en-US');
  const end = DateTime.fromJSDate(endsAt, { zone }).setLocale('en-US');
  return `${start.toFormat('ccc H:mm')}–${end.toFormat('H:mm')}`;
}
