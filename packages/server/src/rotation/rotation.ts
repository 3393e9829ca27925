import { DateTime } from 'luxon';
import type { CoreDeps } from '../core/deps.js';
import type { Queryable } from '../db/client.js';
import type { FieldError, InvalidInputResult } from '../validation/result.js';
import { computeFairness } from './fairness.js';
import { localDate } from './open-hours.js';
import { checkRules } from './rules.js';
import { readSettings } from './settings.js';
import { loadPlan, toSlotViews, type StoredPlan } from './store.js';
import type { PlannedSlot, RotaWarningView, RotationSettingsView, RotationView } from './views.js';

/** Maximum number of days that one rotation read, proposal or publication may cover. */
export const MAX_RANGE_DAYS = 62;

export type DateRange = { from: string; to: string };

function dateError(field: string, value: string): FieldError | undefined {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || !DateTime.fromISO(value).isValid) {
    return { field, message: `${field} must be a date YYYY-MM-DD; received ${JSON.stringify(value).slice(0, 40)}` };
  }
  return undefined;
}

/** Validates an inclusive range of dates: both real dates, `to` not before `from`, at most MAX_RANGE_DAYS days. */
export function parseRange(from: string, to: string): DateRange | InvalidInputResult {
  const errors = [dateError('from', from), dateError('to', to)].filter((error): error is FieldError => error !== undefined);
  if (errors.length === 0) {
    const days = DateTime.fromISO(to).diff(DateTime.fromISO(from), 'days').days + 1;
    if (days < 1) errors.push({ field: 'to', message: `to must be on or after from (${from})` });
    else if (days > MAX_RANGE_DAYS) errors.push({ field: 'to', message: `the range may cover at most ${MAX_RANGE_DAYS} days; ${from} to ${to} covers ${days}` });
  }
  if (errors.length > 0) {
    return { kind: 'invalid_input', message: `Invalid input: ${errors.map((error) => `${error.field}: ${error.message}`).join('; ')}`, fields: errors };
  }
  return { from, to };
}

export function isInvalid<T extends object>(value: T | InvalidInputResult): value is InvalidInputResult {
  return 'kind' in value && value.kind === 'invalid_input';
}

/** Returns the slots that have a planned kind, in the form the rules and the fairness figures take. */
function plannedSlots(plan: StoredPlan): PlannedSlot[] {
  return plan.slots.filter((slot) => slot.kind !== null).map((slot) => ({ memberId: slot.memberId, startsAt: slot.startsAt, kind: slot.kind! }));
}

/** Checks the rules over a stored plan. */
export function warningsOf(settings: RotationSettingsView, plan: StoredPlan): RotaWarningView[] {
  return checkRules({
    settings,
    days: plan.days,
    members: plan.members,
    slots: plannedSlots(plan),
    leave: plan.leave.map((range) => ({ memberId: range.member.id, startsAt: range.startsAt, endsAt: range.endsAt })),
  });
}

/** Builds the rotation of a validated range from what is stored. */
export function toRotationView(settings: RotationSettingsView, plan: StoredPlan, range: DateRange): RotationView {
  const members = new Map(plan.members.map((member) => [member.id, member]));
  const leave = plan.leave.map((entry) => ({ memberId: entry.member.id, startsAt: entry.startsAt, endsAt: entry.endsAt }));
  return {
    from: range.from,
    to: range.to,
    days: plan.days,
    members: plan.members,
    slots: toSlotViews(
      plan.slots.filter((slot) => slot.kind !== null),
      members,
    ),
    leave: plan.leave,
    warnings: warningsOf(settings, plan),
    hasUnpublishedChanges: plan.slots.some((slot) => slot.kind !== slot.publishedKind),
    fairness: computeFairness({ days: plan.days, members: plan.members.filter((member) => member.active), slots: plannedSlots(plan), leave }),
  };
}

/** Reads the rotation of a validated range. */
export async function readRotationRange(db: Queryable, timeZone: string, range: DateRange): Promise<RotationView> {
  const settings = await readSettings(db, timeZone);
  return toRotationView(settings, await loadPlan(db, settings, range.from, range.to), range);
}

/** Reads the rotation of an inclusive range of dates, or returns which date is invalid. */
export async function readRotation(deps: CoreDeps, from: string, to: string): Promise<RotationView | InvalidInputResult> {
  const range = parseRange(from, to);
  if (isInvalid(range)) return range;
  return readRotationRange(deps.db, deps.centerTimeZone, range);
}

/** Checks the rules over the stored plan and returns the warnings that start on the given local dates. */
export async function readWarningsOfDates(db: Queryable, settings: RotationSettingsView, dates: string[]): Promise<RotaWarningView[]> {
  if (dates.length === 0) return [];
  const sorted = [...dates].sort();
  const plan = await loadPlan(db, settings, sorted[0], sorted.at(-1)!);
  const requested = new Set(dates);
  return warningsOf(settings, plan).filter((warning) => requested.has(localDate(warning.startsAt, settings.timeZone)));
}
