import { eq } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { Queryable } from '../db/client.js';
import { rotaSettings } from '../db/schema.js';
import { appendEvent } from '../events/service.js';
import { toInvalidInput, type FieldError, type InvalidInputResult } from '../validation/result.js';
import type { RotationSettingsView, TeamMeetingView } from './views.js';

/** The single row of rota_settings. */
const SETTINGS_ID = 1;

/** Used when rota_settings has no row yet; the same values as the column defaults. */
export const DEFAULT_SETTINGS: Omit<RotationSettingsView, 'timeZone'> = {
  openingTime: '08:00',
  closingTime: '17:00',
  openDays: [1, 2, 3, 4, 5],
  holidays: [],
  minOnCall: 1,
  preferredOnCall: 2,
  maxOnCallMinutes: 180,
  autoAssign: false,
  teamMeeting: null,
};

/** Reads the planning settings, or the defaults when none were saved. */
export async function readSettings(db: Queryable, timeZone: string): Promise<RotationSettingsView> {
  const [row] = await db.select().from(rotaSettings).where(eq(rotaSettings.id, SETTINGS_ID));
  if (!row) return { timeZone, ...DEFAULT_SETTINGS, openDays: [...DEFAULT_SETTINGS.openDays], holidays: [] };

  const hasMeeting =
    row.meetingWeekday !== null && row.meetingStartTime !== null && row.meetingEndTime !== null && row.meetingEveryWeeks !== null && row.meetingFirstDate !== null;
  const teamMeeting: TeamMeetingView | null = hasMeeting
    ? {
        weekday: row.meetingWeekday!,
        startTime: row.meetingStartTime!,
        endTime: row.meetingEndTime!,
        everyWeeks: row.meetingEveryWeeks!,
        firstDate: row.meetingFirstDate!,
      }
    : null;

  return {
    timeZone,
    openingTime: row.openingTime,
    closingTime: row.closingTime,
    openDays: [...row.openDays].sort((a, b) => a - b),
    holidays: [...row.holidays].sort(),
    minOnCall: row.minOnCall,
    preferredOnCall: row.preferredOnCall,
    maxOnCallMinutes: row.maxOnCallMinutes,
    autoAssign: row.autoAssign,
    teamMeeting,
  };
}

/** Minutes after midnight of an HH:mm time. */
export function minutesOfDay(time: string): number {
  const [hours, minutes] = time.split(':').map(Number);
  return hours * 60 + minutes;
}

const halfHourTime = (field: string) =>
  z.string().regex(/^([01]\d|2[0-3]):(00|30)$/, `${field} must be a local time HH:mm on the hour or half hour, such as 08:00 or 16:30`);

/** A real calendar date written YYYY-MM-DD. */
export const isoDate = (field: string) =>
  z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, `${field} must be a date YYYY-MM-DD`)
    .refine((value) => DateTime.fromISO(value).isValid, `${field} must be a real date YYYY-MM-DD`);

const weekday = (field: string) => z.number().int().min(1, `${field} must be an ISO weekday 1 (Monday) to 7 (Sunday)`).max(7, `${field} must be an ISO weekday 1 (Monday) to 7 (Sunday)`);

const teamMeetingSchema = z.object({
  weekday: weekday('weekday'),
  startTime: halfHourTime('startTime'),
  endTime: halfHourTime('endTime'),
  everyWeeks: z.number().int().min(1, 'everyWeeks must be 1 to 4').max(4, 'everyWeeks must be 1 to 4'),
  firstDate: isoDate('firstDate'),
});

const settingsInputSchema = z.object({
  openingTime: halfHourTime('openingTime').nullish(),
  closingTime: halfHourTime('closingTime').nullish(),
  openDays: z
    .array(weekday('openDays'))
    .max(7, 'openDays must list at most 7 weekdays')
    .refine((days) => new Set(days).size === days.length, 'openDays must not repeat a weekday')
    .nullish(),
  holidays: z
    .array(isoDate('holidays'))
    .max(366, 'holidays must list at most 366 dates')
    .nullish(),
  minOnCall: z.number().int().min(1, 'minOnCall must be at least 1').max(50, 'minOnCall must be at most 50').nullish(),
  preferredOnCall: z.number().int().min(1, 'preferredOnCall must be at least 1').max(50, 'preferredOnCall must be at most 50').nullish(),
  maxOnCallMinutes: z
    .number()
    .int()
    .min(30, 'maxOnCallMinutes must be at least 30')
    .max(24 * 60, 'maxOnCallMinutes must be at most 1440')
    .refine((value) => value % 30 === 0, 'maxOnCallMinutes must be a multiple of 30')
    .nullish(),
  autoAssign: z.boolean().nullish(),
  teamMeeting: teamMeetingSchema.nullish(),
});

export type RotationSettingsInput = z.input<typeof settingsInputSchema>;

const WEEKDAY_NAMES = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

/** Names an ISO weekday: 1 is "Monday". */
function weekdayName(weekday: number): string {
  return WEEKDAY_NAMES[weekday - 1] ?? `weekday ${weekday}`;
}

/** Describes a team meeting as "Wednesday 8:00–9:00". */
function describeMeeting(meeting: TeamMeetingView): string {
  const short = (time: string) => time.replace(/^0(\d)/, '$1');
  return `${weekdayName(meeting.weekday)} ${short(meeting.startTime)}–${short(meeting.endTime)}`;
}

function sameMeeting(a: TeamMeetingView | null, b: TeamMeetingView | null): boolean {
  if (a === null || b === null) return a === b;
  return a.weekday === b.weekday && a.startTime === b.startTime && a.endTime === b.endTime && a.everyWeeks === b.everyWeeks && a.firstDate === b.firstDate;
}

/**
 * Returns the key of a field error for the validity checks: "openDays" for
 * "input.openDays.0", and "teamMeeting.startTime" for a field of the meeting.
 */
function fieldKey(field: string): string {
  const [, key, sub] = field.split('.');
  return key === 'teamMeeting' && sub !== undefined ? `${key}.${sub}` : (key ?? field);
}

type CrossFieldInput = {
  current: RotationSettingsView;
  merged: RotationSettingsView;
  /** True when the field ("openingTime", "teamMeeting.startTime") was left out or has a valid value of its own. */
  isValid: (field: string) => boolean;
};

/**
 * Checks the rules that involve several fields on the settings as they would
 * be after the update. Each check runs when the fields it reads are valid on
 * their own, so one response lists every problem.
 */
function crossFieldErrors({ current, merged, isValid }: CrossFieldInput): FieldError[] {
  const errors: FieldError[] = [];
  const opening = minutesOfDay(merged.openingTime);
  const closing = minutesOfDay(merged.closingTime);
  const hoursValid = isValid('openingTime') && isValid('closingTime') && opening < closing;
  if (isValid('openingTime') && isValid('closingTime') && opening >= closing) {
    errors.push({ field: 'input.closingTime', message: `closingTime must be after openingTime (${merged.openingTime})` });
  }
  if (isValid('minOnCall') && isValid('preferredOnCall') && merged.preferredOnCall < merged.minOnCall) {
    errors.push({ field: 'input.preferredOnCall', message: `preferredOnCall must be at least minOnCall (${merged.minOnCall})` });
  }

  const meeting = merged.teamMeeting;
  if (!meeting) return errors;
  const meetingValid = (...fields: string[]) => isValid('teamMeeting') && fields.every((field) => isValid(`teamMeeting.${field}`));
  // When the update keeps the stored meeting, a conflict comes from the new hours or days, so it is reported on those fields.
  const meetingKept = sameMeeting(meeting, current.teamMeeting);
  const conflict = (place: string) => `the team meeting (${describeMeeting(meeting)}) would fall ${place}; move or remove the meeting first`;

  if (meetingValid('startTime', 'endTime')) {
    const start = minutesOfDay(meeting.startTime);
    const end = minutesOfDay(meeting.endTime);
    if (start >= end) {
      errors.push({ field: 'input.teamMeeting.endTime', message: `endTime must be after startTime (${meeting.startTime})` });
    } else if (hoursValid) {
      if (start < opening) {
        errors.push(
          meetingKept
            ? { field: 'input.openingTime', message: conflict('outside the new open hours') }
            : { field: 'input.teamMeeting.startTime', message: `the team meeting must start at or after the opening time ${merged.openingTime}` },
        );
      }
      if (end > closing) {
        errors.push(
          meetingKept
            ? { field: 'input.closingTime', message: conflict('outside the new open hours') }
            : { field: 'input.teamMeeting.endTime', message: `the team meeting must end by the closing time ${merged.closingTime}` },
        );
      }
    }
  }
  if (meetingValid('weekday') && isValid('openDays') && !merged.openDays.includes(meeting.weekday)) {
    errors.push(
      meetingKept
        ? { field: 'input.openDays', message: conflict('on a day that is closed under the new open days') }
        : {
            field: 'input.teamMeeting.weekday',
            message: `the team meeting must be on an open day (${merged.openDays.map(weekdayName).join(', ') || 'none are open'})`,
          },
    );
  }
  if (meetingValid('weekday', 'firstDate')) {
    const firstWeekday = DateTime.fromISO(meeting.firstDate).weekday;
    if (firstWeekday !== meeting.weekday) {
      errors.push({
        field: 'input.teamMeeting.firstDate',
        message: `firstDate must fall on the meeting's weekday (${weekdayName(meeting.weekday)}); ${meeting.firstDate} is a ${weekdayName(firstWeekday)}`,
      });
    }
  }
  return errors;
}

/**
 * Validates and saves a partial settings update. Fields left out keep their
 * value; `teamMeeting: null` removes the meeting. Appends a rotation event,
 * because the open half hours and the rules' warnings may change. A null
 * actor is the system (the demo seed).
 */
export async function updateSettings(deps: CoreDeps, actor: Actor | null, input: RotationSettingsInput): Promise<RotationSettingsView | InvalidInputResult> {
  const parsed = settingsInputSchema.safeParse(input);
  const fieldErrors = parsed.success ? [] : toInvalidInput(parsed.error, 'input').fields;
  const invalidKeys = new Set(fieldErrors.map((error) => fieldKey(error.field)));
  const isValid = (key: string) => !invalidKeys.has(key);
  // An invalid field keeps its stored value in `merged`, and the cross-field checks that read it are skipped.
  const values: Partial<NonNullable<typeof parsed.data>> = parsed.success ? parsed.data : Object.fromEntries(Object.entries(input).filter(([key]) => isValid(key)));

  return inTransaction(deps, async (tx) => {
    const current = await readSettings(tx, deps.centerTimeZone);
    const merged: RotationSettingsView = {
      ...current,
      openingTime: values.openingTime ?? current.openingTime,
      closingTime: values.closingTime ?? current.closingTime,
      openDays: values.openDays ? [...values.openDays].sort((a, b) => a - b) : current.openDays,
      holidays: values.holidays ? [...new Set(values.holidays)].sort() : current.holidays,
      minOnCall: values.minOnCall ?? current.minOnCall,
      preferredOnCall: values.preferredOnCall ?? current.preferredOnCall,
      maxOnCallMinutes: values.maxOnCallMinutes ?? current.maxOnCallMinutes,
      autoAssign: values.autoAssign ?? current.autoAssign,
      teamMeeting: values.teamMeeting === undefined ? current.teamMeeting : values.teamMeeting,
    };
    const errors = [...fieldErrors, ...crossFieldErrors({ current, merged, isValid })];
    if (errors.length > 0) {
      return { kind: 'invalid_input', message: `Invalid input: ${errors.map((error) => `${error.field}: ${error.message}`).join('; ')}`, fields: errors } satisfies InvalidInputResult;
    }

    const row = {
      openingTime: merged.openingTime,
      closingTime: merged.closingTime,
      openDays: merged.openDays,
      holidays: merged.holidays,
      minOnCall: merged.minOnCall,
      preferredOnCall: merged.preferredOnCall,
      maxOnCallMinutes: merged.maxOnCallMinutes,
      autoAssign: merged.autoAssign,
      meetingWeekday: merged.teamMeeting?.weekday ?? null,
      meetingStartTime: merged.teamMeeting?.startTime ?? null,
      meetingEndTime: merged.teamMeeting?.endTime ?? null,
      meetingEveryWeeks: merged.teamMeeting?.everyWeeks ?? null,
      meetingFirstDate: merged.teamMeeting?.firstDate ?? null,
      updatedAt: new Date(),
    };
    await tx.insert(rotaSettings).values({ id: SETTINGS_ID, ...row }).onConflictDoUpdate({ target: rotaSettings.id, set: row });
    await appendEvent(tx, { stream: 'rotation', type: 'settings_changed', actorId: actor?.id ?? null, payload: { dates: [], members: [], slots: [] } });
    deps.log.info({ staffId: actor?.id }, 'rotation settings updated');
    return merged;
  });
}
