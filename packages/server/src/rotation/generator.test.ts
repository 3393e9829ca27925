import { describe, expect, it } from 'vitest';
import { computeFairness } from './fairness.js';
import { generateRotation, type GeneratorInput } from './generator.js';
import { addDays, localInstant, meetingHalfHours, openCalendar } from './open-hours.js';
import { checkRules } from './rules.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { RotaMemberView, RotationSettingsView } from './views.js';

const zone = 'America/Denver';

/** The bounds that docs/rotation.md states for two weeks with 4 to 8 agents under the default settings. */
const MAX_RATIO_SPREAD = 0.1;
const MIN_SHARED_HOURS = 2;

function settingsWithMeeting(firstDate: string): RotationSettingsView {
  return { timeZone: zone, ...DEFAULT_SETTINGS, teamMeeting: { weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 2, firstDate } };
}

function member(id: string, kind: 'agent' | 'cover' = 'agent'): RotaMemberView {
  return { id, kind, displayName: `${kind === 'agent' ? 'Agent' : 'Cover'} ${id}`, staffId: kind === 'agent' ? `staff-${id}` : null, staff: null, phoneExtension: null, note: null, active: true };
}

/** Two weeks from Monday `from` with `agents` agents and two cover staff; the second agent is on leave on Tuesday and Wednesday of the first week. */
function twoWeeks(from: string, agents: number): GeneratorInput {
  const settings = settingsWithMeeting(addDays(from, 2));
  const members = [...Array.from({ length: agents }, (_, index) => member(`a${index + 1}`)), member('c1', 'cover'), member('c2', 'cover')];
  const leave = [{ memberId: 'a2', startsAt: localInstant(addDays(from, 1), '00:00', zone), endsAt: localInstant(addDays(from, 3), '00:00', zone) }];
  return { settings, days: openCalendar(settings, from, addDays(from, 11)), members, leave };
}

function fairnessOf(input: GeneratorInput) {
  const slots = generateRotation(input);
  const fairness = computeFairness({ days: input.days, members: input.members, slots, leave: input.leave });
  const agents = fairness.perMember.filter((entry) => entry.member.kind === 'agent');
  const ratios = agents.map((entry) => entry.onCallHours / entry.availableHours);
  return { slots, fairness, agents, spread: Math.max(...ratios) - Math.min(...ratios) };
}

describe('generateRotation', () => {
  const input = twoWeeks('2026-06-01', 5);
  const { slots, fairness, agents, spread } = fairnessOf(input);
  const kindOf = (memberId: string, startsAt: Date) => slots.find((slot) => slot.memberId === memberId && slot.startsAt.getTime() === startsAt.getTime())?.kind;

  it('lets every pair of five agents share on-call time', () => {
    expect(fairness.perPair).toHaveLength(10);
    for (const pair of fairness.perPair) expect(pair.sharedHours, `${pair.a.id} and ${pair.b.id}`).toBeGreaterThanOrEqual(MIN_SHARED_HOURS);
  });

  it('balances on-call hours per available hour', () => {
    expect(spread).toBeLessThanOrEqual(MAX_RATIO_SPREAD);
    const onLeave = agents.find((entry) => entry.member.id === 'a2')!;
    const other = agents.find((entry) => entry.member.id === 'a1')!;
    // Two days of 9 hours, less the meeting hour of the Wednesday, which nobody has available.
    expect(onLeave.availableHours).toBe(other.availableHours - 17);
    expect(onLeave.onCallHours).toBeLessThan(other.onCallHours);
  });

  it('breaks no rule', () => {
    const warnings = checkRules({ settings: input.settings, days: input.days, members: input.members, slots, leave: input.leave });
    expect(warnings.map((warning) => warning.message)).toEqual([]);
  });

  it('puts leave, the meeting and the cover staff in place', () => {
    const leaveDay = input.days.find((day) => day.date === '2026-06-02')!;
    for (const halfHour of leaveDay.halfHours) expect(kindOf('a2', halfHour.startsAt)).toBe('leave');

    const meeting = [...meetingHalfHours(input.settings, input.days)].map((time) => new Date(time));
    expect(meeting).toHaveLength(2);
    for (const start of meeting) {
      expect(kindOf('a1', start)).toBe('meeting');
      expect(kindOf('c1', start)).toBe('on_call');
      expect(kindOf('c2', start)).toBe('on_call');
    }
    const coverOutsideMeeting = slots.filter((slot) => slot.memberId.startsWith('c') && !meeting.some((start) => start.getTime() === slot.startsAt.getTime()));
    expect(coverOutsideMeeting).toEqual([]);
  });

  it('plans every agent in every open half hour', () => {
    const agentSlots = slots.filter((slot) => slot.memberId.startsWith('a'));
    const halfHours = input.days.reduce((sum, day) => sum + day.halfHours.length, 0);
    expect(agentSlots).toHaveLength(halfHours * 5);
    for (const halfHour of input.days.flatMap((day) => day.halfHours)) {
      const onCall = agentSlots.filter((slot) => slot.startsAt.getTime() === halfHour.startsAt.getTime() && slot.kind === 'on_call');
      expect(onCall.length === 2 || kindOf('a1', halfHour.startsAt) === 'meeting').toBe(true);
    }
  });

  it('returns the same plan for the same input', () => {
    expect(generateRotation(twoWeeks('2026-06-01', 5))).toEqual(slots);
  });

  it('puts fewer on call when fewer are available', () => {
    const alone = twoWeeks('2026-06-01', 1);
    const plan = generateRotation({ ...alone, members: alone.members.filter((entry) => entry.kind === 'agent') });
    const open = alone.days.flatMap((day) => day.halfHours);
    const onCall = plan.filter((slot) => slot.kind === 'on_call');
    expect(onCall).toHaveLength(open.length - 2);
  });

  // Both daylight-saving changes, and team sizes from 4 to 8.
  describe.each(['2027-03-08', '2026-10-26'])('two weeks from %s', (from) => {
    it.each([4, 5, 6, 7, 8])('keeps the stated bounds with %i agents', (count) => {
      const result = fairnessOf(twoWeeks(from, count));
      expect(result.spread).toBeLessThanOrEqual(MAX_RATIO_SPREAD);
      for (const pair of result.fairness.perPair) expect(pair.sharedHours, `${pair.a.id} and ${pair.b.id}`).toBeGreaterThanOrEqual(MIN_SHARED_HOURS);
    });
  });
});
