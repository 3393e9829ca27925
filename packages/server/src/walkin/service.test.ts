import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { walkInVisits } from '../db/schema.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import { loadInquiry } from '../inquiries/views.js';
import { checkInVisitor, logWalkInOutcome, markVisitorLeft, maskName, serveNextVisitor } from './service.js';
import { readDayFigures, readQueue } from './views.js';

describe('maskName', () => {
  it('keeps initials only', () => {
    expect(maskName('Maria  Peña Ruiz')).toBe('M. P. R.');
  });
});

describe.each(databaseKinds())('walk-in queue on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);

  async function checkIn(name: string, reason = 'Parking permit') {
    const agent = await createAgent(testDatabase().deps, 'Counter Agent');
    const result = await checkInVisitor(testDatabase().deps, agent, { visitorName: name, reason });
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    return result.visit;
  }

  it('queue keeps check-in order', async () => {
    await checkIn('Ana Visitor');
    await checkIn('Ben Visitor');
    const queue = await readQueue(testDatabase().deps.db);
    expect(queue.map((visit) => [visit.visitorName, visit.status])).toEqual([
      ['Ana Visitor', 'waiting'],
      ['Ben Visitor', 'waiting'],
    ]);
  });

  it('check-in names invalid fields', async () => {
    const agent = await createAgent(testDatabase().deps);
    const result = await checkInVisitor(testDatabase().deps, agent, { visitorName: '  ', reason: 'x'.repeat(301) });
    expect(result.kind).toBe('invalid_input');
    if (result.kind !== 'invalid_input') return;
    expect(result.fields.map((field) => field.field)).toEqual(['input.visitorName', 'input.reason']);
  });

  it('serve next race has one winner', async () => {
    await checkIn('Only Visitor');
    const deps = testDatabase().deps;
    const agents = await Promise.all([createAgent(deps, 'Ana'), createAgent(deps, 'Ben'), createAgent(deps, 'Cleo')]);

    const results = await Promise.all(agents.map((agent) => serveNextVisitor(deps, agent)));

    const winners = results.filter((result) => result.kind === 'ok');
    expect(winners).toHaveLength(1);
    expect(results.filter((result) => result.kind === 'conflict' && result.message === 'Nobody is waiting')).toHaveLength(2);
    const [row] = await deps.db.select().from(walkInVisits);
    expect(row.status).toBe('serving');
    expect(row.version).toBe(2);
    expect(agents.map((agent) => agent.id)).toContain(row.servedById);
  });

  it('two visitors go to two agents', async () => {
    await checkIn('First Visitor');
    await checkIn('Second Visitor');
    const deps = testDatabase().deps;
    const [ana, ben] = await Promise.all([createAgent(deps, 'Ana'), createAgent(deps, 'Ben')]);

    const results = await Promise.all([serveNextVisitor(deps, ana), serveNextVisitor(deps, ben)]);

    const served = results.map((result) => (result.kind === 'ok' ? result.visit.visitorName : result.kind));
    expect(served.sort()).toEqual(['First Visitor', 'Second Visitor']);
    const servers = results.map((result) => (result.kind === 'ok' ? result.visit.servedBy?.id : undefined));
    expect(new Set(servers).size).toBe(2);
  });

  it('agent serves one at a time', async () => {
    await checkIn('First Visitor');
    await checkIn('Second Visitor');
    const agent = await createAgent(testDatabase().deps, 'Ana');
    expect((await serveNextVisitor(testDatabase().deps, agent)).kind).toBe('ok');
    const second = await serveNextVisitor(testDatabase().deps, agent);
    expect(second.kind).toBe('conflict');
    if (second.kind === 'conflict') expect(second.message).toContain('You are serving First Visitor');
  });

  it('outcome completes the visit and logs the inquiry', async () => {
    const deps = testDatabase().deps;
    const { topic } = await createTopic(deps);
    const visit = await checkIn('Maria Peña', 'Pothole claim');
    const agent = await createAgent(deps, 'Ana');
    const other = await createAgent(deps, 'Ben');

    const early = await logWalkInOutcome(deps, agent, visit.id, { subject: 'Claim', outcome: 'Gave the form' });
    expect(early).toMatchObject({ kind: 'conflict', message: 'Serve the visitor before logging the outcome' });

    await serveNextVisitor(deps, agent);
    const notMine = await logWalkInOutcome(deps, other, visit.id, { subject: 'Claim', outcome: 'Gave the form' });
    expect(notMine).toMatchObject({ kind: 'conflict', message: 'Ana is serving this visitor' });

    const invalid = await logWalkInOutcome(deps, agent, visit.id, { subject: '', outcome: 'Gave the form', visitorEmail: 'nope' });
    expect(invalid.kind).toBe('invalid_input');
    if (invalid.kind === 'invalid_input') expect(invalid.fields.map((field) => field.field).sort()).toEqual(['input.subject', 'input.visitorEmail']);
    const [unchanged] = await deps.db.select().from(walkInVisits).where(eq(walkInVisits.id, visit.id));
    expect(unchanged.status).toBe('serving');

    const logged = await logWalkInOutcome(deps, agent, visit.id, { subject: 'Pothole claim form', outcome: 'Gave the claim form', topicId: topic.id, notes: 'Elm St' });
    expect(logged.kind).toBe('ok');
    if (logged.kind !== 'ok') return;
    expect(logged.visit.status).toBe('done');
    expect(logged.visit.outcome).toBe('Gave the claim form');
    expect(logged.visit.serviceSeconds).toBeGreaterThanOrEqual(0);
    expect(logged.visit.waitSeconds).toBeGreaterThanOrEqual(0);
    const inquiry = (await loadInquiry(deps.db, logged.inquiry.id))!;
    expect(inquiry.channel).toBe('walk_in');
    expect(inquiry.contact?.name).toBe('Maria Peña');
    expect(inquiry.claimedBy?.id).toBe(agent.id);
    expect(inquiry.topic?.id).toBe(topic.id);
    expect(inquiry.body).toBe('Elm St\n\nOutcome at the counter: Gave the claim form');
    expect(logged.visit.inquiryId).toBe(inquiry.id);

    const twice = await logWalkInOutcome(deps, agent, visit.id, { subject: 'Again', outcome: 'Again' });
    expect(twice).toMatchObject({ kind: 'conflict', message: 'The visit is already completed' });

    const figures = await readDayFigures(deps.db, deps.centerTimeZone);
    expect(figures).toMatchObject({ checkedIn: 1, served: 1, completed: 1, left: 0, waiting: 0 });
    expect(figures.averageWaitSeconds).toBe(logged.visit.waitSeconds);
  });

  it('visitor left with and without version', async () => {
    const deps = testDatabase().deps;
    const visit = await checkIn('Leaving Visitor');
    const agent = await createAgent(deps);
    const stale = await markVisitorLeft(deps, agent, visit.id, visit.version + 1);
    expect(stale).toMatchObject({ kind: 'conflict', message: expect.stringContaining('changed since you loaded it') });
    const left = await markVisitorLeft(deps, agent, visit.id, visit.version);
    expect(left).toMatchObject({ kind: 'ok', visit: { status: 'left' } });
    expect(await markVisitorLeft(deps, agent, visit.id)).toMatchObject({ kind: 'conflict', message: 'The visit is already marked as left' });
    expect(await markVisitorLeft(deps, agent, 'not-a-uuid')).toMatchObject({ kind: 'not_found' });
    expect((await readDayFigures(deps.db, deps.centerTimeZone)).left).toBe(1);
  });

  it('second agent sees queue changes live', async () => {
    const database = testDatabase();
    const server = await startTestServer(database);
    try {
      const ana = await createAgent(database.deps, 'Ana');
      const ben = await createAgent(database.deps, 'Ben');
      const anaClient = new TestClient(server.url);
      const benClient = new TestClient(server.url);
      await anaClient.signIn(ana.email, 'correct horse battery staple');
      await benClient.signIn(ben.email, 'correct horse battery staple');

      const socket = benClient.socket();
      const events = collect<{ walkInEvents: { id: string; type: string; actor: { id: string }; visit: { visitorName: string; status: string } } }>(
        socket,
        `subscription { walkInEvents(after: "0") { id type actor { id } visit { visitorName status } } }`,
      );

      const checkedIn = await anaClient.gql(`mutation { checkInVisitor(input: { visitorName: "Walt Walker", reason: "Trash pickup" }) { visit { id status } error { __typename } } }`);
      expect(checkedIn.data!.checkInVisitor.visit.status).toBe('WAITING');
      const served = await anaClient.gql(`mutation { serveNextVisitor { visit { id status servedBy { id } } error { __typename } } }`);
      expect(served.data!.serveNextVisitor.visit.servedBy.id).toBe(ana.id);
      const empty = await benClient.gql(`mutation { serveNextVisitor { visit { id } error { __typename ... on WalkInStateConflict { message } } } }`);
      expect(empty.data!.serveNextVisitor.error).toEqual({ __typename: 'WalkInStateConflict', message: 'Nobody is waiting' });

      await events.until(2);
      expect(events.items.map((item) => [item.walkInEvents.type, item.walkInEvents.visit.status, item.walkInEvents.actor.id])).toEqual([
        ['CHECKED_IN', 'WAITING', ana.id],
        ['SERVED', 'SERVING', ana.id],
      ]);
      events.unsubscribe();
      await socket.dispose();

      const anonymous = await new TestClient(server.url).gql(`{ walkInQueue { visitorName } }`);
      expect(anonymous.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
      const today = await benClient.gql(`{ walkInToday { served waiting averageWaitSeconds } walkInQueue { visitorName status } }`);
      expect(today.data!.walkInToday).toMatchObject({ served: 1, waiting: 0 });
      expect(today.data!.walkInQueue).toEqual([{ visitorName: 'Walt Walker', status: 'SERVING' }]);
    } finally {
      await server.close();
    }
  });
});
