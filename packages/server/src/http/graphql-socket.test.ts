import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { validate } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import { pino } from 'pino';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import WebSocket, { WebSocketServer } from 'ws';
import type { EventSink } from '../events/dispatcher.js';
import type { EventRecord } from '../events/service.js';
import { documentCache } from '../graphql/shared-results.js';
import { collect, deferred } from '../../test/support/server.js';
import { GraphQLSocketServer, handleProtocols } from './graphql-socket.js';

/**
 * A source stream that can be piped, like the dispatcher's subscriptions:
 * `publish` hands an event to every piped sink, and `return` stops it.
 */
class PipedSource implements AsyncIterator<EventRecord> {
  static live = new Set<PipedSource>();
  sink: EventSink | undefined;

  pipe(sink: EventSink): void {
    this.sink = sink;
    PipedSource.live.add(this);
  }

  next(): Promise<IteratorResult<EventRecord>> {
    throw new Error('a piped source is never iterated');
  }

  async return(): Promise<IteratorResult<EventRecord>> {
    PipedSource.live.delete(this);
    return { done: true, value: undefined };
  }

  [Symbol.asyncIterator]() {
    return this;
  }

  static publish(id: number): void {
    const event: EventRecord = { id, stream: 'inbox', type: 'created', inquiryId: null, actorId: null, payload: {}, createdAt: new Date() };
    for (const source of PipedSource.live) source.sink?.push(event);
  }
}

/** Milliseconds each event's field takes to resolve, by event id; unlisted ids resolve at once. */
const resolveDelays = new Map<number, number>();

const schema = makeExecutableSchema({
  typeDefs: `
    type Item { id: ID! slow: String! }
    type Query { hello(name: String): String! }
    type Subscription { inboxEvents: Item! }
  `,
  resolvers: {
    Query: { hello: (_source: unknown, args: { name?: string }) => `hello ${args.name ?? 'there'}` },
    Subscription: { inboxEvents: { subscribe: () => new PipedSource(), resolve: (event: EventRecord) => event } },
    Item: {
      id: (event: EventRecord) => String(event.id),
      slow: async (event: EventRecord) => {
        await new Promise((resolve) => setTimeout(resolve, resolveDelays.get(event.id) ?? 0));
        return `event ${event.id}`;
      },
    },
  },
});

describe('GraphQL over WebSocket', () => {
  let httpServer: http.Server;
  let sockets: GraphQLSocketServer<undefined, { role: string }>;
  let url: string;
  const clients: Client[] = [];

  async function listen(options: { keepAliveMs?: number; initTimeoutMs?: number } = {}) {
    httpServer = http.createServer();
    const wsServer = new WebSocketServer({ server: httpServer, handleProtocols });
    sockets = new GraphQLSocketServer({
      schema,
      documents: documentCache(validate),
      log: pino({ level: 'silent' }),
      connect: async (_handshake, params) => (params?.refuse ? undefined : { role: 'agent' }),
      context: (session) => session,
      audienceOf: (context) => (context as { role: string }).role,
      ...options,
    });
    wsServer.on('connection', (socket) => sockets.accept(socket, undefined));
    await new Promise<void>((resolve) => httpServer.listen(0, '127.0.0.1', resolve));
    url = `ws://127.0.0.1:${(httpServer.address() as AddressInfo).port}`;
  }

  function client(connectionParams: Record<string, unknown> = {}) {
    const created = createClient({ url, webSocketImpl: WebSocket, connectionParams, retryAttempts: 0, lazy: false, onNonLazyError: () => {} });
    clients.push(created);
    return created;
  }

  /** Opens a plain socket speaking the protocol, and collects what the server sends and how it closes. */
  async function rawSocket(protocol: string | null = 'graphql-transport-ws', options: WebSocket.ClientOptions = {}) {
    const socket = protocol === null ? new WebSocket(url, options) : new WebSocket(url, protocol, options);
    const messages: Record<string, unknown>[] = [];
    const closed = deferred<{ code: number; reason: string }>();
    socket.on('message', (data) => messages.push(JSON.parse(String(data)) as Record<string, unknown>));
    socket.on('close', (code, reason) => closed.resolve({ code, reason: String(reason) }));
    await new Promise((resolve, reject) => {
      socket.once('open', resolve);
      socket.once('error', reject);
    });
    const send = (message: unknown) => socket.send(typeof message === 'string' ? message : JSON.stringify(message));
    const until = async (count: number) => {
      while (messages.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
    };
    /** Sends connection_init and waits for the ack; the protocol lets a client subscribe only after it. */
    const init = async () => {
      send({ type: 'connection_init' });
      await until(messages.length + 1);
      expect(messages.at(-1)).toEqual({ type: 'connection_ack' });
    };
    return { socket, messages, closed: closed.promise, send, until, init };
  }

  beforeEach(() => {
    resolveDelays.clear();
  });
  afterEach(async () => {
    await Promise.all(clients.splice(0).map((created) => created.dispose()));
    sockets.dispose();
    httpServer.closeAllConnections();
    await new Promise<void>((resolve) => httpServer.close(() => resolve()));
  });

  it('answers a query with next and complete', async () => {
    await listen();
    const result = collect<{ hello: string }>(client(), 'query($name: String) { hello(name: $name) }', { name: 'Ana' });
    await result.completed;
    expect(result.items).toEqual([{ hello: 'hello Ana' }]);
    expect(result.errors).toEqual([]);
  });

  it('sends a syntax error as an error message and keeps the socket open', async () => {
    await listen();
    const raw = await rawSocket();
    await raw.init();
    raw.send({ id: 'a', type: 'subscribe', payload: { query: 'query {' } });
    raw.send({ id: 'b', type: 'subscribe', payload: { query: '{ hello }' } });
    await raw.until(4);
    const error = raw.messages.find((message) => message.id === 'a');
    expect(error?.type).toBe('error');
    expect(JSON.stringify(error?.payload)).toContain('Syntax Error');
    expect(raw.messages.filter((message) => message.id === 'b').map((message) => message.type)).toEqual(['next', 'complete']);
    raw.socket.close();
  });

  it('closes sockets that break the protocol with its close codes', async () => {
    await listen({ initTimeoutMs: 100 });

    const early = await rawSocket();
    early.send({ id: '1', type: 'subscribe', payload: { query: '{ hello }' } });
    expect((await early.closed).code).toBe(4401);

    const twice = await rawSocket();
    await twice.init();
    twice.send({ type: 'connection_init' });
    expect((await twice.closed).code).toBe(4429);

    const garbled = await rawSocket();
    garbled.send('not json');
    expect(await garbled.closed).toEqual({ code: 4400, reason: 'Invalid message received' });

    const duplicate = await rawSocket();
    await duplicate.init();
    duplicate.send({ id: 'same', type: 'subscribe', payload: { query: 'subscription { inboxEvents { id } }' } });
    duplicate.send({ id: 'same', type: 'subscribe', payload: { query: 'subscription { inboxEvents { id } }' } });
    expect((await duplicate.closed).code).toBe(4409);

    const silent = await rawSocket();
    expect((await silent.closed).code).toBe(4408);

    const refused = await rawSocket();
    refused.send({ type: 'connection_init', payload: { refuse: true } });
    expect((await refused.closed).code).toBe(4403);

    const noProtocol = await rawSocket(null);
    expect((await noProtocol.closed).code).toBe(4406);
  });

  it('answers a ping with a pong carrying its payload', async () => {
    await listen();
    const raw = await rawSocket();
    await raw.init();
    raw.send({ type: 'ping', payload: { at: 1 } });
    await raw.until(2);
    expect(raw.messages[1]).toEqual({ type: 'pong', payload: { at: 1 } });
    raw.socket.close();
  });

  it('drops a socket that stops answering pings and keeps one that answers', async () => {
    await listen({ keepAliveMs: 50 });
    const answering = await rawSocket();
    const silent = await rawSocket('graphql-transport-ws', { autoPong: false });
    await Promise.all([answering.init(), silent.init()]);

    expect((await silent.closed).code).toBe(1006);
    while (sockets.socketCount > 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(answering.socket.readyState).toBe(WebSocket.OPEN);
    expect(sockets.socketCount).toBe(1);
    answering.socket.close();
  });

  it('keeps each subscriber in event order when later results are ready first', async () => {
    await listen();
    const query = 'subscription { inboxEvents { id slow } }';
    const subscriptions = [collect<{ inboxEvents: { id: string } }>(client(), query), collect<{ inboxEvents: { id: string } }>(client(), query)];
    while (PipedSource.live.size < 2) await new Promise((resolve) => setTimeout(resolve, 5));

    // The first event takes longest to resolve, the last none at all.
    for (let id = 1; id <= 5; id += 1) resolveDelays.set(id, (6 - id) * 20);
    for (let id = 1; id <= 5; id += 1) PipedSource.publish(id);
    await Promise.all(subscriptions.map((subscription) => subscription.until(5)));

    for (const subscription of subscriptions) {
      expect(subscription.items.map((item) => item.inboxEvents.id)).toEqual(['1', '2', '3', '4', '5']);
    }
    subscriptions.forEach((subscription) => subscription.unsubscribe());
  });

  it('stops the source stream when the client completes or the socket closes', async () => {
    await listen();
    const query = 'subscription { inboxEvents { id } }';
    const completing = collect(client(), query);
    const closing = client();
    collect(closing, query);
    while (PipedSource.live.size < 2) await new Promise((resolve) => setTimeout(resolve, 5));

    completing.unsubscribe();
    while (PipedSource.live.size > 1) await new Promise((resolve) => setTimeout(resolve, 5));
    await closing.dispose();
    while (PipedSource.live.size > 0) await new Promise((resolve) => setTimeout(resolve, 5));
    expect(PipedSource.live.size).toBe(0);
  });
});
