import {
  createSourceEventStream,
  execute,
  getOperationAST,
  GraphQLError,
  subscribe as graphqlSubscribe,
  type DocumentNode,
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode, handleProtocols, MessageType, parseMessage, type SubscribeMessage } from 'graphql-ws';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { EventSink } from '../events/dispatcher.js';
import type { EventRecord } from '../events/service.js';
import { SharedResults, sharedRootField, toPayload, type SharedKey, type SharedResult } from '../graphql/shared-results.js';

/**
 * The server side of GraphQL over WebSocket, in the graphql-transport-ws
 * protocol that graphql-ws's client speaks (connection_init and ack, ping and
 * pong, subscribe, next, error and complete, and the protocol's close codes).
 *
 * It is written for a server that keeps thousands of sockets open and sends
 * every inbox event to each of them:
 * - A socket costs one small Connection object. The listeners are shared
 *   functions, and one timer pings every socket instead of one timer each.
 * - A subscription to a shared field (see SHARED_SUBSCRIPTION_FIELDS) is
 *   executed once per event for all subscribers with the same key. Once its
 *   replay is sent, the dispatcher's loop hands each live event to the
 *   subscription's SharedOperation, which writes the shared JSON text to the
 *   socket. No iterator, promise or message object is made per subscriber.
 * - Other operations run through graphql-js's execute and subscribe, one
 *   message at a time, waiting for each write before the next.
 */

export { handleProtocols };

/** Messages a subscriber may have waiting for their execution; more means it cannot keep up. */
const MAX_PENDING_RESULTS = 10_000;
/** Bytes a socket may have queued for sending before its shared subscriptions are ended as too slow. */
const MAX_BUFFERED_BYTES = 16 * 1024 * 1024;

export type DocumentCache = {
  parse(text: string): DocumentNode;
  validate(schema: GraphQLSchema, document: DocumentNode): readonly GraphQLError[];
};

export type GraphQLSocketOptions<Handshake, Session> = {
  schema: GraphQLSchema;
  documents: DocumentCache;
  /**
   * Accepts a connection_init, given what the upgrade request left
   * (`handshake`) and the message's payload. Returns the socket's session,
   * or undefined to close the socket with 4403 Forbidden.
   */
  connect(handshake: Handshake, connectionParams: Record<string, unknown> | undefined, socket: WebSocket): Promise<Session | undefined>;
  /** Called once when an accepted socket closes. */
  disconnect?(session: Session, socket: WebSocket): Promise<void>;
  /** The context value of an operation on an accepted socket, built when the operation starts. */
  context(session: Session): unknown;
  /** What a shared result depends on in the context, such as the role; undefined runs the subscription alone. */
  audienceOf(context: unknown): string | undefined;
  sharedFields?: ReadonlySet<string>;
  log: Logger;
  /** How often every socket is pinged. A socket that has not replied to the previous ping by then is dropped. */
  keepAliveMs?: number;
  /** How long a socket may wait before sending connection_init. */
  initTimeoutMs?: number;
};

type Operation = { stop(): void };
/** Marks an id whose operation is still starting. */
const STARTING: Operation = { stop() {} };

/**
 * A socket's operations by id. Nearly every socket has one or two, and a Map
 * costs a hash table each, so the first operation is kept in two fields and
 * a Map is made only for more.
 */
class OperationTable {
  private firstId: string | undefined;
  private first: Operation | undefined;
  private more: Map<string, Operation> | undefined;

  get(id: string): Operation | undefined {
    return id === this.firstId ? this.first : this.more?.get(id);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  set(id: string, operation: Operation): void {
    if (id === this.firstId || (this.firstId === undefined && !this.more?.has(id))) {
      this.firstId = id;
      this.first = operation;
      return;
    }
    (this.more ??= new Map()).set(id, operation);
  }

  delete(id: string): void {
    if (id === this.firstId) {
      this.firstId = undefined;
      this.first = undefined;
      return;
    }
    this.more?.delete(id);
    if (this.more?.size === 0) this.more = undefined;
  }

  /** Removes every operation and returns them. */
  clear(): Operation[] {
    const all = [...(this.first ? [this.first] : []), ...(this.more?.values() ?? [])];
    this.firstId = undefined;
    this.first = undefined;
    this.more = undefined;
    return all;
  }
}

/** One socket's state. It is its own table of operations, which saves an object per socket. */
class Connection<Handshake, Session> extends OperationTable {
  initReceived = false;
  acknowledged = false;
  awaitingPong = false;
  closed = false;
  /** The part of the upgrade request that connection_init needs; dropped once it is read. */
  handshake: Handshake | undefined;
  /** The TCP stream under the socket, corked while a result and its completion are written together. */
  transport: Corkable | undefined;
  session: Session | undefined;
  initTimer: NodeJS.Timeout | undefined;
  constructor(handshake: Handshake) {
    super();
    this.handshake = handshake;
  }
}

/** The part of a TCP stream that batches writes. */
type Corkable = { cork(): void; uncork(): void };

/** Sends `text`, resolving once it is written; a closed socket resolves at once. */
function sendAndWait(socket: WebSocket, text: string): Promise<void> {
  return new Promise((resolve, reject) => {
    if (socket.readyState !== socket.OPEN) {
      resolve();
      return;
    }
    socket.send(text, (error) => (error ? reject(error) : resolve()));
  });
}

/** Builds the protocol's error message for subscription `id` from `errors`. */
function errorMessage(id: string, errors: readonly GraphQLError[]): string {
  return JSON.stringify({ id, type: MessageType.Error, payload: errors.map((error) => error.toJSON()) });
}

/** The empty queue every idle SharedOperation points to, so that one costs no array. Never pushed to. */
const NONE_PENDING: SharedResult[] = [];

/**
 * One subscriber of a shared field. It takes events in id order (from the
 * dispatcher or from its own iteration of the stream), looks up each one's
 * shared result, and writes the results to the socket in the same order. A
 * result still executing holds back the ones after it.
 */
class SharedOperation implements EventSink, Operation {
  /** Results not yet sent, oldest first; the first one is being waited for. */
  private pending: SharedResult[] = NONE_PENDING;
  private pendingHead = 0;
  private drainedWaiters: (() => void)[] | undefined;
  private stopped = false;
  private stream: AsyncIterator<unknown> | undefined;

  constructor(
    private readonly server: GraphQLSocketServer<unknown, unknown>,
    private readonly socket: WebSocket,
    private readonly connection: Connection<unknown, unknown>,
    private readonly id: string,
    private readonly key: SharedKey,
  ) {}

  /** Starts taking events from `stream`: piped when the stream can push them, iterated otherwise. */
  start(stream: AsyncIterator<unknown> & { pipe?: (sink: EventSink) => void }): void {
    this.stream = stream;
    if (typeof stream.pipe === 'function') {
      stream.pipe(this);
      return;
    }
    void this.iterate(stream);
  }

  private async iterate(stream: AsyncIterator<unknown>): Promise<void> {
    try {
      for (;;) {
        const item = await stream.next();
        if (item.done || this.stopped) break;
        this.push(item.value as EventRecord);
        await this.drained();
      }
      if (!this.stopped) {
        await this.drained();
        this.finish(JSON.stringify({ id: this.id, type: MessageType.Complete }));
      }
    } catch (error) {
      this.fail(error);
    }
  }

  push(event: EventRecord): void {
    if (this.stopped) return;
    const result = this.server.results.resultFor(event as object, this.key);
    if (this.pendingHead === this.pending.length && result.text !== undefined) {
      this.send(result.text);
      return;
    }
    if (this.pending === NONE_PENDING) this.pending = [];
    this.pending.push(result);
    if (this.pending.length - this.pendingHead === 1) result.wait(this);
    else if (this.pending.length - this.pendingHead > MAX_PENDING_RESULTS) this.tooSlow();
  }

  /** Called by the first pending result once its text is there: sends every result that is ready, in order. */
  resume(): void {
    while (this.pendingHead < this.pending.length && !this.stopped) {
      const result = this.pending[this.pendingHead];
      if (result.text === undefined) {
        result.wait(this);
        return;
      }
      this.pendingHead += 1;
      this.send(result.text);
    }
    this.pending = NONE_PENDING;
    this.pendingHead = 0;
    const waiters = this.drainedWaiters;
    this.drainedWaiters = undefined;
    if (waiters) for (const resolve of waiters) resolve();
  }

  drained(): Promise<void> {
    if (this.pendingHead === this.pending.length || this.stopped) return Promise.resolve();
    return new Promise((resolve) => (this.drainedWaiters ??= []).push(resolve));
  }

  fail(error: unknown): void {
    if (this.stopped) return;
    const message = error instanceof Error ? error.message : String(error);
    this.finish(errorMessage(this.id, [new GraphQLError(message)]));
  }

  /** Ends the subscription at the client's request or when the socket closes: nothing more is sent. */
  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.server.results.release(this.key);
    Promise.resolve(this.stream?.return?.()).catch(() => {});
    this.pending = NONE_PENDING;
    this.pendingHead = 0;
    this.resume();
  }

  private send(text: string): void {
    if (this.socket.readyState !== this.socket.OPEN) return;
    // The message is put together for each send rather than kept, because thousands of subscriptions would each hold a copy.
    this.socket.send(`{"id":${JSON.stringify(this.id)},"type":"next","payload":${text}}`);
    if (this.socket.bufferedAmount > MAX_BUFFERED_BYTES) this.tooSlow();
  }

  private tooSlow(): void {
    this.server.log.warn({ subscriptionId: this.id.slice(0, 40) }, 'subscriber too slow; ending its subscription');
    this.fail(new Error('Subscriber fell too far behind; resubscribe with the last event id received'));
  }

  /** Stops, sends `last` and removes the operation from its socket. */
  private finish(last: string): void {
    this.stop();
    if (this.connection.get(this.id) !== this) return;
    this.connection.delete(this.id);
    if (this.socket.readyState === this.socket.OPEN) this.socket.send(last);
  }
}

/**
 * Serves GraphQL over WebSocket for the sockets handed to `accept`. The ws
 * server that accepts them must use `handleProtocols` from this module.
 */
export class GraphQLSocketServer<Handshake, Session> {
  readonly results: SharedResults;
  readonly log: Logger;
  /** The open sockets and their state. */
  private readonly connections = new Map<WebSocket, Connection<Handshake, Session>>();
  /** `disconnect` calls still running. */
  private readonly disconnecting = new Set<Promise<void>>();
  private readonly keepAlive: NodeJS.Timeout;
  private readonly onMessage: (this: WebSocket, data: Buffer | ArrayBuffer | Buffer[], isBinary: boolean) => void;
  private readonly onClose: (this: WebSocket) => void;
  private readonly onPong: (this: WebSocket) => void;
  private readonly onError: (this: WebSocket, error: Error) => void;

  constructor(private readonly options: GraphQLSocketOptions<Handshake, Session>) {
    this.log = options.log;
    this.results = new SharedResults((error) => options.log.error({ err: error }, 'shared subscription result failed'));
    // One function each for all sockets, called with the socket as `this`, so a socket costs no closures.
    const server = this;
    this.onMessage = function onMessage(data) {
      server.receive(this, String(data)).catch((error: unknown) => {
        server.log.error({ err: error }, 'handling a WebSocket message failed');
        this.close(CloseCode.InternalServerError, 'Internal server error');
      });
    };
    this.onClose = function onClose() {
      server.closed(this);
    };
    this.onPong = function onPong() {
      const connection = server.connections.get(this);
      if (connection) connection.awaitingPong = false;
    };
    this.onError = function onError(error) {
      server.log.debug({ err: error }, 'WebSocket error');
    };
    const keepAliveMs = options.keepAliveMs ?? 12_000;
    this.keepAlive = setInterval(() => this.pingAll(), keepAliveMs);
    this.keepAlive.unref();
  }

  /** The number of open sockets. */
  get socketCount(): number {
    return this.connections.size;
  }

  /** Takes a socket that the ws server has just accepted. */
  accept(socket: WebSocket, handshake: Handshake, transport?: Corkable): void {
    socket.on('error', this.onError);
    if (socket.protocol !== 'graphql-transport-ws') {
      socket.close(CloseCode.SubprotocolNotAcceptable, 'Subprotocol not acceptable');
      return;
    }
    const connection = new Connection<Handshake, Session>(handshake);
    connection.transport = transport;
    this.connections.set(socket, connection);
    connection.initTimer = setTimeout(() => {
      if (!connection.initReceived) socket.close(CloseCode.ConnectionInitialisationTimeout, 'Connection initialisation timeout');
    }, this.options.initTimeoutMs ?? 3_000);
    socket.on('message', this.onMessage);
    socket.on('close', this.onClose);
    socket.on('pong', this.onPong);
  }

  /**
   * Closes every socket with 1001 and resolves once all have closed and their
   * `disconnect` calls have ended, so that a shutdown closes the database only
   * after them. Sockets still open after `graceMs` are cut off.
   */
  async dispose(graceMs = 10_000): Promise<void> {
    clearInterval(this.keepAlive);
    for (const socket of this.connections.keys()) socket.close(1001, 'Server shutting down');
    const deadline = Date.now() + graceMs;
    while (this.connections.size > 0 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    if (this.connections.size > 0) {
      this.log.warn({ sockets: this.connections.size }, 'sockets still open after the grace period; cutting them off');
      this.terminateAll();
      // A terminated socket reports its close on a later tick.
      while (this.connections.size > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await Promise.allSettled([...this.disconnecting]);
  }

  /** Cuts every socket off without a close handshake, for a shutdown whose grace period is over. */
  terminateAll(): void {
    for (const socket of this.connections.keys()) socket.terminate();
  }

  private pingAll(): void {
    for (const [socket, connection] of this.connections) {
      if (socket.readyState !== socket.OPEN) continue;
      if (connection.awaitingPong) {
        socket.terminate();
        continue;
      }
      connection.awaitingPong = true;
      socket.ping();
    }
  }

  private async receive(socket: WebSocket, data: string): Promise<void> {
    const connection = this.connections.get(socket);
    if (!connection || connection.closed) return;
    let message;
    try {
      message = parseMessage(data);
    } catch {
      socket.close(CloseCode.BadRequest, 'Invalid message received');
      return;
    }
    switch (message.type) {
      case MessageType.ConnectionInit: {
        if (connection.initReceived) {
          socket.close(CloseCode.TooManyInitialisationRequests, 'Too many initialisation requests');
          return;
        }
        connection.initReceived = true;
        clearTimeout(connection.initTimer);
        connection.initTimer = undefined;
        const handshake = connection.handshake as Handshake;
        connection.handshake = undefined;
        const params = message.payload && typeof message.payload === 'object' ? (message.payload as Record<string, unknown>) : undefined;
        const session = await this.options.connect(handshake, params, socket);
        if (session === undefined) {
          socket.close(CloseCode.Forbidden, 'Forbidden');
          return;
        }
        if (connection.closed) {
          await this.disconnect(session, socket);
          return;
        }
        connection.session = session;
        connection.acknowledged = true;
        socket.send(JSON.stringify({ type: MessageType.ConnectionAck }));
        return;
      }
      case MessageType.Ping:
        socket.send(JSON.stringify(message.payload ? { type: MessageType.Pong, payload: message.payload } : { type: MessageType.Pong }));
        return;
      case MessageType.Pong:
        return;
      case MessageType.Subscribe: {
        if (!connection.acknowledged) {
          socket.close(CloseCode.Unauthorized, 'Unauthorized');
          return;
        }
        if (connection.has(message.id)) {
          socket.close(CloseCode.SubscriberAlreadyExists, `Subscriber for ${message.id} already exists`);
          return;
        }
        connection.set(message.id, STARTING);
        try {
          await this.start(socket, connection, message);
        } catch (error) {
          // An id whose start failed is free again, so the client may retry it.
          if (connection.get(message.id) === STARTING) connection.delete(message.id);
          throw error;
        }
        return;
      }
      case MessageType.Complete: {
        const operation = connection.get(message.id);
        connection.delete(message.id);
        operation?.stop();
        return;
      }
      default:
        socket.close(CloseCode.BadRequest, `Unexpected message of type ${message.type} received`);
    }
  }

  /** Starts a subscribe message's operation. The id stays STARTING until the operation is running. */
  private async start(socket: WebSocket, connection: Connection<Handshake, Session>, message: SubscribeMessage): Promise<void> {
    const { id, payload } = message;
    const operations: OperationTable = connection;
    const isCurrent = () => operations.get(id) === STARTING && !connection.closed;
    const sendError = (errors: readonly GraphQLError[]) => {
      operations.delete(id);
      if (socket.readyState === socket.OPEN) socket.send(errorMessage(id, errors));
    };

    let document: DocumentNode;
    try {
      document = this.options.documents.parse(payload.query);
    } catch (error) {
      if (error instanceof GraphQLError) return sendError([error]);
      throw error;
    }
    const validationErrors = this.options.documents.validate(this.options.schema, document);
    if (validationErrors.length > 0) return sendError(validationErrors);
    const operation = getOperationAST(document, payload.operationName);
    if (!operation) return sendError([new GraphQLError('Unable to identify operation')]);

    const contextValue = await this.options.context(connection.session as Session);
    if (!isCurrent()) return;
    const args: ExecutionArgs = {
      schema: this.options.schema,
      document,
      operationName: payload.operationName,
      variableValues: payload.variables,
      contextValue,
    };

    if (operation.operation === 'subscription') {
      const root = sharedRootField(document, payload.operationName, this.options.sharedFields);
      const audience = root ? this.options.audienceOf(contextValue) : undefined;
      if (root && audience !== undefined) {
        const stream = await createSourceEventStream(args);
        if (!(Symbol.asyncIterator in stream)) return this.sendResult(socket, connection, id, stream);
        const iterator = stream[Symbol.asyncIterator]() as AsyncIterator<unknown> & { pipe?: (sink: EventSink) => void };
        if (!isCurrent()) {
          void iterator.return?.();
          return;
        }
        const shared = new SharedOperation(
          this as GraphQLSocketServer<unknown, unknown>,
          socket,
          connection as Connection<unknown, unknown>,
          id,
          this.results.acquire(args, root, audience),
        );
        operations.set(id, shared);
        shared.start(iterator);
        return;
      }
      const result = await graphqlSubscribe(args);
      if (!(Symbol.asyncIterator in result)) return this.sendResult(socket, connection, id, result);
      return this.iterate(socket, connection, id, result);
    }
    return this.sendResult(socket, connection, id, await execute(args));
  }

  /** Sends one result and completes the operation, unless the client completed it first. */
  private async sendResult(socket: WebSocket, connection: Connection<Handshake, Session>, id: string, result: ExecutionResult): Promise<void> {
    const operations: OperationTable = connection;
    if (operations.get(id) !== STARTING || connection.closed) return;
    operations.delete(id);
    const next = JSON.stringify({ id, type: MessageType.Next, payload: toPayload(result) });
    // Both messages leave in one write: a claim's client waits for the completion, not only the result.
    connection.transport?.cork();
    if (socket.readyState === socket.OPEN) socket.send(next);
    const written = sendAndWait(socket, JSON.stringify({ id, type: MessageType.Complete }));
    connection.transport?.uncork();
    await written;
  }

  /** Runs a subscription that is not shared: each result executed for this subscriber and sent once the one before is written. */
  private async iterate(socket: WebSocket, connection: Connection<Handshake, Session>, id: string, results: AsyncGenerator<ExecutionResult>): Promise<void> {
    const operations: OperationTable = connection;
    const operation: Operation = { stop: () => void results.return(undefined) };
    if (operations.get(id) !== STARTING || connection.closed) {
      operation.stop();
      return;
    }
    operations.set(id, operation);
    try {
      for await (const result of results) {
        if (operations.get(id) !== operation) break;
        await sendAndWait(socket, JSON.stringify({ id, type: MessageType.Next, payload: toPayload(result) }));
      }
    } catch (error) {
      if (operations.get(id) !== operation) return;
      operations.delete(id);
      const message = error instanceof Error ? error.message : String(error);
      await sendAndWait(socket, errorMessage(id, [new GraphQLError(message)]));
      return;
    }
    if (operations.get(id) !== operation) return;
    operations.delete(id);
    await sendAndWait(socket, JSON.stringify({ id, type: MessageType.Complete }));
  }

  /** Runs the `disconnect` hook of a closed socket's session; `dispose` waits for it. */
  private disconnect(session: Session, socket: WebSocket): Promise<void> {
    if (!this.options.disconnect) return Promise.resolve();
    const done = this.options.disconnect(session, socket).catch((error: unknown) => this.log.error({ err: error }, "recording a closed socket's end failed"));
    this.disconnecting.add(done);
    void done.finally(() => this.disconnecting.delete(done));
    return done;
  }

  private closed(socket: WebSocket): void {
    const connection = this.connections.get(socket);
    this.connections.delete(socket);
    if (!connection || connection.closed) return;
    connection.closed = true;
    clearTimeout(connection.initTimer);
    // Operations still starting see the cleared map and stop themselves.
    for (const operation of connection.clear()) operation.stop();
    if (connection.session !== undefined) void this.disconnect(connection.session, socket);
  }
}
