import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../core/deps.js';
import { ensureCounterServices } from '../counter/registry.js';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';
import { addDays, localToday } from './dates.js';
import { saveBannerLocation } from './service.js';

const apply = `mutation($input: BannerApplicationInput!, $kiosk: Boolean) {
  applyForBanner(input: $input, kiosk: $kiosk) {
    __typename
    ... on BannerApplicationReceived { statusToken application { reference locationName status } }
    ... on BannerRefused { field message nextFreeDates { startsOn endsOn } }
    ... on InvalidInput { fields { field message } }
  }
}`;

const pending = `query($month: String!) {
  bannerApplications(statuses: [PENDING]) { id reference version status channel location { name capacity } contact { name email } }
  bannerCalendar(month: $month) { days locations { location { name } counts entries { eventName } } }
}`;

const decline = `mutation($id: ID!, $version: Int!, $note: String!) {
  declineBannerApplication(id: $id, version: $version, note: $note) {
    __typename
    ... on BannerApplication { status decisionNote decidedByName }
    ... on BannerDecisionConflict { message current { status } }
    ... on NotFound { message }
  }
}`;

const approve = `mutation($id: ID!, $version: Int!) {
  approveBannerApplication(id: $id, version: $version) { __typename ... on NotFound { message } }
}`;

const status = `query($token: String!) { bannerApplicationStatus(token: $token) { reference status decisionNote } }`;

describe.each(databaseKinds())('banner permits over GraphQL on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let manager: Actor;
  let agent: Actor;
  let locationId: string;
  let today: string;

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
    await ensureCounterServices(database.deps.db);
    manager = await createAgent(database.deps, 'Morgan Manager', 'manager');
    agent = await createAgent(database.deps, 'Alex Agent');
    const saved = await saveBannerLocation(database.deps, manager, undefined, { name: 'Main St over I-25', capacity: 1, maxDays: 7, active: true });
    if (saved.kind !== 'ok') throw new Error('not saved');
    locationId = saved.location.id;
    today = localToday(database.deps.centerTimeZone);
  });

  const input = (email: string) => ({ locationId, startsOn: addDays(today, 5), endsOn: addDays(today, 6), eventName: 'Spring fair', name: 'Rosa Martinez', email });

  it('resident applies, agent declines, resident sees it', async () => {
    const resident = new TestClient(server.url);
    const applied = await resident.gql(apply, { input: input('rosa@example.org'), kiosk: true });
    expect(applied.errors).toBeUndefined();
    expect(applied.data?.applyForBanner.__typename).toBe('BannerApplicationReceived');
    expect(applied.data?.applyForBanner.application).toEqual({ reference: expect.stringMatching(/^BP-/), locationName: 'Main St over I-25', status: 'PENDING' });
    const token = applied.data?.applyForBanner.statusToken as string;

    const refused = await resident.gql(apply, { input: input('sam@example.org') });
    expect(refused.data?.applyForBanner).toEqual({
      __typename: 'BannerRefused',
      field: 'input.startsOn',
      message: expect.stringContaining('Next free dates'),
      nextFreeDates: [
        { startsOn: addDays(today, 7), endsOn: addDays(today, 8) },
        { startsOn: addDays(today, 8), endsOn: addDays(today, 9) },
        { startsOn: addDays(today, 9), endsOn: addDays(today, 10) },
      ],
    });

    const staff = new TestClient(server.url);
    await staff.signIn(agent.email, TEST_PASSWORD);
    const listed = await staff.gql(pending, { month: addDays(today, 5).slice(0, 7) });
    expect(listed.errors).toBeUndefined();
    const [application] = listed.data?.bannerApplications;
    expect(application).toMatchObject({ status: 'PENDING', channel: 'WALK_IN', location: { name: 'Main St over I-25', capacity: 1 }, contact: { email: 'rosa@example.org' } });
    const row = listed.data?.bannerCalendar.locations[0];
    expect(row.counts[listed.data?.bannerCalendar.days.indexOf(addDays(today, 5))]).toBe(1);
    expect(row.entries).toEqual([{ eventName: 'Spring fair' }]);

    const declined = await staff.gql(decline, { id: application.id, version: application.version, note: 'Repairs that week.' });
    expect(declined.data?.declineBannerApplication).toEqual({ __typename: 'BannerApplication', status: 'DECLINED', decisionNote: 'Repairs that week.', decidedByName: 'Alex Agent' });
    const again = await staff.gql(decline, { id: application.id, version: application.version, note: 'Twice' });
    expect(again.data?.declineBannerApplication.__typename).toBe('BannerDecisionConflict');

    const seen = await resident.gql(status, { token });
    expect(seen.data?.bannerApplicationStatus).toEqual({ reference: application.reference, status: 'DECLINED', decisionNote: 'Repairs that week.' });
    expect((await resident.gql(status, { token: 'unknown-token-value' })).data?.bannerApplicationStatus).toBeNull();
  });

  it('answers an unknown application id with the NotFound member', async () => {
    const staff = new TestClient(server.url);
    await staff.signIn(agent.email, TEST_PASSWORD);
    for (const id of ['00000000-0000-0000-0000-000000000000', '999999', '-1']) {
      const declined = await staff.gql(decline, { id, version: 1, note: 'x' });
      expect(declined.errors).toBeUndefined();
      expect(declined.data?.declineBannerApplication).toEqual({ __typename: 'NotFound', message: `No banner application with id ${id}` });
      const approved = await staff.gql(approve, { id, version: 1 });
      expect(approved.errors).toBeUndefined();
      expect(approved.data?.approveBannerApplication).toEqual({ __typename: 'NotFound', message: `No banner application with id ${id}` });
    }
  });

  it('residents cannot read applications', async () => {
    const resident = new TestClient(server.url);
    const listed = await resident.gql(pending, { month: '2026-03' });
    expect(listed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
