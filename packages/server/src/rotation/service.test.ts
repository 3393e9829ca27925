import { sql } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { deactivateStaff } from '../auth/service.js';
import type { Actor } from '../core/deps.js';
import { readEventsAfter } from '../events/service.js';
import { addLeave, removeLeave } from './leave.js';
import { addCoverStaff, readMembers, setMemberActive } from './members.js';
import { localInstant, openCalendar } from './open-hours.js';
import { proposeRotation, publishRotation } from './publish.js';
import { readRotation } from './rotation.js';
import { DEFAULT_SETTINGS, readSettings, updateSettings } from './settings.js';
import { copyPreviousWeek, MAX_PAINT_SLOTS, paintSlots } from './slots.js';
import type { InvalidInputResult } from '../validation/result.js';
import type { RotaMemberView, RotationView } from './views.js';

const zone = 'America/Denver';
const at = (date: string, time: string) => localInstant(date, time, zone);

function expectValid<T extends object>(result: T): Exclude<T, InvalidInputResult> {
  if ('kind' in result && result.kind === 'invalid_input') throw new Error(`unexpected InvalidInput: ${(result as unknown as InvalidInputResult).message}`);
  return result as Exclude<T, InvalidInputResult>;
}

function fieldsOf(result: object): string[] {
  expect(result).toMatchObject({ kind: 'invalid_input' });
  return (result as { fields: { field: string }[] }).fields.map((entry) => entry.field);
}

describe.each(databaseKinds())('rotation services on %s', (kind) => {
  const database = useTestDatabase(kind);
  let manager: Actor;

  beforeEach(async () => {
    // The shared reset empties the staff tables (and the rotation tables with them) but not the settings row.
    await database().deps.db.execute(sql`delete from rota_settings`);
    manager = await createAgent(database().deps, 'Margaret Manager', 'manager');
  });

  async function agents(...names: string[]): Promise<RotaMemberView[]> {
    for (const name of names) await createAgent(database().deps, name);
    return readMembers(database().deps.db);
  }

  describe('settings', () => {
    it('reads the defaults when nothing is saved', async () => {
      expect(await readSettings(database().deps.db, zone)).toEqual({ timeZone: zone, ...DEFAULT_SETTINGS });
    });

    it('saves a partial update and keeps the rest', async () => {
      const meeting = { weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 2, firstDate: '2026-06-03' };
      expectValid(await updateSettings(database().deps, manager, { openingTime: '07:30', holidays: ['2026-07-03', '2026-07-03'], teamMeeting: meeting }));
      const saved = await readSettings(database().deps.db, zone);
      expect(saved).toMatchObject({ openingTime: '07:30', closingTime: '17:00', holidays: ['2026-07-03'], teamMeeting: meeting, minOnCall: 1 });

      expectValid(await updateSettings(database().deps, manager, { minOnCall: 2, teamMeeting: null }));
      expect(await readSettings(database().deps.db, zone)).toMatchObject({ openingTime: '07:30', minOnCall: 2, teamMeeting: null });
    });

    it('names each invalid field', async () => {
      const cases: [Record<string, unknown>, string][] = [
        [{ openingTime: '8:00' }, 'input.openingTime'],
        [{ openingTime: '08:15' }, 'input.openingTime'],
        [{ openingTime: '18:00' }, 'input.closingTime'],
        [{ openDays: [0, 1] }, 'input.openDays.0'],
        [{ openDays: [1, 1] }, 'input.openDays'],
        [{ holidays: ['2026-02-30'] }, 'input.holidays.0'],
        [{ minOnCall: 0 }, 'input.minOnCall'],
        [{ minOnCall: 3 }, 'input.preferredOnCall'],
        [{ maxOnCallMinutes: 100 }, 'input.maxOnCallMinutes'],
        [{ teamMeeting: { weekday: 3, startTime: '07:00', endTime: '08:00', everyWeeks: 2, firstDate: '2026-06-03' } }, 'input.teamMeeting.startTime'],
        [{ teamMeeting: { weekday: 3, startTime: '09:00', endTime: '08:00', everyWeeks: 2, firstDate: '2026-06-03' } }, 'input.teamMeeting.endTime'],
        [{ teamMeeting: { weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 5, firstDate: '2026-06-03' } }, 'input.teamMeeting.everyWeeks'],
        [{ teamMeeting: { weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 2, firstDate: '2026-06-04' } }, 'input.teamMeeting.firstDate'],
      ];
      for (const [input, field] of cases) {
        const result = await updateSettings(database().deps, manager, input);
        expect(fieldsOf(result), JSON.stringify(input)).toContain(field);
      }
      expect(await readSettings(database().deps.db, zone)).toEqual({ timeZone: zone, ...DEFAULT_SETTINGS });
    });
    it('reports field and cross-field errors at once', async () => {
      const result = await updateSettings(database().deps, manager, {
        openingTime: '8:00',
        minOnCall: 3,
        maxOnCallMinutes: 100,
        teamMeeting: { weekday: 6, startTime: '08:00', endTime: '09:00', everyWeeks: 5, firstDate: '2026-06-03' },
      });

      const fields = fieldsOf(result);
      expect(fields).toContain('input.openingTime');
      expect(fields).toContain('input.maxOnCallMinutes');
      expect(fields).toContain('input.teamMeeting.everyWeeks');
      expect(fields).toContain('input.preferredOnCall');
      expect(fields).toContain('input.teamMeeting.weekday');
      expect(fields).toContain('input.teamMeeting.firstDate');
      // The opening time is invalid on its own, so it is not compared with the closing time or the meeting.
      expect(fields).not.toContain('input.closingTime');
      expect(fields).not.toContain('input.teamMeeting.startTime');
      expect(await readSettings(database().deps.db, zone)).toEqual({ timeZone: zone, ...DEFAULT_SETTINGS });
    });

    it('checks closing time beside other field errors', async () => {
      const result = await updateSettings(database().deps, manager, { closingTime: '07:00', holidays: ['2026-02-30'] });

      expect(fieldsOf(result)).toEqual(['input.holidays.0', 'input.closingTime']);
    });

    it('reports the meeting end on endTime', async () => {
      const result = await updateSettings(database().deps, manager, {
        teamMeeting: { weekday: 3, startTime: '16:00', endTime: '17:30', everyWeeks: 2, firstDate: '2026-06-03' },
      });

      expect(fieldsOf(result)).toEqual(['input.teamMeeting.endTime']);
      expect((result as InvalidInputResult).fields[0].message).toBe('the team meeting must end by the closing time 17:00');
    });

    it('names the weekday of firstDate', async () => {
      const result = await updateSettings(database().deps, manager, {
        teamMeeting: { weekday: 6, startTime: '08:00', endTime: '09:00', everyWeeks: 2, firstDate: '2026-06-03' },
        openDays: [1, 2, 3, 4, 5, 6],
      });

      expect(fieldsOf(result)).toEqual(['input.teamMeeting.firstDate']);
      expect((result as InvalidInputResult).fields[0].message).toBe("firstDate must fall on the meeting's weekday (Saturday); 2026-06-03 is a Wednesday");
    });

    it('reports hours and days that exclude the kept meeting', async () => {
      const meeting = { weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 2, firstDate: '2026-06-03' };
      expectValid(await updateSettings(database().deps, manager, { teamMeeting: meeting }));
      const expected = (what: string) => `the team meeting (Wednesday 8:00–9:00) would fall ${what}; move or remove the meeting first`;

      const later = await updateSettings(database().deps, manager, { openingTime: '09:00' });
      expect((later as InvalidInputResult).fields).toEqual([{ field: 'input.openingTime', message: expected('outside the new open hours') }]);

      const closed = await updateSettings(database().deps, manager, { openDays: [1, 2, 4, 5] });
      expect((closed as InvalidInputResult).fields).toEqual([
        { field: 'input.openDays', message: expected('on a day that is closed under the new open days') },
      ]);

      // The settings form sends the stored meeting with every save; that still counts as keeping it.
      const fullForm = await updateSettings(database().deps, manager, { openingTime: '09:00', closingTime: '17:00', teamMeeting: meeting });
      expect(fieldsOf(fullForm)).toEqual(['input.openingTime']);

      const moved = await updateSettings(database().deps, manager, { openingTime: '09:00', teamMeeting: { ...meeting, startTime: '08:30' } });
      expect(fieldsOf(moved)).toEqual(['input.teamMeeting.startTime']);
      expect(await readSettings(database().deps.db, zone)).toMatchObject({ openingTime: '08:00', openDays: [1, 2, 3, 4, 5], teamMeeting: meeting });
    });
  });

  describe('members', () => {
    it('makes every active agent a member and follows renames', async () => {
      const [dana] = await agents('Dana Ortiz', 'Sam Whitehorse');
      const members = await readMembers(database().deps.db);
      expect(members.map((member) => [member.displayName, member.kind, member.active])).toEqual([
        ['Dana Ortiz', 'agent', true],
        ['Sam Whitehorse', 'agent', true],
      ]);
      await database().deps.db.execute(sql`update staff_users set display_name = 'Dana Ortiz-Reyes', phone_extension = '4101' where id = ${dana.staffId}`);
      const renamed = (await readMembers(database().deps.db)).find((member) => member.id === dana.id)!;
      expect(renamed).toMatchObject({ displayName: 'Dana Ortiz-Reyes', phoneExtension: '4101' });
    });

    it('adds cover staff and takes members off the rotation', async () => {
      const [dana] = await agents('Dana Ortiz');
      const cover = expectValid(await addCoverStaff(database().deps, manager, { displayName: '  Pat Public Works ', phoneExtension: '5120', note: 'Public Works' }));
      expect(cover).toMatchObject({ kind: 'cover', displayName: 'Pat Public Works', staffId: null, active: true, note: 'Public Works' });
      expect(fieldsOf(await addCoverStaff(database().deps, manager, { displayName: ' ' }))).toEqual(['displayName']);
      expect(fieldsOf(await addCoverStaff(database().deps, manager, { displayName: 'Kim', phoneExtension: 'call me' }))).toEqual(['phoneExtension']);

      expectValid(await setMemberActive(database().deps, manager, cover.id, false));
      expect((await readMembers(database().deps.db)).map((member) => member.displayName)).toEqual(['Dana Ortiz']);
      expect((await readMembers(database().deps.db, { includeInactive: true })).map((member) => member.displayName)).toEqual(['Dana Ortiz', 'Pat Public Works']);
      expect(fieldsOf(await setMemberActive(database().deps, manager, '00000000-0000-0000-0000-000000000000', true))).toEqual(['id']);

      await deactivateStaff(database().deps, manager, dana.staffId!);
      expect(await readMembers(database().deps.db)).toEqual([]);
    });
  });

  describe('paintSlots', () => {
    it('writes the kinds, appends one event and returns the day’s warnings', async () => {
      const [dana, sam] = await agents('Dana Ortiz', 'Sam Whitehorse');
      const before = await database().dispatcher.headId;
      const result = expectValid(
        await paintSlots(database().deps, manager, [
          { memberId: dana.id, startsAt: at('2026-06-02', '09:30'), kind: 'on_call' },
          { memberId: sam.id, startsAt: at('2026-06-02', '09:30'), kind: 'off_desk' },
        ]),
      );
      expect(result.slots.map((slot) => [slot.member.displayName, slot.kind, slot.publishedKind])).toEqual([
        ['Dana Ortiz', 'on_call', null],
        ['Sam Whitehorse', 'off_desk', null],
      ]);
      const messages = result.warnings.map((warning) => warning.message);
      expect(messages).toContain('Only 1 on call Tue 9:30–10:00 (2 preferred)');
      expect(messages).toContain('No one on call Tue 8:00–9:30 (at least 1 needed)');

      const events = await readEventsAfter(database().deps.db, before, 10, ['rotation']);
      expect(events).toHaveLength(1);
      expect(events[0]).toMatchObject({ type: 'painted', actorId: manager.id, payload: { dates: ['2026-06-02'] } });

      // Painting the same kinds again changes nothing and appends nothing.
      const again = expectValid(await paintSlots(database().deps, manager, [{ memberId: dana.id, startsAt: at('2026-06-02', '09:30'), kind: 'on_call' }]));
      expect(again.slots).toEqual([]);
      expect(await readEventsAfter(database().deps.db, before, 10, ['rotation'])).toHaveLength(1);

      // A null kind clears the slot.
      const cleared = expectValid(await paintSlots(database().deps, manager, [{ memberId: dana.id, startsAt: at('2026-06-02', '09:30'), kind: null }]));
      expect(cleared.slots.map((slot) => slot.kind)).toEqual([null]);
      const rotation = expectValid(await readRotation(database().deps, '2026-06-02', '2026-06-02'));
      expect(rotation.slots.map((slot) => slot.member.displayName)).toEqual(['Sam Whitehorse']);
    });

    it('names the bad entries by index', async () => {
      const [dana] = await agents('Dana Ortiz');
      const inactive = expectValid(await addCoverStaff(database().deps, manager, { displayName: 'Former Cover' }));
      await setMemberActive(database().deps, manager, inactive.id, false);
      const result = await paintSlots(database().deps, manager, [
        { memberId: dana.id, startsAt: at('2026-06-02', '09:00'), kind: 'on_call' },
        { memberId: dana.id, startsAt: at('2026-06-02', '17:00'), kind: 'on_call' },
        { memberId: dana.id, startsAt: at('2026-06-06', '09:00'), kind: 'on_call' },
        { memberId: dana.id, startsAt: at('2026-06-02', '09:15'), kind: 'on_call' },
        { memberId: 'not-an-id', startsAt: at('2026-06-02', '09:00'), kind: 'on_call' },
        { memberId: inactive.id, startsAt: at('2026-06-02', '09:00'), kind: 'on_call' },
      ]);
      expect(fieldsOf(result)).toEqual(['slots[1].startsAt', 'slots[2].startsAt', 'slots[3].startsAt', 'slots[4].memberId', 'slots[5].memberId']);
      expect((await readRotation(database().deps, '2026-06-01', '2026-06-07') as RotationView).slots).toEqual([]);
    });

    it('limits the number of slots per call', async () => {
      const [dana] = await agents('Dana Ortiz');
      const paints = Array.from({ length: MAX_PAINT_SLOTS + 1 }, () => ({ memberId: dana.id, startsAt: at('2026-06-02', '09:00'), kind: 'on_call' as const }));
      const result = await paintSlots(database().deps, manager, paints);
      expect(fieldsOf(result)).toEqual(['slots']);
      expect((result as { message: string }).message).toContain(`at most ${MAX_PAINT_SLOTS} slots`);
    });
  });

  describe('copyPreviousWeek', () => {
    it('copies by local time across the March daylight-saving change and keeps leave', async () => {
      const [dana, sam] = await agents('Dana Ortiz', 'Sam Whitehorse');
      // Monday 2027-03-08 is in MST; the target week of 2027-03-15 is in MDT.
      expectValid(
        await paintSlots(database().deps, manager, [
          { memberId: dana.id, startsAt: at('2027-03-08', '08:00'), kind: 'on_call' },
          { memberId: dana.id, startsAt: at('2027-03-09', '08:00'), kind: 'on_call' },
          { memberId: sam.id, startsAt: at('2027-03-08', '08:00'), kind: 'off_desk' },
        ]),
      );
      expectValid(await addLeave(database().deps, manager, { memberId: dana.id, startsAt: at('2027-03-16', '00:00'), endsAt: at('2027-03-17', '00:00') }));
      expectValid(await paintSlots(database().deps, manager, [{ memberId: sam.id, startsAt: at('2027-03-15', '12:00'), kind: 'meeting' }]));

      const copied = expectValid(await copyPreviousWeek(database().deps, manager, '2027-03-15'));
      const planned = copied.slots.filter((slot) => slot.kind !== 'leave').map((slot) => [slot.member.displayName, slot.startsAt.toISOString(), slot.kind]);
      expect(planned).toEqual([
        ['Dana Ortiz', '2027-03-15T14:00:00.000Z', 'on_call'],
        ['Sam Whitehorse', '2027-03-15T14:00:00.000Z', 'off_desk'],
      ]);
      // Tuesday was on call in the week before, but Dana is on leave that day.
      const tuesday = copied.slots.filter((slot) => slot.member.id === dana.id && slot.startsAt >= at('2027-03-16', '00:00') && slot.startsAt < at('2027-03-17', '00:00'));
      expect(tuesday).toHaveLength(18);
      expect(tuesday.every((slot) => slot.kind === 'leave')).toBe(true);

      expect(fieldsOf(await copyPreviousWeek(database().deps, manager, '2027-03-16'))).toEqual(['weekStart']);
      expect(fieldsOf(await copyPreviousWeek(database().deps, manager, '2027-02-30'))).toEqual(['weekStart']);
    });
  });

  describe('copyPreviousWeek with a fortnightly meeting', () => {
    const meeting = { weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 2, firstDate: '2026-06-03' };
    const kindsAt = (rotation: RotationView, start: Date) =>
      rotation.slots
        .filter((slot) => slot.startsAt.getTime() === start.getTime())
        .map((slot) => [slot.member.displayName, slot.kind]);

    it('lays out the meeting in a meeting week', async () => {
      const [dana, sam] = await agents('Dana Ortiz', 'Sam Whitehorse');
      const pat = expectValid(await addCoverStaff(database().deps, manager, { displayName: 'Pat Public Works' }));
      expectValid(await updateSettings(database().deps, manager, { teamMeeting: meeting }));
      // The week of 2026-06-08 has no meeting; Wednesday 2026-06-17 has one.
      const paints = ['08:00', '08:30', '09:00'].flatMap((time) => [
        { memberId: dana.id, startsAt: at('2026-06-10', time), kind: 'on_call' as const },
        { memberId: sam.id, startsAt: at('2026-06-10', time), kind: 'off_desk' as const },
      ]);
      expectValid(await paintSlots(database().deps, manager, paints));
      expectValid(await addLeave(database().deps, manager, { memberId: sam.id, startsAt: at('2026-06-17', '08:00'), endsAt: at('2026-06-17', '08:30') }));

      const copied = expectValid(await copyPreviousWeek(database().deps, manager, '2026-06-15'));

      expect(kindsAt(copied, at('2026-06-17', '08:00'))).toEqual([
        ['Dana Ortiz', 'meeting'],
        ['Pat Public Works', 'on_call'],
        ['Sam Whitehorse', 'leave'],
      ]);
      expect(kindsAt(copied, at('2026-06-17', '08:30'))).toEqual([
        ['Dana Ortiz', 'meeting'],
        ['Pat Public Works', 'on_call'],
        ['Sam Whitehorse', 'meeting'],
      ]);
      expect(kindsAt(copied, at('2026-06-17', '09:00'))).toEqual([
        ['Dana Ortiz', 'on_call'],
        ['Sam Whitehorse', 'off_desk'],
      ]);
      expect(copied.warnings.filter((warning) => warning.rule === 'MEETING_WITHOUT_COVER')).toEqual([]);
      expect(copied.slots.filter((slot) => slot.member.id === pat.id)).toHaveLength(2);
    });

    it('drops the meeting in a week without one', async () => {
      const [dana, sam] = await agents('Dana Ortiz', 'Sam Whitehorse');
      const pat = expectValid(await addCoverStaff(database().deps, manager, { displayName: 'Pat Public Works' }));
      expectValid(await updateSettings(database().deps, manager, { teamMeeting: meeting }));
      // Wednesday 2026-06-03 has the meeting; the week of 2026-06-08 has none.
      expectValid(
        await paintSlots(database().deps, manager, [
          { memberId: dana.id, startsAt: at('2026-06-03', '08:00'), kind: 'meeting' },
          { memberId: sam.id, startsAt: at('2026-06-03', '08:00'), kind: 'meeting' },
          { memberId: pat.id, startsAt: at('2026-06-03', '08:00'), kind: 'on_call' },
          { memberId: pat.id, startsAt: at('2026-06-03', '08:30'), kind: 'meeting' },
        ]),
      );

      const copied = expectValid(await copyPreviousWeek(database().deps, manager, '2026-06-08'));

      expect(kindsAt(copied, at('2026-06-10', '08:00'))).toEqual([
        ['Dana Ortiz', 'off_desk'],
        ['Pat Public Works', 'on_call'],
        ['Sam Whitehorse', 'off_desk'],
      ]);
      expect(kindsAt(copied, at('2026-06-10', '08:30'))).toEqual([]);
      expect(copied.slots.filter((slot) => slot.kind === 'meeting')).toEqual([]);
    });
  });

  describe('leave', () => {
    it('marks the half hours inside it and clears them when removed', async () => {
      const [dana] = await agents('Dana Ortiz');
      expectValid(await paintSlots(database().deps, manager, [{ memberId: dana.id, startsAt: at('2026-06-02', '08:00'), kind: 'on_call' }]));
      const leave = expectValid(
        await addLeave(database().deps, manager, { memberId: dana.id, startsAt: at('2026-06-02', '08:00'), endsAt: at('2026-06-02', '12:00'), note: 'Dentist' }),
      );
      let rotation = expectValid(await readRotation(database().deps, '2026-06-02', '2026-06-02'));
      expect(rotation.slots.filter((slot) => slot.kind === 'leave')).toHaveLength(8);
      expect(rotation.leave.map((entry) => [entry.member.displayName, entry.note])).toEqual([['Dana Ortiz', 'Dentist']]);
      expect(rotation.warnings.some((warning) => warning.rule === 'LEAVE_NOT_RESPECTED')).toBe(false);

      expect(await removeLeave(database().deps, manager, leave.id)).toBe(true);
      expect(await removeLeave(database().deps, manager, leave.id)).toBe(false);
      rotation = expectValid(await readRotation(database().deps, '2026-06-02', '2026-06-02'));
      expect(rotation.slots).toEqual([]);
      expect(rotation.leave).toEqual([]);

      expect(fieldsOf(await addLeave(database().deps, manager, { memberId: dana.id, startsAt: at('2026-06-02', '12:00'), endsAt: at('2026-06-02', '08:00') }))).toEqual(['endsAt']);
      expect(fieldsOf(await addLeave(database().deps, manager, { memberId: 'nobody', startsAt: at('2026-06-02', '08:00'), endsAt: at('2026-06-02', '12:00') }))).toEqual(['memberId']);
    });
  });

  describe('rotation query, proposal and publication', () => {
    it('validates the range', async () => {
      expect(fieldsOf(await readRotation(database().deps, '2026-6-1', '2026-06-05'))).toEqual(['from']);
      expect(fieldsOf(await readRotation(database().deps, '2026-06-01', '2026-06-31'))).toEqual(['to']);
      expect(fieldsOf(await readRotation(database().deps, '2026-06-05', '2026-06-01'))).toEqual(['to']);
      expect(fieldsOf(await readRotation(database().deps, '2026-06-01', '2026-08-02'))).toEqual(['to']);
      expectValid(await readRotation(database().deps, '2026-06-01', '2026-08-01'));
    });

    it('proposes unpublished changes, then publishes them', async () => {
      await agents('Ann', 'Ben', 'Cat', 'Dev');
      const cover = expectValid(await addCoverStaff(database().deps, manager, { displayName: 'Pat Public Works' }));
      expectValid(
        await updateSettings(database().deps, manager, { teamMeeting: { weekday: 3, startTime: '08:00', endTime: '09:00', everyWeeks: 2, firstDate: '2026-06-03' } }),
      );

      const proposed = expectValid(await proposeRotation(database().deps, manager, '2026-06-01', '2026-06-12'));
      expect(proposed.hasUnpublishedChanges).toBe(true);
      expect(proposed.slots.every((slot) => slot.publishedKind === null)).toBe(true);
      expect(proposed.warnings.map((warning) => warning.message)).toEqual(['Only 1 on call Wed 8:00–9:00 (2 preferred)']);
      expect(proposed.fairness.perMember.map((entry) => entry.member.displayName)).toEqual(['Ann', 'Ben', 'Cat', 'Dev', 'Pat Public Works']);
      expect(proposed.fairness.perPair).toHaveLength(6);
      for (const pair of proposed.fairness.perPair) expect(pair.sharedHours).toBeGreaterThan(0);
      expect(proposed.slots.filter((slot) => slot.member.id === cover.id).map((slot) => slot.kind)).toEqual(['on_call', 'on_call']);

      const published = expectValid(await publishRotation(database().deps, manager, '2026-06-01', '2026-06-12'));
      expect(published.hasUnpublishedChanges).toBe(false);
      expect(published.slots.every((slot) => slot.publishedKind === slot.kind)).toBe(true);

      // An edit after publishing is unpublished until the next publication.
      const ann = published.members.find((member) => member.displayName === 'Ann')!;
      const first = openCalendar(await readSettings(database().deps.db, zone), '2026-06-01', '2026-06-01')[0].halfHours[0].startsAt;
      const current = published.slots.find((slot) => slot.member.id === ann.id && slot.startsAt.getTime() === first.getTime())!;
      expectValid(await paintSlots(database().deps, manager, [{ memberId: ann.id, startsAt: first, kind: current.kind === 'on_call' ? 'off_desk' : 'on_call' }]));
      const edited = expectValid(await readRotation(database().deps, '2026-06-01', '2026-06-12'));
      expect(edited.hasUnpublishedChanges).toBe(true);
      const slot = edited.slots.find((entry) => entry.member.id === ann.id && entry.startsAt.getTime() === first.getTime())!;
      expect(slot.publishedKind).toBe(current.kind);
      expect(slot.kind).not.toBe(current.kind);

      expect(fieldsOf(await proposeRotation(database().deps, manager, '2026-06-01', 'soon'))).toEqual(['to']);
      expect(fieldsOf(await publishRotation(database().deps, manager, 'now', '2026-06-12'))).toEqual(['from']);
    });
  });
});
