import { randomUUID } from 'node:crypto';
import { describe, expect, it, beforeEach, afterEach } from 'vitest';
import { DateTime } from 'luxon';
import { sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { rotaMembers, rotaSettings, rotaSlots } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import type { RunningServer } from '../http/server.js';
import type { GraphQLContext } from '../graphql/context.js';
import { connect } from '../presence/service.js';
import { readDuties, type DutyKind } from './duty.js';
import { dutyResolvers } from './duty-resolvers.js';

const ZONE = 'America/Denver';

/** Converts a local date-time in the center's zone to an instant. */
function local(isoLocal: string): Date {
  return DateTime.fromISO(isoLocal, { zone: ZONE }).toJSDate();
}

/** Puts a staff member on the rotation with published half hours starting at the given instants. */
async function schedule(db: Queryable, staffId: string, displayName: string, slots: [Date, DutyKind][], options: { published?: boolean } = {}) {
  const [member] = await db.insert(rotaMembers).values({ kind: 'agent', staffId, displayName }).returning();
  if (slots.length === 0) return member;
  await db.insert(rotaSlots).values(
    slots.map(([startsAt, kind]) => ({ memberId: member.id, startsAt, kind, publishedKind: options.published === false ? null : kind })),
  );
  return member;
}

/** Consecutive half hours of one kind from a local start. */
function halfHours(startLocal: string, count: number, kind: DutyKind): [Date, DutyKind][] {
  const start = DateTime.fromISO(startLocal, { zone: ZONE });
  return Array.from({ length: count }, (_, index) => [start.plus({ minutes: 30 * index }).toJSDate(), kind]);
}

describe.each(databaseKinds())('duty on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  beforeEach(async () => {
    await testDatabase().deps.db.delete(rotaSettings);
  });

  // Tuesday 10 March 2026, two days after the US change to daylight-saving time.
  const tuesday = (time: string) => local(`2026-03-10T${time}`);

  it('stretch end and next kind', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await schedule(testDatabase().deps.db, dana.id, 'Dana Ortiz', [
      ...halfHours('2026-03-10T09:00', 3, 'on_call'),
      ...halfHours('2026-03-10T10:30', 2, 'off_desk'),
    ]);

    const duty = (await readDuties(testDatabase().deps.db, ZONE, tuesday('09:40'))).get(dana.id);

    expect(duty).toEqual({ kind: 'on_call', until: tuesday('10:30'), nextKind: 'off_desk', nextStartsAt: tuesday('10:30') });
  });

  it('last stretch of the day has no next kind', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await schedule(testDatabase().deps.db, dana.id, 'Dana Ortiz', halfHours('2026-03-10T16:00', 2, 'off_desk'));

    const duty = (await readDuties(testDatabase().deps.db, ZONE, tuesday('16:59'))).get(dana.id);

    expect(duty).toEqual({ kind: 'off_desk', until: tuesday('17:00'), nextKind: null, nextStartsAt: null });
  });

  it('next stretch after a gap', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await schedule(testDatabase().deps.db, dana.id, 'Dana Ortiz', [
      ...halfHours('2026-03-10T09:00', 2, 'on_call'),
      ...halfHours('2026-03-10T11:00', 2, 'on_call'),
    ]);

    const duty = (await readDuties(testDatabase().deps.db, ZONE, tuesday('09:00'))).get(dana.id);

    expect(duty).toEqual({ kind: 'on_call', until: tuesday('10:00'), nextKind: 'on_call', nextStartsAt: tuesday('11:00') });
  });

  it('unpublished edits do not count', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    const sam = await createAgent(testDatabase().deps, 'Sam Whitehorse');
    await schedule(testDatabase().deps.db, dana.id, 'Dana Ortiz', halfHours('2026-03-10T09:00', 2, 'on_call'), { published: false });
    const samMember = await schedule(testDatabase().deps.db, sam.id, 'Sam Whitehorse', halfHours('2026-03-10T09:00', 2, 'off_desk'));
    // Sam's plan is now on call, but the published kind is still off desk.
    await testDatabase().deps.db.update(rotaSlots).set({ kind: 'on_call' }).where(sql`${rotaSlots.memberId} = ${samMember.id}`);

    const duties = await readDuties(testDatabase().deps.db, ZONE, tuesday('09:15'));

    expect(duties.has(dana.id)).toBe(false);
    expect(duties.get(sam.id)?.kind).toBe('off_desk');
  });

  it('nothing outside open hours', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    // A stray published slot before opening, on a Saturday and on a holiday: none of them count.
    await schedule(testDatabase().deps.db, dana.id, 'Dana Ortiz', [
      ...halfHours('2026-03-10T07:30', 1, 'on_call'),
      ...halfHours('2026-03-14T09:00', 1, 'on_call'),
      ...halfHours('2026-03-11T09:00', 1, 'on_call'),
    ]);
    await testDatabase().deps.db.insert(rotaSettings).values({ id: 1, holidays: ['2026-03-11'] });

    const db = testDatabase().deps.db;
    expect((await readDuties(db, ZONE, tuesday('07:45'))).size).toBe(0);
    expect((await readDuties(db, ZONE, local('2026-03-14T09:10'))).size).toBe(0);
    expect((await readDuties(db, ZONE, local('2026-03-11T09:10'))).size).toBe(0);
    expect((await readDuties(db, ZONE, tuesday('17:00'))).size).toBe(0);
  });

  it('settings row decides open hours', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await schedule(testDatabase().deps.db, dana.id, 'Dana Ortiz', halfHours('2026-03-14T07:00', 2, 'on_call'));
    await testDatabase().deps.db.insert(rotaSettings).values({ id: 1, openingTime: '07:00', closingTime: '12:00', openDays: [6] });

    const duty = (await readDuties(testDatabase().deps.db, ZONE, local('2026-03-14T07:05'))).get(dana.id);

    expect(duty).toEqual({ kind: 'on_call', until: local('2026-03-14T08:00'), nextKind: null, nextStartsAt: null });
  });

  it('opening time holds on the daylight-saving day', async () => {
    // Sunday 8 March 2026: clocks go from 2:00 to 3:00, so 8:00 local is 14:00 UTC, not 15:00.
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await schedule(testDatabase().deps.db, dana.id, 'Dana Ortiz', halfHours('2026-03-08T08:00', 1, 'on_call'));
    await testDatabase().deps.db.insert(rotaSettings).values({ id: 1, openDays: [7] });

    const db = testDatabase().deps.db;
    expect((await readDuties(db, ZONE, new Date('2026-03-08T14:10:00Z'))).get(dana.id)?.kind).toBe('on_call');
    expect((await readDuties(db, ZONE, new Date('2026-03-08T13:50:00Z'))).size).toBe(0);
  });

  it('duty resolver reads once for the team', async () => {
    const staff = await Promise.all(['Ana', 'Ben', 'Cleo'].map((name) => createAgent(testDatabase().deps, name)));
    const now = DateTime.now().setZone(ZONE);
    await testDatabase().deps.db.insert(rotaSettings).values({ id: 1, openingTime: '00:00', closingTime: '24:00', openDays: [1, 2, 3, 4, 5, 6, 7] });
    await schedule(testDatabase().deps.db, staff[0].id, 'Ana', [[halfHourOf(now), 'on_call']]);

    let selects = 0;
    const db = new Proxy(testDatabase().deps.db, {
      get(target, property, receiver) {
        if (property === 'select') selects += 1;
        return Reflect.get(target, property, receiver);
      },
    });
    const context = { deps: { ...testDatabase().deps, db }, dispatcher: testDatabase().dispatcher, auth: undefined } as GraphQLContext;
    const resolveDuty = (dutyResolvers.Staff as { duty: (...args: unknown[]) => Promise<unknown> }).duty;

    const duties = await Promise.all(staff.map((member) => resolveDuty(member, {}, context, undefined)));

    expect(duties.map((duty) => (duty as { kind: string } | null)?.kind ?? null)).toEqual(['on_call', null, null]);
    expect(selects).toBe(2);
  });
});

/** Returns the start of the local half hour containing `moment`. */
function halfHourOf(moment: DateTime): Date {
  return moment.set({ minute: moment.minute < 30 ? 0 : 30, second: 0, millisecond: 0 }).toJSDate();
}

describe.each(databaseKinds())('Staff.duty over GraphQL on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  let server: RunningServer;

  beforeEach(async () => {
    await testDatabase().deps.db.delete(rotaSettings);
    // Open around the clock, so the test does not depend on when it runs.
    await testDatabase().deps.db.insert(rotaSettings).values({ id: 1, openingTime: '00:00', closingTime: '24:00', openDays: [1, 2, 3, 4, 5, 6, 7] });
    server = await startTestServer(testDatabase());
  });

  afterEach(async () => {
    await server.close();
  });

  it('team and presence events carry duty', async () => {
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    const sam = await createAgent(testDatabase().deps, 'Sam Whitehorse');
    const now = DateTime.now().setZone(ZONE);
    const start = halfHourOf(now);
    const halfHour = 30 * 60_000;
    await schedule(testDatabase().deps.db, dana.id, 'Dana Ortiz', [
      [start, 'on_call'],
      [new Date(start.getTime() + halfHour), 'on_call'],
      [new Date(start.getTime() + 2 * halfHour), 'meeting'],
    ]);
    const client = new TestClient(server.url);
    await client.signIn(dana.email, TEST_PASSWORD);

    const team = await client.gql(`{ team { staff { displayName duty { kind until nextKind nextStartsAt } } } }`);

    expect(team.errors).toBeUndefined();
    const byName = Object.fromEntries(team.data!.team.map((presence: { staff: { displayName: string; duty: unknown } }) => [presence.staff.displayName, presence.staff.duty]));
    // The stretch may end at midnight when the test runs late in the evening.
    const midnight = now.plus({ days: 1 }).startOf('day').toJSDate().getTime();
    const stretchEnd = Math.min(start.getTime() + 2 * halfHour, midnight);
    expect(byName['Dana Ortiz']).toEqual({
      kind: 'ON_CALL',
      until: new Date(stretchEnd).toISOString(),
      nextKind: stretchEnd < midnight ? 'MEETING' : null,
      nextStartsAt: stretchEnd < midnight ? new Date(stretchEnd).toISOString() : null,
    });
    expect(byName['Sam Whitehorse']).toBeNull();

    const socket = client.socket();
    const events = collect<{ presenceEvents: { presence: { status: string; staff: { displayName: string; duty: { kind: string } | null } } } }>(
      socket,
      // From the start of the log (emptied before each test), so no event is missed while the socket connects.
      `subscription { presenceEvents(after: "0") { presence { status staff { displayName duty { kind } } } } }`,
    );
    await connect(testDatabase().deps, randomUUID(), sam.id);
    await client.gql(`mutation { setPresenceStatus(status: AWAY) { status } }`);
    const seen = () =>
      events.items.map((item) => {
        const presence = item.presenceEvents.presence;
        return [presence.staff.displayName, presence.status, presence.staff.duty?.kind ?? null];
      });
    await expect.poll(seen, { timeout: 5000 }).toContainEqual(['Dana Ortiz', 'AWAY', 'ON_CALL']);

    expect(seen()).toContainEqual(['Sam Whitehorse', 'AVAILABLE', null]);
    expect(events.errors).toEqual([]);
    events.unsubscribe();
    await socket.dispose();
  });
});
