import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { DateTime } from 'luxon';
import { rotaMembers, rotaSlots } from '../db/schema.js';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

const freeSlots = `query { notaryFreeSlots { date slots { startsAt localTime } } }`;

const book = `mutation($input: BookNotaryAppointmentInput!) {
  bookNotaryAppointment(input: $input) {
    __typename
    ... on NotaryBooking { reference manageToken confirmationQueued documentKind }
    ... on NotarySlotTaken { message nextFreeSlots { startsAt } }
    ... on InvalidInput { fields { field message } }
  }
}`;

const byToken = `query($token: String!) { notaryAppointmentByToken(token: $token) { reference status cancellable } }`;
const cancel = `mutation($token: String!) { cancelNotaryAppointmentByToken(token: $token) { status cancellable } }`;
const day = `query($date: String!) { notaryAppointments(date: $date) { id reference notaryName status conflict version contact { name } } }`;
const commission = `mutation($input: NotaryCommissionInput!) {
  setNotaryCommission(input: $input) { __typename ... on Notary { staffId displayName active } ... on InvalidInput { fields { field } } }
}`;
const mark = `mutation($id: ID!, $version: Int!) {
  markNotaryAppointment(id: $id, version: $version, outcome: COMPLETED) { __typename ... on NotaryAppointment { status } }
}`;

describe.each(databaseKinds())('notary GraphQL on %s', (kind) => {
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
    return { staff, client };
  }

  it('resident books and cancels; staff sees it', async () => {
    const { client: manager } = await signedIn('Mona Manager', 'manager');
    const { staff: notary, client: agent } = await signedIn('Nora Notary', 'agent');
    const saved = await manager.gql(commission, { input: { staffId: notary.id, commissionNumber: 'NM-1', active: true } });
    expect(saved.data!.setNotaryCommission).toMatchObject({ __typename: 'Notary', displayName: 'Nora Notary', active: true });
    const denied = await agent.gql(commission, { input: { staffId: notary.id, active: false } });
    expect(denied.errors?.[0].extensions?.code).toBe('FORBIDDEN');

    const [member] = await database.deps.db.insert(rotaMembers).values({ kind: 'agent', staffId: notary.id, displayName: 'Nora Notary' }).returning();
    const startsAt = DateTime.now().setZone('America/Denver').plus({ days: 3 }).set({ hour: 10, minute: 30, second: 0, millisecond: 0 });
    await database.deps.db.insert(rotaSlots).values({ memberId: member.id, startsAt: startsAt.toJSDate(), kind: 'on_call', publishedKind: 'on_call' });

    const resident = new TestClient(server.url);
    const listed = (await resident.gql(freeSlots)).data!.notaryFreeSlots;
    expect(listed).toEqual([{ date: startsAt.toISODate(), slots: [{ startsAt: startsAt.toUTC().toISO(), localTime: '10:30' }] }]);

    const booked = await resident.gql(book, { input: { startsAt: startsAt.toISO(), documentKind: 'deed', documentCount: 1, contact: { name: 'Rosa Martinez', email: 'rosa@example.org' } } });
    const booking = booked.data!.bookNotaryAppointment;
    expect(booking.__typename).toBe('NotaryBooking');
    expect(JSON.stringify(booked)).not.toContain('Rosa');
    expect((await resident.gql(freeSlots)).data!.notaryFreeSlots).toEqual([]);
    const again = await resident.gql(book, { input: { startsAt: startsAt.toISO(), documentKind: 'deed', documentCount: 1, contact: { name: 'Someone Else' } } });
    expect(again.data!.bookNotaryAppointment.__typename).toBe('NotarySlotTaken');

    expect((await resident.gql(day, { date: startsAt.toISODate() })).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    const staffView = (await agent.gql(day, { date: startsAt.toISODate() })).data!.notaryAppointments;
    // The confirmation with the private link waits in the outbox, which staff can list.
    const outbox = await agent.gql(`{ outbox { kind toAddress } }`);
    expect(outbox.errors).toBeUndefined();
    expect(outbox.data?.outbox).toEqual([{ kind: 'CONFIRMATION', toAddress: 'rosa@example.org' }]);
    expect(staffView).toMatchObject([{ reference: booking.reference, notaryName: 'Nora Notary', status: 'BOOKED', conflict: false, contact: { name: 'Rosa Martinez' } }]);

    expect((await resident.gql(byToken, { token: booking.manageToken })).data!.notaryAppointmentByToken).toEqual({ reference: booking.reference, status: 'BOOKED', cancellable: true });
    expect((await resident.gql(byToken, { token: 'unknown-token-value' })).data!.notaryAppointmentByToken).toBeNull();
    expect((await resident.gql(cancel, { token: booking.manageToken })).data!.cancelNotaryAppointmentByToken).toEqual({ status: 'CANCELLED', cancellable: false });
    const completed = await agent.gql(mark, { id: staffView[0].id, version: staffView[0].version });
    expect(completed.data!.markNotaryAppointment.__typename).toBe('InvalidInput');
  });

  it('refuses malformed ids and dates as bad input', async () => {
    const { client } = await signedIn('Alex Agent', 'agent');
    const checks: [string, Record<string, unknown>, string][] = [
      [day, { date: '2026-02-30' }, 'date must be a date'],
      [`query($s: ID) { notaryStaffSlots(staffId: $s) { startsAt } }`, { s: 'abc' }, 'staffId must be the id of a notary'],
      [mark, { id: '1e3', version: 1 }, 'id must be the number of a notary appointment'],
    ];
    for (const [query, variables, message] of checks) {
      const result = await client.gql(query, variables);
      expect(result.errors?.[0]).toMatchObject({ message: expect.stringContaining(message), extensions: { code: 'BAD_USER_INPUT' } });
    }
  });
});
