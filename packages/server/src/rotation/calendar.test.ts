import { afterEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { DateTime } from 'luxon';
import type { Queryable } from '../db/client.js';
import { calendarTokens, rotaMembers, rotaSlots, staffUsers } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';
import type { RunningServer } from '../http/server.js';
import type { DutyKind } from './duty.js';
import { buildFeed, mergeSlots } from './calendar.js';
import { updateSettings } from './settings.js';

const ZONE = 'America/Denver';

type ParsedEvent = { uid: string; summary: string; start: string; end: string; startZone: string };

/** Parses iCalendar text with ical.js, resolving each TZID through the feed's own VTIMEZONE. */
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar
    .getAllSubcomponents('vevent')
    .map((component) => new ICAL.Event(component))
    .map((event) => ({
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      startZone: event.startDate.zone?.tzid ?? '',
    }))
    .sort((a, b) => a.start.localeCompare(b.start) || a.summary.localeCompare(b.summary));
}

/** Consecutive published half hours of one kind from a local start in the center's zone. */
function halfHours(startLocal: string, count: number, kind: DutyKind, published = true) {
  const start = DateTime.fromISO(startLocal, { zone: ZONE });
  return Array.from({ length: count }, (_, index) => ({
    startsAt: start.plus({ minutes: 30 * index }).toJSDate(),
    kind,
    publishedKind: published ? kind : null,
  }));
}

async function addMember(db: Queryable, name: string, staffId: string | null, slots: ReturnType<typeof halfHours>) {
  const [member] = await db.insert(rotaMembers).values({ kind: staffId ? 'agent' : 'cover', staffId, displayName: name }).returning();
  if (slots.length > 0) await db.insert(rotaSlots).values(slots.map((slot) => ({ ...slot, memberId: member.id })));
  return member;
}

describe('mergeSlots', () => {
  it('joins only touching half hours of one kind', () => {
    const at = (time: string) => new Date(`2026-03-10T${time}:00Z`);
    const slot = (memberId: string, time: string, kind: DutyKind) => ({ memberId, displayName: memberId, startsAt: at(time), kind });

    const stretches = mergeSlots([
      slot('a', '15:00', 'on_call'),
      slot('a', '15:30', 'on_call'),
      slot('a', '16:30', 'on_call'),
      slot('a', '17:00', 'meeting'),
      slot('b', '17:30', 'meeting'),
    ]);

    expect(stretches.map((stretch) => [stretch.memberId, stretch.kind, stretch.start.toISOString(), stretch.end.toISOString()])).toEqual([
      ['a', 'on_call', '2026-03-10T15:00:00.000Z', '2026-03-10T16:00:00.000Z'],
      ['a', 'on_call', '2026-03-10T16:30:00.000Z', '2026-03-10T17:00:00.000Z'],
      ['a', 'meeting', '2026-03-10T17:00:00.000Z', '2026-03-10T17:30:00.000Z'],
      ['b', 'meeting', '2026-03-10T17:30:00.000Z', '2026-03-10T18:00:00.000Z'],
    ]);
  });
});

describe.each(databaseKinds())('calendar feeds on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  it('personal feed across the March change', async () => {
    const db = testDatabase().deps.db;
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await addMember(db, 'Dana Ortiz', dana.id, [
      // Friday 6 March, Mountain Standard Time (UTC-7).
      ...halfHours('2026-03-06T08:00', 2, 'on_call'),
      // Monday 9 March, the day after the change, Mountain Daylight Time (UTC-6).
      ...halfHours('2026-03-09T08:00', 4, 'on_call'),
      ...halfHours('2026-03-09T10:00', 1, 'off_desk'),
      ...halfHours('2026-03-09T10:30', 2, 'on_call', false),
    ]);

    const text = await buildFeed(db, { kind: 'me', owner: { staffId: dana.id, displayName: 'Dana Ortiz' }, zone: ZONE, now: new Date('2026-03-07T12:00:00Z') });
    const parsed = parseFeed(text);

    expect(parsed.map(({ summary, start, end }) => [summary, start, end])).toEqual([
      ['On call', '2026-03-06T15:00:00.000Z', '2026-03-06T16:00:00.000Z'],
      ['On call', '2026-03-09T14:00:00.000Z', '2026-03-09T16:00:00.000Z'],
      ['Off desk', '2026-03-09T16:00:00.000Z', '2026-03-09T16:30:00.000Z'],
    ]);
    expect(parsed.every((event) => event.startZone === ZONE)).toBe(true);
    expect(text).toContain('DTSTART;TZID=America/Denver:20260309T080000');
    expect(text).toMatch(/DTSTAMP:\d{8}T\d{6}Z/);
  });

  it('team feed across the November change', async () => {
    const db = testDatabase().deps.db;
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await addMember(db, 'Dana Ortiz', dana.id, [
      // Friday 30 October, Mountain Daylight Time (UTC-6).
      ...halfHours('2026-10-30T16:00', 2, 'leave'),
      // Monday 2 November, the day after the change, Mountain Standard Time (UTC-7).
      ...halfHours('2026-11-02T08:00', 2, 'meeting'),
    ]);
    await addMember(db, 'Pat Public Works', null, halfHours('2026-11-02T08:00', 2, 'on_call'));

    const owner = { staffId: dana.id, displayName: 'Dana Ortiz' };
    const now = new Date('2026-10-20T12:00:00Z');
    const first = parseFeed(await buildFeed(db, { kind: 'team', owner, zone: ZONE, now }));
    const second = parseFeed(await buildFeed(db, { kind: 'team', owner, zone: ZONE, now }));

    expect(first.map(({ summary, start, end }) => [summary, start, end])).toEqual([
      ['Dana Ortiz: Leave', '2026-10-30T22:00:00.000Z', '2026-10-30T23:00:00.000Z'],
      ['Dana Ortiz: Team meeting', '2026-11-02T15:00:00.000Z', '2026-11-02T16:00:00.000Z'],
      ['Pat Public Works: On call', '2026-11-02T15:00:00.000Z', '2026-11-02T16:00:00.000Z'],
    ]);
    // The same plan gives the same UIDs, so calendar apps update their copy instead of adding one.
    expect(second.map((event) => event.uid)).toEqual(first.map((event) => event.uid));
    expect(new Set(first.map((event) => event.uid)).size).toBe(3);
  });

  it('feed leaves out half hours closed after publishing', async () => {
    const deps = testDatabase().deps;
    const dana = await createAgent(deps, 'Dana Ortiz');
    await addMember(deps.db, 'Dana Ortiz', dana.id, [
      // Monday to Thursday, 8 to 11 June 2026, 16:00–17:00 each day.
      ...halfHours('2026-06-08T16:00', 2, 'on_call'),
      ...halfHours('2026-06-09T16:00', 2, 'on_call'),
      ...halfHours('2026-06-10T16:00', 2, 'on_call'),
      ...halfHours('2026-06-11T16:00', 2, 'on_call'),
    ]);
    const owner = { staffId: dana.id, displayName: 'Dana Ortiz' };
    const now = new Date('2026-06-01T18:00:00Z');
    expect(parseFeed(await buildFeed(deps.db, { kind: 'me', owner, zone: ZONE, now }))).toHaveLength(4);

    // Tuesday becomes a holiday, Wednesday a closed weekday, and every day closes at 16:30.
    const updated = await updateSettings(deps, null, { holidays: ['2026-06-09'], openDays: [1, 2, 4, 5], closingTime: '16:30' });
    expect(updated).not.toMatchObject({ kind: 'invalid_input' });

    const personal = parseFeed(await buildFeed(deps.db, { kind: 'me', owner, zone: ZONE, now }));
    expect(personal.map(({ summary, start, end }) => [summary, start, end])).toEqual([
      ['On call', '2026-06-08T22:00:00.000Z', '2026-06-08T22:30:00.000Z'],
      ['On call', '2026-06-11T22:00:00.000Z', '2026-06-11T22:30:00.000Z'],
    ]);
    const team = parseFeed(await buildFeed(deps.db, { kind: 'team', owner, zone: ZONE, now }));
    expect(team.map((event) => event.start)).toEqual(['2026-06-08T22:00:00.000Z', '2026-06-11T22:00:00.000Z']);
  });

  it('feed covers four weeks back to twelve ahead', async () => {
    const db = testDatabase().deps.db;
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    await addMember(db, 'Dana Ortiz', dana.id, [
      ...halfHours('2026-04-01T09:00', 1, 'on_call'),
      ...halfHours('2026-04-03T09:00', 1, 'on_call'),
      ...halfHours('2026-07-22T09:00', 1, 'on_call'),
      ...halfHours('2026-07-24T09:00', 1, 'on_call'),
    ]);

    const text = await buildFeed(db, { kind: 'me', owner: { staffId: dana.id, displayName: 'Dana Ortiz' }, zone: ZONE, now: new Date('2026-04-30T18:00:00Z') });

    expect(parseFeed(text).map((event) => event.start.slice(0, 10))).toEqual(['2026-04-03', '2026-07-22']);
  });
});

describe.each(databaseKinds())('calendar feed addresses on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  let server: RunningServer | undefined;

  afterEach(async () => {
    await server?.close();
    server = undefined;
  });

  async function signedIn(env: Record<string, string> = {}) {
    server = await startTestServer(testDatabase(), env);
    const dana = await createAgent(testDatabase().deps, 'Dana Ortiz');
    // Next Monday at 9:00 is open whenever the test runs; the feeds leave out closed half hours.
    const nextMonday = DateTime.now().setZone(ZONE).startOf('week').plus({ weeks: 1, hours: 9 });
    await addMember(testDatabase().deps.db, 'Dana Ortiz', dana.id, halfHours(nextMonday.toISO()!, 2, 'on_call'));
    const client = new TestClient(server.url);
    await client.signIn(dana.email, TEST_PASSWORD);
    return { client, dana };
  }

  it('feed served, reset, old address gone', async () => {
    const { client, dana } = await signedIn();

    const feeds = await client.gql(`{ myCalendarFeeds { personalUrl teamUrl } }`);
    const again = await client.gql(`{ myCalendarFeeds { personalUrl teamUrl } }`);

    const { personalUrl, teamUrl } = feeds.data!.myCalendarFeeds as { personalUrl: string; teamUrl: string };
    expect(personalUrl).toMatch(new RegExp(`^${server!.url}/calendar/[A-Za-z0-9_-]{32}/me\\.ics$`));
    expect(teamUrl).toBe(personalUrl.replace(/me\.ics$/, 'team.ics'));
    expect(again.data!.myCalendarFeeds.personalUrl).toBe(personalUrl);

    const personal = await fetch(personalUrl);
    expect(personal.status).toBe(200);
    expect(personal.headers.get('content-type')).toContain('text/calendar');
    expect(parseFeed(await personal.text()).map((event) => event.summary)).toEqual(['On call']);
    expect((await fetch(teamUrl)).status).toBe(200);

    const reset = await client.gql(`mutation { resetCalendarToken { personalUrl teamUrl } }`);
    const newUrl = reset.data!.resetCalendarToken.personalUrl as string;

    expect(newUrl).not.toBe(personalUrl);
    expect((await fetch(personalUrl)).status).toBe(404);
    expect((await fetch(teamUrl)).status).toBe(404);
    expect((await fetch(newUrl)).status).toBe(200);
    const [stored] = await testDatabase().deps.db.select().from(calendarTokens).where(eq(calendarTokens.staffId, dana.id));
    expect(newUrl).toContain(stored.token);
  });

  it('unknown token and feed answer 404', async () => {
    await signedIn();

    expect((await fetch(`${server!.url}/calendar/${'A'.repeat(32)}/me.ics`)).status).toBe(404);
    expect((await fetch(`${server!.url}/calendar/short/me.ics`)).status).toBe(404);
    const feeds = await new TestClient(server!.url).gql(`{ myCalendarFeeds { personalUrl } }`);
    expect(feeds.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('deactivated account answers 404', async () => {
    const { client, dana } = await signedIn();
    const feeds = await client.gql(`{ myCalendarFeeds { personalUrl } }`);
    const personalUrl = feeds.data!.myCalendarFeeds.personalUrl as string;
    expect((await fetch(personalUrl)).status).toBe(200);

    await testDatabase().deps.db.update(staffUsers).set({ active: false }).where(eq(staffUsers.id, dana.id));

    expect((await fetch(personalUrl)).status).toBe(404);
  });

  it('wrong feed name answers 404', async () => {
    const { client } = await signedIn();
    const feeds = await client.gql(`{ myCalendarFeeds { personalUrl } }`);

    const response = await fetch(feeds.data!.myCalendarFeeds.personalUrl.replace(/me\.ics$/, 'all.ics'));

    expect(response.status).toBe(404);
  });

  it('PUBLIC_URL sets the address origin', async () => {
    const { client } = await signedIn({ PUBLIC_URL: 'https://desk.county.example/' });

    const feeds = await client.gql(`{ myCalendarFeeds { personalUrl teamUrl } }`);

    expect(feeds.data!.myCalendarFeeds.personalUrl).toMatch(/^https:\/\/desk\.county\.example\/calendar\/[A-Za-z0-9_-]{32}\/me\.ics$/);
  });
});
