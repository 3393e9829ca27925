import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

const addLots = `mutation($input: AddCemeteryLotsInput!) {
  addCemeteryLots(input: $input) {
    __typename
    ... on CemeteryLotsAdded { lots { id number status } skippedNumbers }
    ... on InvalidInput { fields { field message } }
  }
}`;

const sell = `mutation($input: SellCemeteryLotInput!) {
  sellCemeteryLot(input: $input) {
    __typename
    ... on CemeteryLotSold { inquiryReference lot { status purchaser { name } } }
    ... on CemeteryLotUnavailable { message status }
  }
}`;

const schedule = `mutation($input: ScheduleIntermentInput!) {
  scheduleInterment(input: $input) {
    __typename
    ... on Interment { id reference status lotLabel version }
    ... on IntermentSlotTaken { message nextFreeSlots { startsAt localTime } }
    ... on IntermentRefused { field message }
    ... on InvalidInput { fields { field message } }
  }
}`;

const slots = `query { intermentSlots(count: 3) { startsAt date localTime } }`;

const history = `query($id: ID!) { cemeteryLotHistory(id: $id) { lot { status intermentCount } interments { status deceasedName } audit { action actorName after } } }`;

describe.each(databaseKinds())('cemetery GraphQL on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server.close();
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
  });

  async function signedIn(name: string, role: 'agent' | 'manager') {
    const staff = await createAgent(database.deps, name, role);
    const client = new TestClient(server.url);
    await client.signIn(staff.email, TEST_PASSWORD);
    return client;
  }

  it('sells and schedules over GraphQL', async () => {
    const manager = await signedIn('Mona Manager', 'manager');
    const agent = await signedIn('Alex Agent', 'agent');

    const refused = await agent.gql(addLots, { input: { section: 'A', row: '1', fromNumber: 1, toNumber: 3, priceCents: 120000 } });
    expect(refused.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const added = await manager.gql(addLots, { input: { section: 'A', row: '1', fromNumber: 1, toNumber: 3, priceCents: 120000 } });
    expect(added.data!.addCemeteryLots.lots.map((lot: { status: string }) => lot.status)).toEqual(['AVAILABLE', 'AVAILABLE', 'AVAILABLE']);
    const [first, second] = added.data!.addCemeteryLots.lots;

    const sold = await agent.gql(sell, { input: { lotId: first.id, channel: 'WALK_IN', purchaser: { name: 'Rosa Martinez' } } });
    expect(sold.data!.sellCemeteryLot).toMatchObject({ __typename: 'CemeteryLotSold', lot: { status: 'SOLD', purchaser: { name: 'Rosa Martinez' } } });
    const again = await agent.gql(sell, { input: { lotId: first.id, channel: 'PHONE', purchaser: { name: 'Other Buyer' } } });
    expect(again.data!.sellCemeteryLot).toMatchObject({ __typename: 'CemeteryLotUnavailable', status: 'SOLD' });
    const email = await agent.gql(sell, { input: { lotId: second.id, channel: 'EMAIL', purchaser: { name: 'Other Buyer' } } });
    expect(email.data!.sellCemeteryLot.__typename).toBe('InvalidInput');

    const [slot] = (await agent.gql(slots)).data!.intermentSlots;
    const input = { lotId: first.id, slotStartsAt: slot.startsAt, deceasedName: 'John Doe', channel: 'PHONE', arranger: { name: 'Jane Doe' } };
    const booked = await agent.gql(schedule, { input });
    expect(booked.data!.scheduleInterment).toMatchObject({ __typename: 'Interment', status: 'SCHEDULED', lotLabel: 'section A, row 1, lot 1' });

    await agent.gql(sell, { input: { lotId: second.id, channel: 'WALK_IN', purchaser: { name: 'Other Buyer' } } });
    const taken = await agent.gql(schedule, { input: { ...input, lotId: second.id } });
    expect(taken.data!.scheduleInterment.__typename).toBe('IntermentSlotTaken');
    expect(taken.data!.scheduleInterment.nextFreeSlots.length).toBeGreaterThan(0);

    const trail = await agent.gql(history, { id: first.id });
    expect(trail.data!.cemeteryLotHistory.audit.map((entry: { action: string }) => entry.action)).toEqual(['created', 'sold', 'scheduled']);
    expect(trail.data!.cemeteryLotHistory.lot.intermentCount).toBe(1);
  });

  it('refuses malformed ids and dates as bad input', async () => {
    const agent = await signedIn('Alex Agent', 'agent');
    const checks: [string, Record<string, unknown>, string][] = [
      [history, { id: 'abc' }, 'id must be the id of a cemetery lot'],
      [`mutation($id: ID!) { completeInterment(id: $id, version: 1) { __typename } }`, { id: '1e3' }, 'id must be the number of an interment'],
      [`mutation($id: ID!) { cancelInterment(id: $id, version: 1, reason: "Moved") { __typename } }`, { id: '0x10' }, 'id must be the number of an interment'],
      [`query($w: String!) { intermentSchedule(weekStart: $w) { date } }`, { w: '2026-02-30' }, 'weekStart must be a date'],
    ];
    for (const [query, variables, message] of checks) {
      const result = await agent.gql(query, variables);
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('hides lots from residents', async () => {
    const resident = new TestClient(server.url);
    const listed = await resident.gql(`query { cemeteryLots { id purchaser { name } } }`);
    expect(listed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
