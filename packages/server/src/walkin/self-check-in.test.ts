import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { walkInVisits } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import { logWalkInOutcome, serveNextVisitor } from './service.js';
import { readQueueLength, selfCheckIn } from './self-check-in.js';
import { formatTicketCode } from './views.js';

const SELF_CHECK_IN = `mutation($input: SelfCheckInInput!) {
  selfCheckIn(input: $input) {
    receipt { ticketCode position checkedInAt }
    error { message fields { field message } }
    rateLimited { message retryAfterSeconds }
  }
}`;

/** Posts a self check-in as the client at `forwardedFor`, which the server trusts because TRUST_PROXY names loopback. */
async function selfCheckInFrom(baseUrl: string, forwardedFor: string, input: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
    body: JSON.stringify({ query: SELF_CHECK_IN, variables: { input } }),
  });
  return (await response.json()) as { data?: { selfCheckIn: Record<string, any> }; errors?: unknown[] };
}

describe('formatTicketCode', () => {
  it('pads and rolls the letter over', () => {
    expect(formatTicketCode(1)).toBe('A-001');
    expect(formatTicketCode(42)).toBe('A-042');
    expect(formatTicketCode(999)).toBe('A-999');
    expect(formatTicketCode(1000)).toBe('B-001');
  });
});

describe.each(databaseKinds())('self check-in on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  it('visitor joins the agents queue live', async () => {
    const database = testDatabase();
    const server = await startTestServer(database);
    try {
      const { topic } = await createTopic(database.deps);
      const agent = await createAgent(database.deps, 'Ana');
      const agentClient = new TestClient(server.url);
      await agentClient.signIn(agent.email, TEST_PASSWORD);
      const socket = agentClient.socket();
      const events = collect<{ walkInEvents: { type: string; actor: { id: string } | null; visit: Record<string, unknown> } }>(
        socket,
        `subscription { walkInEvents(after: "0") { type actor { id } visit { visitorName reason status selfCheckIn ticketCode language checkedInBy { id } topic { id } } } }`,
      );

      const agentCheckIn = await agentClient.gql(`mutation { checkInVisitor(input: { visitorName: "Olga Earlier", reason: "Dog license" }) { visit { id } } }`);
      expect(agentCheckIn.data!.checkInVisitor.visit.id).toBeTruthy();

      const visitor = new TestClient(server.url);
      const first = await visitor.gql(SELF_CHECK_IN, { input: { name: 'Maria Peña', reason: 'Pothole claim', topicId: topic.id, language: 'es' } });
      expect(first.errors).toBeUndefined();
      expect(first.data!.selfCheckIn.error).toBeNull();
      expect(first.data!.selfCheckIn.rateLimited).toBeNull();
      expect(first.data!.selfCheckIn.receipt).toMatchObject({ ticketCode: 'A-001', position: 2 });

      const second = await visitor.gql(SELF_CHECK_IN, { input: { name: 'Ben Second', reason: 'Trash pickup' } });
      expect(second.data!.selfCheckIn.receipt).toMatchObject({ ticketCode: 'A-002', position: 3 });

      await events.until(3);
      const selfEvent = events.items[1].walkInEvents;
      expect(selfEvent.type).toBe('CHECKED_IN');
      expect(selfEvent.actor).toBeNull();
      expect(selfEvent.visit).toEqual({
        visitorName: 'Maria Peña',
        reason: 'Pothole claim',
        status: 'WAITING',
        selfCheckIn: true,
        ticketCode: 'A-001',
        language: 'es',
        checkedInBy: null,
        topic: { id: topic.id },
      });
      expect(events.items[0].walkInEvents.visit).toMatchObject({ selfCheckIn: false, ticketCode: null });
      events.unsubscribe();
      await socket.dispose();

      const queue = await agentClient.gql(`{ walkInQueue { visitorName selfCheckIn ticketCode checkedInBy { id } } }`);
      expect(queue.data!.walkInQueue).toEqual([
        { visitorName: 'Olga Earlier', selfCheckIn: false, ticketCode: null, checkedInBy: { id: agent.id } },
        { visitorName: 'Maria Peña', selfCheckIn: true, ticketCode: 'A-001', checkedInBy: null },
        { visitorName: 'Ben Second', selfCheckIn: true, ticketCode: 'A-002', checkedInBy: null },
      ]);
      const [row] = await database.deps.db.select().from(walkInVisits).where(eq(walkInVisits.visitorName, 'Maria Peña'));
      expect(row.checkedInById).toBeNull();

      await agentClient.gql(`mutation { serveNextVisitor { visit { id } } }`);
      const third = await visitor.gql(SELF_CHECK_IN, { input: { name: 'Cleo Third', reason: 'Permit' } });
      expect(third.data!.selfCheckIn.receipt).toMatchObject({ ticketCode: 'A-003', position: 3 });
    } finally {
      await server.close();
    }
  });

  it('response holds no other visitor data', async () => {
    const database = testDatabase();
    const server = await startTestServer(database);
    try {
      const visitor = new TestClient(server.url);
      await visitor.gql(SELF_CHECK_IN, { input: { name: 'Secret Earlier Visitor', reason: 'Confidential matter' } });
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: SELF_CHECK_IN, variables: { input: { name: 'Next Visitor', reason: 'Parking' } } }),
      });
      const text = await response.text();
      expect(text).not.toContain('Secret');
      expect(text).not.toContain('Confidential');
      expect(text).not.toContain('Next Visitor');
      expect(JSON.parse(text).data.selfCheckIn.receipt).toMatchObject({ ticketCode: 'A-002', position: 2 });

      const widened = await visitor.gql(`mutation { selfCheckIn(input: { name: "Probe", reason: "x" }) { receipt { ticketCode visit { visitorName } } } }`);
      expect(widened.errors?.[0].message).toContain('Cannot query field "visit"');

      const queue = await visitor.gql(`{ walkInQueue { visitorName } }`);
      expect(queue.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');

      const length = await visitor.gql(`{ walkInQueueLength { waiting estimatedWaitMinutes } }`);
      expect(length.errors).toBeUndefined();
      expect(length.data!.walkInQueueLength).toEqual({ waiting: 2, estimatedWaitMinutes: null });
    } finally {
      await server.close();
    }
  });

  it('concurrent check-ins get distinct tickets', async () => {
    const database = testDatabase();
    const server = await startTestServer(database);
    try {
      const visitor = new TestClient(server.url);
      const results = await Promise.all(
        ['Ana', 'Ben', 'Cleo', 'Dev', 'Eli'].map((name) => visitor.gql(SELF_CHECK_IN, { input: { name, reason: 'Permit' } })),
      );
      const receipts = results.map((result) => result.data!.selfCheckIn.receipt as { ticketCode: string; position: number });
      expect(receipts.map((receipt) => receipt.ticketCode).sort()).toEqual(['A-001', 'A-002', 'A-003', 'A-004', 'A-005']);
      expect(receipts.map((receipt) => receipt.position).sort()).toEqual([1, 2, 3, 4, 5]);
    } finally {
      await server.close();
    }
  });

  it('queue length estimates the wait', async () => {
    const deps = testDatabase().deps;
    expect(await readQueueLength(deps)).toEqual({ waiting: 0, estimatedWaitMinutes: null });
    for (const name of ['Ana', 'Ben', 'Cleo', 'Dev']) {
      expect((await selfCheckIn(deps, { name, reason: 'Permit' }, { clientAddress: '127.0.0.1' })).kind).toBe('ok');
    }
    const agent = await createAgent(deps, 'Ana Agent');
    const served = await serveNextVisitor(deps, agent);
    if (served.kind !== 'ok') throw new Error(JSON.stringify(served));
    // Ten minutes of service, so the estimate does not depend on how fast the test runs.
    await deps.db
      .update(walkInVisits)
      .set({ servedAt: new Date(Date.now() - 10 * 60_000) })
      .where(eq(walkInVisits.id, served.visit.id));
    expect((await logWalkInOutcome(deps, agent, served.visit.id, { subject: 'Permit', outcome: 'Issued' })).kind).toBe('ok');
    expect(await readQueueLength(deps)).toEqual({ waiting: 3, estimatedWaitMinutes: 30 });

    const other = await createAgent(deps, 'Ben Agent');
    await serveNextVisitor(deps, agent);
    await serveNextVisitor(deps, other);
    expect(await readQueueLength(deps)).toEqual({ waiting: 1, estimatedWaitMinutes: 5 });
  });

  it('invalid input names each field', async () => {
    const database = testDatabase();
    const server = await startTestServer(database);
    try {
      const visitor = new TestClient(server.url);
      const cases: [Record<string, unknown>, string, string][] = [
        [{ name: '   ', reason: 'Permit' }, 'input.name', 'name is required and cannot be blank'],
        [{ name: 'x'.repeat(101), reason: 'Permit' }, 'input.name', 'name must be at most 100 characters'],
        [{ name: 'Ana', reason: '' }, 'input.reason', 'reason is required and cannot be blank'],
        [{ name: 'Ana', reason: 'r'.repeat(501) }, 'input.reason', 'reason must be at most 500 characters'],
        [{ name: 'Ana', reason: 'Permit', language: 'fr' }, 'input.language', 'language must be one of en, es'],
        [{ name: 'Ana', reason: 'Permit', topicId: '00000000-0000-4000-8000-000000000000' }, 'input.topicId', 'no topic with id 00000000-0000-4000-8000-000000000000'],
      ];
      for (const [input, field, message] of cases) {
        const result = await visitor.gql(SELF_CHECK_IN, { input });
        expect(result.data!.selfCheckIn.receipt, field).toBeNull();
        expect(result.data!.selfCheckIn.error.fields, JSON.stringify(input).slice(0, 80)).toEqual([{ field, message }]);
      }

      const both = await visitor.gql(SELF_CHECK_IN, { input: { name: '', reason: '' } });
      expect(both.data!.selfCheckIn.error.fields.map((field: { field: string }) => field.field)).toEqual(['input.name', 'input.reason']);
      expect(await database.deps.db.select().from(walkInVisits)).toHaveLength(0);

      const exactly = await visitor.gql(SELF_CHECK_IN, { input: { name: 'n'.repeat(100), reason: 'r'.repeat(500) } });
      expect(exactly.data!.selfCheckIn.receipt.ticketCode).toBe('A-001');
    } finally {
      await server.close();
    }
  });

  it('rate limit counts per address', async () => {
    const database = testDatabase();
    const server = await startTestServer(database, { SELF_CHECK_IN_RATE_LIMIT: '2', TRUST_PROXY: '127.0.0.1' });
    try {
      const input = { name: 'Lobby Visitor', reason: 'Permit' };
      expect((await selfCheckInFrom(server.url, '203.0.113.5', { name: '', reason: 'Permit' })).data!.selfCheckIn.error).not.toBeNull();
      expect((await selfCheckInFrom(server.url, '203.0.113.5', input)).data!.selfCheckIn.receipt).not.toBeNull();
      expect((await selfCheckInFrom(server.url, '203.0.113.5', input)).data!.selfCheckIn.receipt).not.toBeNull();

      const limited = (await selfCheckInFrom(server.url, '203.0.113.5', input)).data!.selfCheckIn;
      expect(limited.receipt).toBeNull();
      expect(limited.rateLimited.message).toContain('at most 2 every 10 minutes');
      expect(limited.rateLimited.retryAfterSeconds).toBeGreaterThan(0);

      const otherTablet = (await selfCheckInFrom(server.url, '203.0.113.6', input)).data!.selfCheckIn;
      expect(otherTablet.receipt).toMatchObject({ ticketCode: 'A-003' });
      expect(await database.deps.db.select().from(walkInVisits)).toHaveLength(3);
    } finally {
      await server.close();
    }
  });
});
