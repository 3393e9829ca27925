import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { asc, eq } from 'drizzle-orm';
import type { RunningServer } from '../http/server.js';
import { events } from '../db/schema.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import { submitWebInquiry } from '../inquiries/intake.js';

const inboxSubscription = `subscription($after: ID) {
  inboxEvents(after: $after) { id type inquiry { id reference subject } }
}`;

type InboxEventData = { inboxEvents: { id: string; type: string; inquiry: { id: string; reference: string; subject: string } } };

describe.each(databaseKinds())('event log on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;
  let agent: TestClient;

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
    const staff = await createAgent(server.deps, 'Dana Ortiz');
    agent = new TestClient(server.url);
    await agent.signIn(staff.email, TEST_PASSWORD);
  });

  /** Subscribing from the current head makes the test independent of when the subscription starts. */
  function fromHead() {
    return { after: String(server.dispatcher.headId) };
  }

  async function submit(subject: string) {
    const result = await submitWebInquiry(server.deps, { subject, question: `Question about ${subject}` });
    if (result.kind !== 'created') throw new Error(JSON.stringify(result));
    return result.inquiry;
  }

  it('resume after a disconnect delivers the 50 missed events in order', async () => {
    const first = agent.socket();
    const live = collect<InboxEventData>(first, inboxSubscription, fromHead());
    await submit('before the drop');
    await live.until(1);
    const lastSeenId = live.items[0].inboxEvents.id;
    await first.dispose();

    const missed: string[] = [];
    for (let index = 0; index < 50; index += 1) missed.push((await submit(`missed ${index}`)).reference);

    const second = agent.socket();
    const resumed = collect<InboxEventData>(second, inboxSubscription, { after: lastSeenId });
    await resumed.until(50);
    await submit('after the resume');
    await resumed.until(51);
    await second.dispose();

    const references = resumed.items.map((item) => item.inboxEvents.inquiry.reference);
    expect(references.slice(0, 50)).toEqual(missed);
    expect(resumed.items[50].inboxEvents.inquiry.subject).toBe('after the resume');
    const ids = resumed.items.map((item) => Number(item.inboxEvents.id));
    expect(new Set(ids).size).toBe(ids.length);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    expect(resumed.errors).toEqual([]);
  });

  it('concurrent writers are delivered in id order without gaps', async () => {
    const socket = agent.socket();
    const live = collect<InboxEventData>(socket, inboxSubscription, fromHead());
    await submit('warm-up');
    await live.until(1);

    await Promise.all(Array.from({ length: 40 }, (_, index) => submit(`parallel ${index}`)));
    await live.until(41);
    await socket.dispose();

    const stored = await database.deps.db.select({ id: events.id }).from(events).where(eq(events.stream, 'inbox')).orderBy(asc(events.id));
    const delivered = live.items.map((item) => Number(item.inboxEvents.id));
    expect(delivered).toEqual(stored.map((row) => row.id));
  });

  it('events deliver only after commit', async () => {
    const socket = agent.socket();
    const live = collect<InboxEventData>(socket, inboxSubscription, fromHead());
    await submit('committed');
    await live.until(1);

    await expect(
      database.deps.db.transaction(async (tx) => {
        const { appendEvent } = await import('./service.js');
        await appendEvent(tx, { stream: 'inbox', type: 'created', payload: { inquiry: {}, actor: null } });
        throw new Error('roll back');
      }),
    ).rejects.toThrow('roll back');
    server.dispatcher.wake();
    await submit('also committed');
    await live.until(2);
    await socket.dispose();

    expect(live.items.map((item) => item.inboxEvents.inquiry.subject)).toEqual(['committed', 'also committed']);
  });

  it('subscriber count returns to baseline after unsubscribe', async () => {
    const baseline = server.dispatcher.listenerCount;
    const socket = agent.socket();
    const subscriptions = Array.from({ length: 5 }, () => collect<InboxEventData>(socket, inboxSubscription, fromHead()));
    await submit('fan-out');
    await Promise.all(subscriptions.map((subscription) => subscription.until(1)));
    expect(server.dispatcher.listenerCount).toBe(baseline + 5);

    for (const subscription of subscriptions) subscription.unsubscribe();
    await socket.dispose();
    await expect.poll(() => server.dispatcher.listenerCount).toBe(baseline);
  });
});
