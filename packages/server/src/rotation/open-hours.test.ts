import { describe, expect, it } from 'vitest';
import { formatLocalRange, isMeetingDate, meetingHalfHours, openCalendar } from './open-hours.js';
import { DEFAULT_SETTINGS } from './settings.js';
import type { RotationSettingsView } from './views.js';

const settings: RotationSettingsView = { timeZone: 'America/Denver', ...DEFAULT_SETTINGS };

describe('openCalendar', () => {
  it('lists 18 half hours from 8:00 to 17:00 on weekdays', () => {
    const days = openCalendar(settings, '2026-06-01', '2026-06-07');
    expect(days.map((day) => day.date)).toEqual(['2026-06-01', '2026-06-02', '2026-06-03', '2026-06-04', '2026-06-05']);
    expect(days[0].halfHours).toHaveLength(18);
    expect(days[0].halfHours[0].localTime).toBe('08:00');
    expect(days[0].halfHours.at(-1)!.localTime).toBe('16:30');
    // Mountain Daylight Time is UTC−6.
    expect(days[0].halfHours[0].startsAt.toISOString()).toBe('2026-06-01T14:00:00.000Z');
  });

  it('closes on holidays', () => {
    const days = openCalendar({ ...settings, holidays: ['2026-07-03'] }, '2026-06-29', '2026-07-03');
    expect(days.map((day) => day.date)).toEqual(['2026-06-29', '2026-06-30', '2026-07-01', '2026-07-02']);
  });

  it('follows custom hours and open days', () => {
    const days = openCalendar({ ...settings, openingTime: '09:30', closingTime: '12:00', openDays: [6] }, '2026-06-01', '2026-06-07');
    expect(days.map((day) => day.date)).toEqual(['2026-06-06']);
    expect(days[0].halfHours.map((halfHour) => halfHour.localTime)).toEqual(['09:30', '10:00', '10:30', '11:00', '11:30']);
  });

  // The US changes: Sunday 2027-03-14 (clocks forward, MST UTC−7 to MDT UTC−6)
  // and Sunday 2026-11-01 (clocks back, MDT UTC−6 to MST UTC−7).
  describe.each([
    { change: 'March 2027', from: '2027-03-08', to: '2027-03-19', mondayAfter: '2027-03-15', before: '2027-03-08T15:00:00.000Z', after: '2027-03-15T14:00:00.000Z' },
    { change: 'November 2026', from: '2026-10-26', to: '2026-11-06', mondayAfter: '2026-11-02', before: '2026-10-26T14:00:00.000Z', after: '2026-11-02T15:00:00.000Z' },
  ])('across the daylight-saving change of $change', ({ from, to, mondayAfter, before, after }) => {
    it('keeps 8:00 to 17:00 local on the Monday after', () => {
      const [day] = openCalendar(settings, mondayAfter, mondayAfter);
      expect(day.halfHours).toHaveLength(18);
      expect(day.halfHours[0].localTime).toBe('08:00');
      expect(day.halfHours[0].startsAt.toISOString()).toBe(after);
      expect(day.halfHours.at(-1)!.startsAt.getTime() - day.halfHours[0].startsAt.getTime()).toBe(8.5 * 3600_000);
    });

    it('keeps 18 local half hours a day over two weeks while the instants shift by one hour', () => {
      const days = openCalendar(settings, from, to);
      expect(days).toHaveLength(10);
      for (const day of days) {
        expect(day.halfHours).toHaveLength(18);
        expect(day.halfHours[0].localTime).toBe('08:00');
        expect(day.halfHours.at(-1)!.localTime).toBe('16:30');
      }
      expect(days[0].halfHours[0].startsAt.toISOString()).toBe(before);
      expect(days[5].halfHours[0].startsAt.toISOString()).toBe(after);
      const utcHour = (date: Date) => date.getUTCHours();
      expect(Math.abs(utcHour(days[0].halfHours[0].startsAt) - utcHour(days[5].halfHours[0].startsAt))).toBe(1);
    });
  });
});

describe('team meeting', () => {
  const withMeeting: RotationSettingsView = {
    ...settings,
    teamMeeting: { weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 2, firstDate: '2026-06-03' },
  };

  it('takes place every second week, before and after the first date', () => {
    expect(isMeetingDate(withMeeting, '2026-06-03')).toBe(true);
    expect(isMeetingDate(withMeeting, '2026-06-10')).toBe(false);
    expect(isMeetingDate(withMeeting, '2026-06-17')).toBe(true);
    expect(isMeetingDate(withMeeting, '2026-05-20')).toBe(true);
    expect(isMeetingDate(withMeeting, '2026-05-27')).toBe(false);
    expect(isMeetingDate(withMeeting, '2026-06-04')).toBe(false);
  });

  it('covers its two half hours', () => {
    const days = openCalendar(withMeeting, '2026-06-01', '2026-06-14');
    const starts = [...meetingHalfHours(withMeeting, days)].map((time) => new Date(time).toISOString());
    expect(starts).toEqual(['2026-06-03T14:00:00.000Z', '2026-06-03T14:30:00.000Z']);
  });

  it('is skipped on a holiday', () => {
    expect(isMeetingDate({ ...withMeeting, holidays: ['2026-06-17'] }, '2026-06-17')).toBe(false);
  });
});

describe('formatLocalRange', () => {
  it('writes the weekday and local times', () => {
    expect(formatLocalRange(new Date('2026-06-02T15:30:00Z'), new Date('2026-06-02T16:00:00Z'), 'America/Denver')).toBe('Tue 9:30–10:00');
  });
});
