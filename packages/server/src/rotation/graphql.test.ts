import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import { localInstant } from './open-hours.js';

const rotationQuery = `query($from: String!, $to: String!) {
  rotationSettings { timeZone openingTime closingTime minOnCall preferredOnCall }
  rotaMembers { id kind displayName staff { id } }
  rotation(from: $from, to: $to) {
    from to days { date halfHours { startsAt localTime } }
    members { id displayName }
    slots { member { id } startsAt kind publishedKind }
    warnings { rule level startsAt endsAt message member { id } }
    hasUnpublishedChanges
    fairness { perMember { member { id } onCallHours availableHours } perPair { a { id } b { id } sharedHours } }
  }
}`;

const paintMutation = `mutation($slots: [SlotPaint!]!) {
  paintSlots(slots: $slots) {
    __typename
    ... on RotaChange { slots { member { id displayName } startsAt kind publishedKind } warnings { rule message } }
    ... on InvalidInput { message fields { field message } }
  }
}`;

const eventsSubscription = `subscription($after: ID) {
  rotationEvents(after: $after) { id dates slots { member { id } startsAt kind } by { id displayName } }
}`;

type RotationEventItem = { rotationEvents: { id: string; dates: string[]; slots: { member: { id: string }; startsAt: string; kind: string | null }[]; by: { id: string } | null } };

const at = (date: string, time: string) => localInstant(date, time, 'America/Denver').toISOString();

describe.each(databaseKinds())('rotation GraphQL on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await database.reset();
    await database.deps.db.execute(sql`delete from rota_settings`);
  });

  async function signedIn(name: string, role: 'agent' | 'manager' = 'agent') {
    const staff = await createAgent(server.deps, name, role);
    const client = new TestClient(server.url);
    await client.signIn(staff.email, TEST_PASSWORD);
    return { staff, client };
  }

  async function memberIdOf(client: TestClient, displayName: string): Promise<string> {
    const result = await client.gql(rotationQuery, { from: '2026-06-01', to: '2026-06-05' });
    return result.data!.rotaMembers.find((member: { displayName: string }) => member.displayName === displayName).id;
  }

  it('lets an agent read the rotation but not paint it', async () => {
    const { client: agent, staff } = await signedIn('Dana Ortiz');
    const read = await agent.gql(rotationQuery, { from: '2026-06-01', to: '2026-06-05' });
    expect(read.errors).toBeUndefined();
    expect(read.data!.rotationSettings).toEqual({ timeZone: 'America/Denver', openingTime: '08:00', closingTime: '17:00', minOnCall: 1, preferredOnCall: 2 });
    expect(read.data!.rotaMembers).toEqual([{ id: expect.any(String), kind: 'AGENT', displayName: 'Dana Ortiz', staff: { id: staff.id } }]);
    expect(read.data!.rotation.days).toHaveLength(5);
    expect(read.data!.rotation.days[0].halfHours[0]).toEqual({ startsAt: '2026-06-01T14:00:00.000Z', localTime: '08:00' });
    expect(read.data!.rotation.warnings[0]).toMatchObject({ rule: 'UNDERSTAFFED', level: 'ERROR', message: 'No one on call Mon 8:00–17:00 (at least 1 needed)' });

    const memberId = read.data!.rotaMembers[0].id;
    const paint = await agent.gql(paintMutation, { slots: [{ memberId, startsAt: at('2026-06-01', '08:00'), kind: 'ON_CALL' }] });
    expect(paint.data).toBeNull();
    expect(paint.errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it('sends a manager’s paint to a subscribed second client', async () => {
    const { client: manager, staff: managerStaff } = await signedIn('Margaret Manager', 'manager');
    const { client: viewer } = await signedIn('Dana Ortiz');
    const danaId = await memberIdOf(manager, 'Dana Ortiz');

    const listenersBefore = server.dispatcher.listenerCount;
    const socket = viewer.socket();
    const events = collect<RotationEventItem>(socket, eventsSubscription);
    // Without `after`, the stream starts at the newest event when the server registers it, so paint only after that.
    await expect.poll(() => server.dispatcher.listenerCount).toBeGreaterThan(listenersBefore);

    const paint = await manager.gql(paintMutation, {
      slots: [
        { memberId: danaId, startsAt: at('2026-06-02', '09:00'), kind: 'ON_CALL' },
        { memberId: danaId, startsAt: at('2026-06-02', '09:30'), kind: 'ON_CALL' },
      ],
    });
    expect(paint.data!.paintSlots.__typename).toBe('RotaChange');
    expect(paint.data!.paintSlots.slots.map((slot: { kind: string }) => slot.kind)).toEqual(['ON_CALL', 'ON_CALL']);
    expect(paint.data!.paintSlots.warnings.map((warning: { message: string }) => warning.message)).toContain('Only 1 on call Tue 9:00–10:00 (2 preferred)');

    await events.until(1);
    const [event] = events.items;
    expect(event.rotationEvents.dates).toEqual(['2026-06-02']);
    expect(event.rotationEvents.by).toEqual({ id: managerStaff.id, displayName: 'Margaret Manager' });
    expect(event.rotationEvents.slots).toEqual([
      { member: { id: danaId }, startsAt: at('2026-06-02', '09:00'), kind: 'ON_CALL' },
      { member: { id: danaId }, startsAt: at('2026-06-02', '09:30'), kind: 'ON_CALL' },
    ]);

    // Clearing a slot reaches the viewer as a slot without a kind.
    await manager.gql(paintMutation, { slots: [{ memberId: danaId, startsAt: at('2026-06-02', '09:00'), kind: null }] });
    await events.until(2);
    expect(events.items[1].rotationEvents.slots).toEqual([{ member: { id: danaId }, startsAt: at('2026-06-02', '09:00'), kind: null }]);
    expect(events.errors).toEqual([]);
    events.unsubscribe();
    await socket.dispose();
  });

  it('resumes after an event id with each later event once and in order', async () => {
    const { client: manager } = await signedIn('Margaret Manager', 'manager');
    await createAgent(server.deps, 'Dana Ortiz');
    const danaId = await memberIdOf(manager, 'Dana Ortiz');
    const times = ['08:00', '08:30', '09:00', '09:30'];
    for (const time of times) await manager.gql(paintMutation, { slots: [{ memberId: danaId, startsAt: at('2026-06-03', time), kind: 'OFF_DESK' }] });

    const socket = manager.socket();
    const first = collect<RotationEventItem>(socket, eventsSubscription, { after: '0' });
    await first.until(4);
    const ids = first.items.map((item) => Number(item.rotationEvents.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    first.unsubscribe();

    const resumed = collect<RotationEventItem>(socket, eventsSubscription, { after: String(ids[1]) });
    await resumed.until(2);
    await manager.gql(paintMutation, { slots: [{ memberId: danaId, startsAt: at('2026-06-03', '10:00'), kind: 'OFF_DESK' }] });
    await resumed.until(3);
    const resumedIds = resumed.items.map((item) => Number(item.rotationEvents.id));
    expect(resumedIds.slice(0, 2)).toEqual(ids.slice(2));
    expect(resumedIds[2]).toBeGreaterThan(ids[3]);
    expect(resumed.items[2].rotationEvents.slots[0].startsAt).toBe(at('2026-06-03', '10:00'));
    resumed.unsubscribe();
    await socket.dispose();
  });

  it('returns InvalidInput naming the field', async () => {
    const { client: manager } = await signedIn('Margaret Manager', 'manager');
    await createAgent(server.deps, 'Dana Ortiz');
    const danaId = await memberIdOf(manager, 'Dana Ortiz');

    const paint = await manager.gql(paintMutation, {
      slots: [
        { memberId: danaId, startsAt: at('2026-06-02', '09:00'), kind: 'ON_CALL' },
        { memberId: danaId, startsAt: at('2026-06-06', '09:00'), kind: 'ON_CALL' },
      ],
    });
    expect(paint.data!.paintSlots.__typename).toBe('InvalidInput');
    expect(paint.data!.paintSlots.fields).toEqual([{ field: 'slots[1].startsAt', message: expect.stringContaining('must be the start of an open half hour') }]);

    const settings = await manager.gql(
      `mutation($input: RotationSettingsInput!) { updateRotationSettings(input: $input) { __typename ... on InvalidInput { fields { field message } } } }`,
      { input: { minOnCall: 0, maxOnCallMinutes: 100 } },
    );
    expect(settings.data!.updateRotationSettings.fields.map((entry: { field: string }) => entry.field)).toEqual(['input.minOnCall', 'input.maxOnCallMinutes']);

    const propose = await manager.gql(
      `mutation { proposeRotation(from: "2026-06-01", to: "2026-09-01") { __typename ... on InvalidInput { fields { field message } } } }`,
    );
    expect(propose.data!.proposeRotation.fields).toEqual([{ field: 'to', message: expect.stringContaining('at most 62 days') }]);

    const rotation = await manager.gql(rotationQuery, { from: '2026-13-01', to: '2026-06-05' });
    expect(rotation.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(rotation.errors?.[0].message).toContain('from must be a date YYYY-MM-DD');
  });
});
