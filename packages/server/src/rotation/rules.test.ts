import { describe, expect, it } from 'vitest';
import { localInstant, openCalendar } from './open-hours.js';
import { checkRules, type LeaveRange } from './rules.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { DutyKind, PlannedSlot, RotaMemberView, RotationSettingsView } from './views.js';

const zone = 'America/Denver';
const date = '2026-06-02'; // a Tuesday
const settings: RotationSettingsView = { timeZone: zone, ...DEFAULT_SETTINGS };
const days = openCalendar(settings, date, date);

function member(id: string, kind: 'agent' | 'cover' = 'agent', staffId: string | null = kind === 'agent' ? `staff-${id}` : null): RotaMemberView {
  return { id, kind, displayName: `Person ${id}`, staffId, staff: null, phoneExtension: null, note: null, active: true };
}

const at = (time: string) => localInstant(date, time, zone);

/** Plans `kind` for `member` from `from` up to (not including) `to`, local times of the test date. */
function plan(memberId: string, kind: DutyKind, from: string, to: string): PlannedSlot[] {
  const slots: PlannedSlot[] = [];
  for (let time = at(from).getTime(); time < at(to).getTime(); time += 30 * 60 * 1000) slots.push({ memberId, startsAt: new Date(time), kind });
  return slots;
}

const a = member('a');
const b = member('b');
const c = member('c');
/**
 * Two of a, b and c on call all day in blocks of 1.5 hours, the third off
 * desk; nobody is on call longer than 3 hours. No warnings under the default
 * settings.
 */
function fullyStaffed(): PlannedSlot[] {
  const blocks: [string, string, string[]][] = [
    ['08:00', '09:30', ['a', 'b']],
    ['09:30', '11:00', ['b', 'c']],
    ['11:00', '12:30', ['c', 'a']],
    ['12:30', '14:00', ['a', 'b']],
    ['14:00', '15:30', ['b', 'c']],
    ['15:30', '17:00', ['c', 'a']],
  ];
  return blocks.flatMap(([from, to, onCall]) => ['a', 'b', 'c'].flatMap((id) => plan(id, onCall.includes(id) ? 'on_call' : 'off_desk', from, to)));
}

/** Removes the slots of `memberIds` from `from` up to `to`. */
function without(slots: PlannedSlot[], memberIds: string[], from: string, to: string): PlannedSlot[] {
  return slots.filter((slot) => !(memberIds.includes(slot.memberId) && slot.startsAt >= at(from) && slot.startsAt < at(to)));
}

function warningsFor(slots: PlannedSlot[], options: { members?: RotaMemberView[]; leave?: LeaveRange[]; settings?: RotationSettingsView } = {}) {
  return checkRules({ settings: options.settings ?? settings, days, members: options.members ?? [a, b, c], slots, leave: options.leave ?? [] });
}

describe('checkRules', () => {
  it('finds nothing in a fully staffed day', () => {
    expect(warningsFor(fullyStaffed())).toEqual([]);
  });

  it('reports fewer than preferred as one merged notice', () => {
    const slots = without(fullyStaffed(), ['b'], '09:30', '10:00');
    const warnings = warningsFor(slots);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: 'BELOW_PREFERRED', level: 'NOTICE', startsAt: at('09:30'), endsAt: at('10:00'), member: null });
    expect(warnings[0].message).toBe('Only 1 on call Tue 9:30–10:00 (2 preferred)');
  });

  it('reports fewer than minOnCall as an error', () => {
    const slots = without(fullyStaffed(), ['a', 'b', 'c'], '12:00', '13:00');
    const warnings = warningsFor(slots);
    expect(warnings.map((warning) => warning.rule)).toEqual(['UNDERSTAFFED']);
    expect(warnings[0].level).toBe('ERROR');
    expect(warnings[0].message).toBe('No one on call Tue 12:00–13:00 (at least 1 needed)');
  });

  it('keeps ranges with different counts apart', () => {
    // 9:00–9:30 only b on call, 9:30–10:00 no one.
    const slots = without(without(fullyStaffed(), ['a'], '09:00', '09:30'), ['b', 'c'], '09:30', '10:00');
    const messages = warningsFor(slots).map((warning) => warning.message);
    expect(messages).toEqual(['Only 1 on call Tue 9:00–9:30 (2 preferred)', 'No one on call Tue 9:30–10:00 (at least 1 needed)']);
  });

  it('counts cover staff on call', () => {
    const cover = member('w', 'cover');
    const slots = [...without(fullyStaffed(), ['b'], '08:00', '09:00'), ...plan('w', 'on_call', '08:00', '09:00')];
    expect(warningsFor(slots, { members: [a, b, c, cover] })).toEqual([]);
  });

  it('ignores inactive members', () => {
    const inactive = { ...b, active: false };
    const warnings = warningsFor(fullyStaffed(), { members: [a, inactive, c] });
    expect(warnings.every((warning) => warning.rule === 'BELOW_PREFERRED')).toBe(true);
    expect(warnings.length).toBeGreaterThan(0);
  });

  it('reports one staff account booked twice through two members', () => {
    const alsoCover = member('a2', 'cover', a.staffId);
    const slots = [...fullyStaffed(), ...plan('a2', 'meeting', '10:00', '11:00')];
    const warnings = warningsFor(slots, { members: [a, b, c, alsoCover] });
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: 'DOUBLE_BOOKED', level: 'ERROR', member: a, startsAt: at('10:00'), endsAt: at('11:00') });
    expect(warnings[0].message).toBe('Person a is booked twice Tue 10:00–11:00');
  });

  it('counts a person on call through two members once', () => {
    const alsoCover = member('a2', 'cover', a.staffId);
    const slots = [...without(fullyStaffed(), ['b'], '08:00', '09:00'), ...plan('a2', 'on_call', '08:00', '09:00')];
    const rules = warningsFor(slots, { members: [a, b, c, alsoCover] }).map((warning) => warning.rule);
    expect(rules).toEqual(['BELOW_PREFERRED']);
  });

  it('reports an on-call stretch longer than the maximum', () => {
    const slots = [...without(fullyStaffed(), ['a'], '09:30', '11:00'), ...plan('a', 'on_call', '09:30', '11:00')];
    const warnings = warningsFor(slots);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatchObject({ rule: 'STRETCH_TOO_LONG', member: a, startsAt: at('08:00'), endsAt: at('14:00') });
    expect(warnings[0].message).toBe('Person a is on call 6h in a row Tue 8:00–14:00 (at most 3h)');
  });

  it('allows a stretch of exactly the maximum', () => {
    expect(warningsFor(fullyStaffed(), { settings: { ...settings, maxOnCallMinutes: 180 } })).toEqual([]);
    const shorter = warningsFor(fullyStaffed(), { settings: { ...settings, maxOnCallMinutes: 150 } });
    expect(shorter.map((warning) => warning.rule)).toEqual(Array(5).fill('STRETCH_TOO_LONG'));
    expect(shorter[0].message).toBe('Person b is on call 3h in a row Tue 8:00–11:00 (at most 2h30)');
  });

  it('reports leave that is not marked as leave', () => {
    const leave = [{ memberId: 'c', startsAt: at('13:00'), endsAt: at('15:00') }];
    const slots = fullyStaffed().map((slot) => (slot.memberId === 'c' && slot.startsAt >= at('14:00') && slot.startsAt < at('15:00') ? { ...slot, kind: 'leave' as const } : slot));
    const warnings = warningsFor(slots, { leave });
    const leaveWarnings = warnings.filter((warning) => warning.rule === 'LEAVE_NOT_RESPECTED');
    expect(leaveWarnings).toHaveLength(1);
    expect(leaveWarnings[0]).toMatchObject({ member: c, startsAt: at('13:00'), endsAt: at('14:00') });
    expect(leaveWarnings[0].message).toBe('Person c is on leave Tue 13:00–14:00 but not marked as leave');
    expect(warnings.some((warning) => warning.rule === 'BELOW_PREFERRED')).toBe(true);
  });

  it('reports a team meeting without cover staff on call', () => {
    const withMeeting: RotationSettingsView = { ...settings, teamMeeting: { weekday: 2, startTime: '08:00', endTime: '09:00', everyWeeks: 2, firstDate: date } };
    const cover = member('w', 'cover');
    const meetingSlots = [...plan('a', 'meeting', '08:00', '09:00'), ...plan('b', 'meeting', '08:00', '09:00'), ...plan('c', 'meeting', '08:00', '09:00')];
    const rest = fullyStaffed().filter((slot) => slot.startsAt >= at('09:00'));

    const uncovered = warningsFor([...meetingSlots, ...rest], { members: [a, b, c, cover], settings: withMeeting });
    expect(uncovered.map((warning) => warning.rule)).toEqual(['UNDERSTAFFED', 'MEETING_WITHOUT_COVER']);
    expect(uncovered[1].message).toBe('No cover staff on call during the team meeting Tue 8:00–9:00');

    const covered = warningsFor([...meetingSlots, ...rest, ...plan('w', 'on_call', '08:00', '09:00')], { members: [a, b, c, cover], settings: withMeeting });
    expect(covered.map((warning) => warning.rule)).toEqual(['BELOW_PREFERRED']);
  });
});
