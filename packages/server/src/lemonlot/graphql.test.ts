import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Actor } from '../core/deps.js';
import { ensureCounterServices } from '../counter/registry.js';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';
import { addDays, localToday } from '../banners/dates.js';
import { queueLemonLotReminders } from './service.js';

const apply = `mutation($input: LemonLotPermitInput!) {
  applyForLemonLot(input: $input) {
    __typename
    ... on LemonLotPermitReceived { statusToken permit { reference plate startsOn endsOn } }
    ... on LemonLotRefused { field nextFreeDates { startsOn endsOn } }
    ... on InvalidInput { fields { field message } }
  }
}`;

const settings = `mutation($input: LemonLotSettingsInput!) {
  updateLemonLotSettings(input: $input) { __typename ... on LemonLotSettings { capacity } ... on InvalidInput { fields { field } } }
}`;

const lot = `query($plate: String) {
  lemonLotPermits { id reference version status channel contact { email } }
  searchLemonLotPermits(plate: $plate) { __typename ... on LemonLotPermitList { permits { reference status contact { name } } } }
}`;

const cancel = `mutation($id: ID!, $version: Int!, $reason: String!) {
  cancelLemonLotPermit(id: $id, version: $version, reason: $reason) { __typename ... on LemonLotPermit { status } ... on LemonLotPermitConflict { message } ... on NotFound { message } }
}`;

describe.each(databaseKinds())('lemon lot over GraphQL on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let manager: Actor;
  let agent: Actor;
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
    today = localToday(database.deps.centerTimeZone);
  });

  const input = (plate: string) => ({ vehicleMake: 'Ford', vehicleModel: 'Focus', plate, startsOn: addDays(today, 1), endsOn: addDays(today, 2), name: 'Rosa Martinez', email: 'rosa@example.org' });

  it('manager sets capacity, resident applies, agent searches and cancels', async () => {
    const managerClient = new TestClient(server.url);
    await managerClient.signIn(manager.email, TEST_PASSWORD);
    expect((await managerClient.gql(settings, { input: { capacity: 1, maxDays: 10, reminderDays: 2 } })).data?.updateLemonLotSettings).toEqual({ __typename: 'LemonLotSettings', capacity: 1 });

    const agentClient = new TestClient(server.url);
    await agentClient.signIn(agent.email, TEST_PASSWORD);
    const forbidden = await agentClient.gql(settings, { input: { capacity: 5, maxDays: 10, reminderDays: 2 } });
    expect(forbidden.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const resident = new TestClient(server.url);
    const granted = await resident.gql(apply, { input: input('abc 123') });
    expect(granted.errors).toBeUndefined();
    expect(granted.data?.applyForLemonLot.permit).toMatchObject({ plate: 'ABC 123', startsOn: addDays(today, 1) });
    const refused = await resident.gql(apply, { input: input('XYZ-9') });
    expect(refused.data?.applyForLemonLot).toEqual({ __typename: 'LemonLotRefused', field: 'input.startsOn', nextFreeDates: expect.arrayContaining([{ startsOn: addDays(today, 3), endsOn: addDays(today, 4) }]) });

    const listed = await agentClient.gql(lot, { plate: 'ABC-123' });
    expect(listed.errors).toBeUndefined();
    const [permit] = listed.data?.lemonLotPermits;
    expect(permit).toMatchObject({ status: 'ACTIVE', channel: 'WEB', contact: { email: 'rosa@example.org' } });
    expect(listed.data?.searchLemonLotPermits.permits).toEqual([{ reference: permit.reference, status: 'ACTIVE', contact: { name: 'Rosa Martinez' } }]);

    const cancelled = await agentClient.gql(cancel, { id: permit.id, version: permit.version, reason: 'Sold the car' });
    expect(cancelled.data?.cancelLemonLotPermit).toEqual({ __typename: 'LemonLotPermit', status: 'CANCELLED' });
    expect((await resident.gql(lot, { plate: 'ABC123' })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('answers an unknown permit id with the NotFound member', async () => {
    const agentClient = new TestClient(server.url);
    await agentClient.signIn(agent.email, TEST_PASSWORD);
    for (const id of ['00000000-0000-0000-0000-000000000000', '999999', '-1']) {
      const cancelled = await agentClient.gql(cancel, { id, version: 1, reason: 'Sold the car' });
      expect(cancelled.errors).toBeUndefined();
      expect(cancelled.data?.cancelLemonLotPermit).toEqual({ __typename: 'NotFound', message: `No lemon lot permit with id ${id}` });
    }
  });

  it('outbox lists a queued reminder', async () => {
    const resident = new TestClient(server.url);
    const granted = await resident.gql(apply, { input: { ...input('REM 1'), startsOn: today, endsOn: addDays(today, 1) } });
    expect(granted.data?.applyForLemonLot.__typename).toBe('LemonLotPermitReceived');
    expect(await queueLemonLotReminders({ ...database.deps, mailFrom: 'county@example.org' }, new Date())).toBe(1);

    const agentClient = new TestClient(server.url);
    await agentClient.signIn(agent.email, TEST_PASSWORD);
    const outbox = await agentClient.gql(`{ outbox { kind toAddress } }`);
    expect(outbox.errors).toBeUndefined();
    expect(outbox.data?.outbox).toEqual([{ kind: 'REMINDER', toAddress: 'rosa@example.org' }]);
  });
});
