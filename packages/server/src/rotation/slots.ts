import { DateTime } from 'luxon';
import { isUuid } from '../auth/service.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { FieldError, InvalidInputResult } from '../validation/result.js';
import { findMembers } from './members.js';
import { addDays, instantRange, localDate, meetingHalfHours, openCalendar, overlapsHalfHour } from './open-hours.js';
import { MAX_RANGE_DAYS, readRotationRange, readWarningsOfDates } from './rotation.js';
import { readSettings, isoDate } from './settings.js';
import { appendSlotsEvent, loadPlan, readSlotRows, toSlotViews, writeKinds, type KindChange } from './store.js';
import { DUTY_KINDS, type DutyKind, type RotaChangeView, type RotaMemberView, type RotationView } from './views.js';

/** Maximum number of slots per paintSlots call: a default week (5 days of 18 half hours) of 22 people. */
export const MAX_PAINT_SLOTS = 2000;

export type SlotPaintInput = { memberId: string; startsAt: Date; kind?: DutyKind | null };

function invalid(errors: FieldError[]): InvalidInputResult {
  return { kind: 'invalid_input', message: `Invalid input: ${errors.map((error) => `${error.field}: ${error.message}`).join('; ')}`, fields: errors };
}

/** Maximum number of bad entries named in one InvalidInput, so that a wrong drag of 2,000 slots gives a readable message. */
const MAX_REPORTED_ERRORS = 20;

/**
 * Sets the planned kind of many slots in one transaction with one rotation
 * event (a drag in the grid paints many). Every start must be an open half
 * hour and every member an active member; the first bad entries are named
 * by index. A null kind clears the slot. Returns the slots that changed and
 * the warnings of the dates they fall on.
 */
export async function paintSlots(deps: CoreDeps, actor: Actor, paints: SlotPaintInput[]): Promise<RotaChangeView | InvalidInputResult> {
  if (paints.length > MAX_PAINT_SLOTS) {
    return invalid([{ field: 'slots', message: `at most ${MAX_PAINT_SLOTS} slots per call; received ${paints.length}. Send the change in several calls` }]);
  }
  if (paints.length === 0) return { slots: [], warnings: [] };

  const settings = await readSettings(deps.db, deps.centerTimeZone);
  const zone = settings.timeZone;
  const errors: FieldError[] = [];

  const dates = paints.map((paint) => localDate(paint.startsAt, zone)).sort();
  const span = DateTime.fromISO(dates.at(-1)!).diff(DateTime.fromISO(dates[0]), 'days').days + 1;
  if (span > MAX_RANGE_DAYS) {
    return invalid([{ field: 'slots', message: `the slots of one call must lie within ${MAX_RANGE_DAYS} days; these span ${dates[0]} to ${dates.at(-1)}` }]);
  }

  const open = new Set(openCalendar(settings, dates[0], dates.at(-1)!).flatMap((day) => day.halfHours.map((halfHour) => halfHour.startsAt.getTime())));
  const members = await findMembers(deps.db, paints.map((paint) => paint.memberId));

  paints.forEach((paint, index) => {
    if (!isUuid(paint.memberId)) errors.push({ field: `slots[${index}].memberId`, message: 'must be the id of a rotation member' });
    else if (!members.has(paint.memberId)) errors.push({ field: `slots[${index}].memberId`, message: `no rotation member has the id ${paint.memberId}` });
    else if (!members.get(paint.memberId)!.active) errors.push({ field: `slots[${index}].memberId`, message: `${members.get(paint.memberId)!.displayName} is not active on the rotation` });

    if (!open.has(paint.startsAt.getTime())) {
      const local = DateTime.fromJSDate(paint.startsAt, { zone }).toFormat("yyyy-MM-dd HH:mm");
      errors.push({
        field: `slots[${index}].startsAt`,
        message: `must be the start of an open half hour (${settings.openingTime}–${settings.closingTime} on open days, in ${zone}); ${local} is not`,
      });
    }
    if (paint.kind != null && !DUTY_KINDS.includes(paint.kind)) errors.push({ field: `slots[${index}].kind`, message: `must be one of ${DUTY_KINDS.join(', ')}` });
  });
  if (errors.length > 0) {
    const reported = errors.slice(0, MAX_REPORTED_ERRORS);
    const result = invalid(reported);
    if (errors.length > reported.length) result.message += `; and ${errors.length - reported.length} more`;
    return result;
  }

  const changes: KindChange[] = paints.map((paint) => ({ memberId: paint.memberId, startsAt: paint.startsAt, kind: paint.kind ?? null }));
  const { changed, touched } = await inTransaction(deps, async (tx) => {
    const changed = await writeKinds(tx, actor.id, changes);
    const touched = changed.length > 0 ? await appendSlotsEvent(tx, 'painted', actor.id, zone, changed, members) : [];
    return { changed, touched };
  });
  if (changed.length > 0) deps.log.info({ staffId: actor.id, slots: changed.length, dates: touched }, 'rotation slots painted');

  return { slots: toSlotViews(changed, members), warnings: await readWarningsOfDates(deps.db, settings, touched.length > 0 ? touched : [...new Set(dates)]) };
}

/**
 * Returns the kind a copied half hour gets in the target week, which may
 * differ from the week before in whether the fortnightly team meeting takes
 * place. During the target's meeting the generator's layout applies (agents
 * MEETING, cover staff ON_CALL). Outside it, a copied MEETING becomes OFF_DESK
 * for an agent and is cleared for cover staff.
 */
function kindInTargetWeek(member: RotaMemberView, copied: DutyKind | null, inMeeting: boolean): DutyKind | null {
  if (inMeeting) return member.kind === 'agent' ? 'meeting' : 'on_call';
  if (copied === 'meeting') return member.kind === 'agent' ? 'off_desk' : null;
  return copied;
}

const weekStartSchema = isoDate('weekStart').refine((value) => DateTime.fromISO(value).weekday === 1, 'weekStart must be a Monday');

/**
 * Copies the planned kinds of the week before `weekStart` onto the week that
 * starts then. Each slot moves by seven local days at the same local time, so
 * the copy keeps 8:00 at 8:00 across a daylight-saving change. Leave stays:
 * a target slot inside a leave range, or planned LEAVE, is not overwritten,
 * and a LEAVE of the week before is not copied. Target half hours that were
 * planned but are empty in the week before are cleared. Half hours that are
 * not open in the target week (holidays) are skipped. The target week's team
 * meeting is laid out as the generator does (see kindInTargetWeek).
 */
export async function copyPreviousWeek(deps: CoreDeps, actor: Actor, weekStart: string): Promise<RotationView | InvalidInputResult> {
  const parsed = weekStartSchema.safeParse(weekStart);
  if (!parsed.success) return invalid([{ field: 'weekStart', message: `${parsed.error.issues[0].message}; received ${JSON.stringify(weekStart).slice(0, 40)}` }]);

  const settings = await readSettings(deps.db, deps.centerTimeZone);
  const zone = settings.timeZone;
  const sourceStart = addDays(weekStart, -7);
  const targetEnd = addDays(weekStart, 6);

  await inTransaction(deps, async (tx) => {
    const target = await loadPlan(tx, settings, weekStart, targetEnd);
    const source = instantRange(sourceStart, addDays(sourceStart, 6), zone);
    const sourceRows = await readSlotRows(tx, source.start, source.end);

    const active = new Map(target.members.filter((member) => member.active).map((member) => [member.id, member]));
    const sourceKinds = new Map<string, DutyKind>();
    for (const row of sourceRows) {
      if (row.kind === null || row.kind === 'leave' || !active.has(row.memberId)) continue;
      const moved = DateTime.fromJSDate(row.startsAt, { zone }).plus({ days: 7 }).toMillis();
      sourceKinds.set(`${row.memberId}|${moved}`, row.kind);
    }
    const targetKinds = new Map(target.slots.map((row) => [`${row.memberId}|${row.startsAt.getTime()}`, row.kind]));
    const meeting = meetingHalfHours(settings, target.days);

    const changes: KindChange[] = [];
    for (const day of target.days) {
      for (const halfHour of day.halfHours) {
        const start = halfHour.startsAt.getTime();
        for (const member of active.values()) {
          const key = `${member.id}|${start}`;
          const onLeave = target.leave.some((range) => range.member.id === member.id && overlapsHalfHour(start, range));
          if (onLeave || targetKinds.get(key) === 'leave') continue;
          changes.push({ memberId: member.id, startsAt: halfHour.startsAt, kind: kindInTargetWeek(member, sourceKinds.get(key) ?? null, meeting.has(start)) });
        }
      }
    }
    const changed = await writeKinds(tx, actor.id, changes);
    if (changed.length > 0) await appendSlotsEvent(tx, 'week_copied', actor.id, zone, changed, active);
    deps.log.info({ staffId: actor.id, weekStart, slots: changed.length }, 'rotation week copied');
  });

  return readRotationRange(deps.db, deps.centerTimeZone, { from: weekStart, to: targetEnd });
}

