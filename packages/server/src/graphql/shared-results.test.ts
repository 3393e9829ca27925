import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { Repeater } from '@repeaterjs/repeater';
import { buildSchema, GraphQLScalarType, validate } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import type { RunningServer } from '../http/server.js';
import { submitWebInquiry } from '../inquiries/intake.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, deferred, startTestServer, TestClient } from '../../test/support/server.js';
import { GraphQLSocketServer, handleProtocols } from '../http/graphql-socket.js';
import { documentCache } from './shared-results.js';

type Event = { id: number };

/**
 * Builds a GraphQL WebSocket server over a small schema that counts how often a field is
 * resolved (executions) and how often a value is turned into JSON
 * (serialisations). Every subscriber's source stream gets the same event
 * object, as the event dispatcher hands out.
 */
function countingServer() {
  const counts = { executions: 0, serialisations: 0, subscriptions: 0 };
  const listeners = new Set<(event: Event) => void>();
  let subscribed = deferred();
  let expectedSubscriptions = 0;

  const typeDefs = `
    scalar Tally
    type Item { id: ID! detail(suffix: String): String! tally: Tally! }
    type Query { ok: Boolean }
    type Subscription { inboxEvents(after: ID): Item! otherEvents: Item! }
  `;
  const stream = () =>
    new Repeater<Event>(async (push, stop) => {
      const listener = (event: Event) => void push(event);
      listeners.add(listener);
      counts.subscriptions += 1;
      if (counts.subscriptions === expectedSubscriptions) subscribed.resolve();
      await stop;
      listeners.delete(listener);
    });
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      Tally: new GraphQLScalarType({
        name: 'Tally',
        serialize: (value) => ({
          toJSON() {
            counts.serialisations += 1;
            return value;
          },
        }),
      }),
      Subscription: {
        inboxEvents: { subscribe: stream, resolve: (event: Event) => event },
        otherEvents: { subscribe: stream, resolve: (event: Event) => event },
      },
      Item: {
        id: (event: Event) => String(event.id),
        detail: (event: Event, args: { suffix?: string | null }) => {
          counts.executions += 1;
          return `${event.id}-${args.suffix ?? ''}`;
        },
        tally: (event: Event) => event.id * 10,
      },
    },
  });

  const httpServer = http.createServer();
  const wsServer = new WebSocketServer({ server: httpServer, handleProtocols });
  const sockets = new GraphQLSocketServer<undefined, { role?: string }>({
    schema,
    documents: documentCache(validate),
    log: pino({ level: 'silent' }),
    connect: async (_handshake, params) => ({ role: params?.role as string | undefined }),
    context: (session) => session,
    audienceOf: (context) => (context as { role?: string }).role,
  });
  wsServer.on('connection', (socket) => sockets.accept(socket, undefined));

  return {
    counts,
    async listen(): Promise<string> {
      await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
      return `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
    },
    /** Resolves once `count` subscriptions in total have started. */
    waitForSubscriptions(count: number): Promise<void> {
      expectedSubscriptions = count;
      subscribed = deferred();
      if (counts.subscriptions >= count) subscribed.resolve();
      return subscribed.promise;
    },
    publish(event: Event): void {
      for (const listener of listeners) listener(event);
    },
    async close(): Promise<void> {
      sockets.dispose();
      await new Promise<void>((resolve) => wsServer.close(() => resolve()));
      await new Promise<void>((resolve) => httpServer.close(() => resolve()));
    },
  };
}

describe('shared subscription results', () => {
  let server: ReturnType<typeof countingServer>;
  let url: string;
  const clients: Client[] = [];

  beforeEach(async () => {
    server = countingServer();
    url = await server.listen();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((client) => client.dispose()));
    await server.close();
  });

  function subscriber(role: string, query: string, variables: Record<string, unknown>) {
    const client = createClient({ url, webSocketImpl: WebSocket, connectionParams: { role }, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
    clients.push(client);
    return collect<Record<string, unknown>>(client, query, variables);
  }

  const inboxQuery = 'subscription($after: ID, $suffix: String) { inboxEvents(after: $after) { id detail(suffix: $suffix) tally } }';

  it('executes once per event and role', async () => {
    const agents = [subscriber('agent', inboxQuery, { after: '1', suffix: 'x' }), subscriber('agent', inboxQuery, { after: '7', suffix: 'x' }), subscriber('agent', inboxQuery, { suffix: 'x' })];
    const manager = subscriber('manager', inboxQuery, { suffix: 'x' });
    await server.waitForSubscriptions(4);

    server.publish({ id: 3 });
    await Promise.all([...agents, manager].map((subscription) => subscription.until(1)));

    for (const subscription of [...agents, manager]) {
      expect(subscription.errors).toEqual([]);
      expect(subscription.items).toEqual([{ inboxEvents: { id: '3', detail: '3-x', tally: 30 } }]);
    }
    expect(server.counts.executions).toBe(2);
    expect(server.counts.serialisations).toBe(2);
  });

  it('keeps different nested variables apart', async () => {
    const first = subscriber('agent', inboxQuery, { suffix: 'x' });
    const second = subscriber('agent', inboxQuery, { suffix: 'y' });
    await server.waitForSubscriptions(2);

    server.publish({ id: 4 });
    await Promise.all([first.until(1), second.until(1)]);

    expect(first.items).toEqual([{ inboxEvents: { id: '4', detail: '4-x', tally: 40 } }]);
    expect(second.items).toEqual([{ inboxEvents: { id: '4', detail: '4-y', tally: 40 } }]);
    expect(server.counts.executions).toBe(2);
  });

  it('executes other fields per subscriber', async () => {
    const query = 'subscription { otherEvents { id detail tally } }';
    const subscriptions = [subscriber('agent', query, {}), subscriber('agent', query, {})];
    await server.waitForSubscriptions(2);

    server.publish({ id: 5 });
    await Promise.all(subscriptions.map((subscription) => subscription.until(1)));

    for (const subscription of subscriptions) expect(subscription.items).toEqual([{ otherEvents: { id: '5', detail: '5-', tally: 50 } }]);
    expect(server.counts.executions).toBe(2);
    expect(server.counts.serialisations).toBe(2);
  });

  it('sends each event in order', async () => {
    const subscriptions = [subscriber('agent', inboxQuery, { suffix: 'z' }), subscriber('agent', inboxQuery, { suffix: 'z' })];
    await server.waitForSubscriptions(2);

    for (let id = 1; id <= 20; id += 1) server.publish({ id });
    await Promise.all(subscriptions.map((subscription) => subscription.until(20)));

    const expected = Array.from({ length: 20 }, (_, index) => ({ inboxEvents: { id: String(index + 1), detail: `${index + 1}-z`, tally: (index + 1) * 10 } }));
    for (const subscription of subscriptions) expect(subscription.items).toEqual(expected);
    expect(server.counts.executions).toBe(20);
  });
});

describe('document cache', () => {
  const schema = buildSchema('type Query { ok: Boolean }');

  it('parses each text once', () => {
    const cache = documentCache(validate);
    const first = cache.parse('{ ok }');
    expect(cache.parse('{ ok }')).toBe(first);
    expect(cache.parse('{ ok ok }')).not.toBe(first);
  });

  it('validates each document once', () => {
    let validations = 0;
    const cache = documentCache((target, document) => {
      validations += 1;
      return validate(target, document);
    });
    const valid = cache.parse('{ ok }');
    const invalid = cache.parse('{ missing }');

    expect(cache.validate(schema, valid)).toEqual([]);
    expect(cache.validate(schema, valid)).toEqual([]);
    expect(cache.validate(schema, invalid).map((error) => error.message)).toEqual(['Cannot query field "missing" on type "Query".']);
    expect(cache.validate(schema, invalid)).toHaveLength(1);
    expect(validations).toBe(2);
  });

  it('keeps at most 100 documents', () => {
    const cache = documentCache(validate);
    const first = cache.parse('{ ok }');
    for (let index = 0; index < 100; index += 1) cache.parse(`{ a${index}: ok }`);
    expect(cache.parse('{ ok }')).not.toBe(first);
  });
});

describe.each(databaseKinds())('shared inbox events on %s', (kind) => {
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

  it('sends every agent the full event', async () => {
    await database.reset();
    const staff = await Promise.all([createAgent(server.deps, 'Ana Ruiz'), createAgent(server.deps, 'Ben Okafor')]);
    const agents = staff.map(() => new TestClient(server.url));
    await Promise.all(agents.map((agent, index) => agent.signIn(staff[index].email, TEST_PASSWORD)));
    const query = `subscription($after: ID) {
      inboxEvents(after: $after) { id type inquiry { id subject messages { kind body } } }
    }`;
    const subscriptions = agents.map((agent) => collect<Record<string, any>>(agent.socket(), query, { after: String(server.dispatcher.headId) }));

    const created = await submitWebInquiry(server.deps, { subject: 'Streetlight out', question: 'The light on Elm Street is dark.', email: 'resident@example.org' });
    if (created.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(created)}`);
    await Promise.all(subscriptions.map((subscription) => subscription.until(1)));

    for (const subscription of subscriptions) {
      expect(subscription.errors).toEqual([]);
      expect(subscription.items[0].inboxEvents.type).toBe('CREATED');
      expect(subscription.items[0].inboxEvents.inquiry.subject).toBe('Streetlight out');
      expect(subscription.items[0].inboxEvents.inquiry.messages).toEqual([{ kind: 'RESIDENT', body: 'The light on Elm Street is dark.' }]);
    }
    subscriptions.forEach((subscription) => subscription.unsubscribe());
  });
});
