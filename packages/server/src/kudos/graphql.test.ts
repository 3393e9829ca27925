import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { kudos } from '../db/schema.js';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { startTestServer, TestClient } from '../../test/support/server.js';

const sendKudos = `mutation($input: SendKudosInput!) {
  sendKudos(input: $input) {
    __typename
    ... on KudosReceived { receivedAt }
    ... on InvalidInput { message fields { field message } }
    ... on RateLimited { retryAfterSeconds }
  }
}`;

const kudosList = `query($status: KudosStatus) {
  kudosList(status: $status) { id status employeeName residentName suggestedStaff { id } staff { id } certificatePath }
}`;

const approve = `mutation($id: ID!, $staffId: ID!) {
  approveKudos(id: $id, staffId: $staffId) {
    __typename
    ... on Kudos { id status staff { displayName } reviewedBy { displayName } certificatePath }
    ... on KudosAlreadyReviewed { message status reviewedBy { displayName } }
    ... on NotFound { message }
    ... on InvalidInput { fields { field message } }
  }
}`;

const decline = `mutation($id: ID!, $reason: String) {
  declineKudos(id: $id, reason: $reason) {
    __typename
    ... on Kudos { status declineReason }
    ... on KudosAlreadyReviewed { message }
  }
}`;

const newsletter = `query($month: String!) {
  kudosNewsletter(month: $month) { month timeZone total staff { staffName count entries { from excerpt } } }
}`;

describe.each(databaseKinds())('kudos GraphQL on %s', (kind) => {
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

  it('lets anyone send but not list', async () => {
    const resident = new TestClient(server.url);
    const sent = await resident.gql(sendKudos, { input: { employeeName: 'Dana', message: 'Thank you', residentName: 'Rosa Martinez' } });
    expect(sent.errors).toBeUndefined();
    expect(sent.data!.sendKudos.__typename).toBe('KudosReceived');

    const listed = await resident.gql(kudosList);
    expect(listed.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    expect(JSON.stringify(listed)).not.toContain('Martinez');
  });

  it('returns field errors to the resident', async () => {
    const resident = new TestClient(server.url);
    const sent = await resident.gql(sendKudos, { input: { employeeName: 'Dana', message: ' ', inquiryReference: 'ABC' } });
    expect(sent.data!.sendKudos.__typename).toBe('InvalidInput');
    expect(sent.data!.sendKudos.fields.map((field: { field: string }) => field.field)).toEqual(['input.message', 'input.inquiryReference']);
  });

  it('keeps agents from listing and approving', async () => {
    const { staff: dana, client: agent } = await signedIn('Dana Agent', 'agent');
    await new TestClient(server.url).gql(sendKudos, { input: { employeeName: 'Dana', message: 'Thank you' } });
    const [stored] = await database.deps.db.select({ id: kudos.id }).from(kudos);

    expect((await agent.gql(kudosList)).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const approval = await agent.gql(approve, { id: stored.id, staffId: dana.id });
    expect(approval.errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await agent.gql(decline, { id: stored.id })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    expect((await agent.gql(newsletter, { month: '2026-12' })).errors?.[0].extensions?.code).toBe('FORBIDDEN');
    const [after] = await database.deps.db.select({ status: kudos.status }).from(kudos).where(eq(kudos.id, stored.id));
    expect(after.status).toBe('pending');
  });

  it('lets a manager approve once', async () => {
    const { staff: dana } = await signedIn('Dana Agent', 'agent');
    const { client: manager } = await signedIn('Morgan Manager', 'manager');
    await new TestClient(server.url).gql(sendKudos, { input: { employeeName: 'dana from the phones', message: 'Thank you', residentName: 'Rosa Martinez' } });

    const listed = await manager.gql(kudosList, { status: 'PENDING' });
    expect(listed.errors).toBeUndefined();
    const [pending] = listed.data!.kudosList;
    expect(pending.residentName).toBe('Rosa Martinez');
    expect(pending.suggestedStaff.id).toBe(dana.id);
    expect(pending.certificatePath).toBeNull();

    const first = await manager.gql(approve, { id: pending.id, staffId: dana.id });
    expect(first.data!.approveKudos).toMatchObject({ __typename: 'Kudos', status: 'APPROVED', staff: { displayName: 'Dana Agent' }, reviewedBy: { displayName: 'Morgan Manager' } });
    expect(first.data!.approveKudos.certificatePath).toBe(`/kudos/${pending.id}/certificate.pdf`);

    const second = await manager.gql(decline, { id: pending.id, reason: 'duplicate' });
    expect(second.data!.declineKudos.__typename).toBe('KudosAlreadyReviewed');
    expect(second.data!.declineKudos.message).toContain('already approved by Morgan Manager');

    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Denver', year: 'numeric', month: '2-digit' }).format(new Date());
    const list = await manager.gql(newsletter, { month });
    expect(list.data!.kudosNewsletter).toMatchObject({ month, timeZone: 'America/Denver', total: 1, staff: [{ staffName: 'Dana Agent', count: 1, entries: [{ from: 'Rosa', excerpt: 'Thank you' }] }] });
  });

  it('names the invalid month', async () => {
    const { client: manager } = await signedIn('Morgan Manager', 'manager');
    const response = await manager.gql(newsletter, { month: 'December' });
    expect(response.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0].message).toContain('month must be a month such as');
  });

  it('shows staff their own count', async () => {
    const { staff: dana, client: agent } = await signedIn('Dana Agent', 'agent');
    const { client: manager } = await signedIn('Morgan Manager', 'manager');
    await new TestClient(server.url).gql(sendKudos, { input: { employeeName: 'Dana', message: 'Thanks' } });
    const [stored] = await database.deps.db.select({ id: kudos.id }).from(kudos);
    expect((await agent.gql('{ myKudosCount }')).data!.myKudosCount).toBe(0);
    await manager.gql(approve, { id: stored.id, staffId: dana.id });
    expect((await agent.gql('{ myKudosCount }')).data!.myKudosCount).toBe(1);
  });
});
