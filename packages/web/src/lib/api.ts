/**
 * The only module that talks to the server. Queries and most mutations go
 * over HTTP POST to /graphql. Subscriptions, socket-only mutations such as
 * `heartbeat`, and the mutations sent with mutateLive while the socket is
 * connected go over one graphql-ws WebSocket on the same path.
 *
 * The server authenticates both from the httpOnly session cookie. The socket
 * reads the cookie once, when it connects, so callers open it after sign-in
 * and close it on sign-out (see openSocket and closeSocket).
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { getOperationAST, print, type DocumentNode, type GraphQLFormattedError } from 'graphql';
import { createClient, type Client, type FormattedExecutionResult } from 'graphql-ws';
import { createSignal } from 'solid-js';

const GRAPHQL_PATH = '/graphql';

/** Close codes with which the server ends a socket whose session is gone (signed out, expired, revoked or deactivated). */
const SESSION_ENDED_CLOSE_CODES = new Set([4401, 4403]);

/** GraphQL error codes that mean the HTTP request carried no valid session. */
const SESSION_ENDED_ERROR_CODES = new Set(['UNAUTHENTICATED']);

/** Milliseconds between keep-alive pings on the socket. */
const KEEP_ALIVE_MS = 12_000;

/** Milliseconds to wait for the pong to a ping before treating the socket as dead. */
const PONG_TIMEOUT_MS = 6_000;

/**
 * Upper bound of the delay between reconnection attempts, in milliseconds.
 * A restart takes the server about 20 s on the embedded database. With a
 * 30 s bound, an agent could wait another 16 s before the inbox was live.
 * Attempts every 2.5 to 5 s cost a handful of sockets.
 */
const MAX_RETRY_DELAY_MS = 5_000;

/** Delay before a new client replaces one that graphql-ws gave up on, in milliseconds. */
const CLIENT_RESTART_DELAY_MS = 5_000;

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly operationName: string,
    readonly errors: readonly GraphQLFormattedError[] = [],
    options?: ErrorOptions,
  ) {
    super(message, options);
    this.name = 'GraphQLRequestError';
  }
}

// ---------------------------------------------------------------------------
// Session-ended notification, shared by HTTP and WebSocket failures.

let sessionEndedHandler: (() => void) | null = null;

/** Registers the function to call when the server reports that the session is gone. */
export function setSessionEndedHandler(handler: (() => void) | null): void {
  sessionEndedHandler = handler;
}

function reportSessionEnded(): void {
  sessionEndedHandler?.();
}

// ---------------------------------------------------------------------------
// Documents

const queryTextCache = new WeakMap<DocumentNode, string>();

function toQueryText(document: DocumentNode): string {
  let text = queryTextCache.get(document);
  if (text === undefined) {
    text = print(document);
    queryTextCache.set(document, text);
  }
  return text;
}

function operationNameOf(document: DocumentNode): string {
  return getOperationAST(document)?.name?.value ?? 'anonymous operation';
}

function describeErrors(errors: readonly GraphQLFormattedError[]): string {
  return errors.map((error) => error.message).join('; ');
}

function hasSessionEndedError(errors: readonly GraphQLFormattedError[]): boolean {
  return errors.some((error) => SESSION_ENDED_ERROR_CODES.has(String(error.extensions?.code ?? '')));
}

// ---------------------------------------------------------------------------
// HTTP

async function postOperation<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const operationName = operationNameOf(document);
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, {
      method: 'POST',
      credentials: 'same-origin',
      headers: {
        // Apollo's CSRF prevention accepts requests with a JSON content type.
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
      },
      body: JSON.stringify({ query: toQueryText(document), variables, operationName }),
    });
  } catch (cause) {
    throw new GraphQLRequestError(
      `Could not reach the server (${operationName}). Check the network connection and try again.`,
      operationName,
      [],
      { cause },
    );
  }

  let body: FormattedExecutionResult<TResult>;
  try {
    body = (await response.json()) as FormattedExecutionResult<TResult>;
  } catch {
    throw new GraphQLRequestError(
      `The server sent an invalid response to ${operationName} (HTTP ${response.status}). Try again in a moment.`,
      operationName,
    );
  }

  const errors = body.errors ?? [];
  if (errors.length > 0) {
    if (hasSessionEndedError(errors)) reportSessionEnded();
    throw new GraphQLRequestError(describeErrors(errors), operationName, errors);
  }
  if (body.data == null) {
    throw new GraphQLRequestError(
      `The server returned no data for ${operationName} (HTTP ${response.status}).`,
      operationName,
    );
  }
  return body.data;
}

/** Runs a query over HTTP and returns its data. Throws GraphQLRequestError on network or GraphQL errors. */
export function query<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return postOperation(document, variables);
}

/** Runs a mutation over HTTP and returns its data. Throws GraphQLRequestError on network or GraphQL errors. */
export function mutate<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return postOperation(document, variables);
}

/**
 * Sends a mutation over the WebSocket while it is connected, and over HTTP
 * otherwise. The server then skips the HTTP request's parsing and Express,
 * which matters when many agents act at the same moment. Use it only for
 * mutations that may run twice with the same result, because graphql-ws sends
 * an operation again after a reconnection.
 */
export function mutateLive<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  return client !== null && socketState() === 'connected' ? sendOverSocket(document, variables) : postOperation(document, variables);
}

// ---------------------------------------------------------------------------
// WebSocket

/**
 * - `closed`: no socket (signed out, or not opened yet).
 * - `connecting`: the first connection attempt is under way.
 * - `connected`: the server acknowledged the connection.
 * - `reconnecting`: a connected socket dropped and the client is retrying.
 */
export type SocketState = 'closed' | 'connecting' | 'connected' | 'reconnecting';

const [socketState, setSocketState] = createSignal<SocketState>('closed');
export { socketState };

type SocketListener = () => void;

const connectedListeners = new Set<SocketListener>();
const closedListeners = new Set<SocketListener>();

let client: Client | null = null;

/** Increases with every openSocket and closeSocket, so events of a replaced client are ignored. */
let socketGeneration = 0;

/** Whether a socket has connected since the last closeSocket, which decides between "connecting" and "reconnecting". */
let connectedBefore = false;

/** Registers a listener for every connection acknowledgement, first and after each reconnection. */
export function onSocketConnected(listener: SocketListener): () => void {
  connectedListeners.add(listener);
  return () => connectedListeners.delete(listener);
}

/** Registers a listener for every unexpected close of the socket. closeSocket does not call it. */
export function onSocketClosed(listener: SocketListener): () => void {
  closedListeners.add(listener);
  return () => closedListeners.delete(listener);
}

function socketUrl(): string {
  const url = new URL(GRAPHQL_PATH, window.location.href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.href;
}

function closeCodeOf(event: unknown): number | null {
  if (typeof event === 'object' && event !== null && 'code' in event && typeof event.code === 'number') {
    return event.code;
  }
  return null;
}

/** Exponential backoff with jitter: about 1 s, 2 s, 4 s … up to MAX_RETRY_DELAY_MS. */
function waitBeforeRetry(retries: number): Promise<void> {
  const base = Math.min(MAX_RETRY_DELAY_MS, 1000 * 2 ** retries);
  const delay = base / 2 + Math.random() * (base / 2);
  return new Promise((resolve) => setTimeout(resolve, delay));
}

/**
 * Opens the WebSocket if it is not open. Call it only while signed in,
 * because the server reads the session cookie when the socket connects.
 */
export function openSocket(): void {
  if (client !== null) return;

  // createClient starts connecting and emits events before it returns, so
  // the listeners identify their socket by generation, not by the client.
  socketGeneration += 1;
  const generation = socketGeneration;
  const isCurrent = () => generation === socketGeneration;

  let pongTimer: ReturnType<typeof setTimeout> | undefined;

  client = createClient({
    url: socketUrl(),
    // Non-lazy: the client keeps one socket open and reconnects it even while
    // no subscription is active, so heartbeats always have a socket to use.
    lazy: false,
    keepAlive: KEEP_ALIVE_MS,
    retryAttempts: Number.POSITIVE_INFINITY,
    retryWait: waitBeforeRetry,
    // graphql-ws only retries close events by default. A failed connection
    // attempt reports a plain error event first, and that must be retried too.
    shouldRetry: (errorOrCloseEvent) => {
      const code = closeCodeOf(errorOrCloseEvent);
      return code === null || !SESSION_ENDED_CLOSE_CODES.has(code);
    },
    // graphql-ws stops retrying after close codes it deems fatal, such as
    // 4500 or 1011. The workspace must stay live, so a fresh client replaces it.
    onNonLazyError: (error) => {
      if (!isCurrent()) return;
      const code = closeCodeOf(error);
      if (code !== null && SESSION_ENDED_CLOSE_CODES.has(code)) return;
      console.error(`Live connection failed (code ${code ?? 'none'}); starting a new one in ${CLIENT_RESTART_DELAY_MS} ms`, error);
      setSocketState(connectedBefore ? 'reconnecting' : 'connecting');
      setTimeout(() => {
        if (!isCurrent()) return;
        const failed = client;
        client = null;
        void failed?.dispose();
        openSocket();
      }, CLIENT_RESTART_DELAY_MS);
    },
    on: {
      connecting: (isRetry) => {
        if (!isCurrent()) return;
        setSocketState(connectedBefore || isRetry ? 'reconnecting' : 'connecting');
      },
      connected: () => {
        if (!isCurrent()) return;
        connectedBefore = true;
        setSocketState('connected');
        for (const listener of [...connectedListeners]) listener();
      },
      ping: (received) => {
        // Only the client's own pings start the pong timer.
        if (received) return;
        pongTimer = setTimeout(() => {
          if (!isCurrent()) return;
          console.warn(`Live connection: no pong within ${PONG_TIMEOUT_MS} ms, reconnecting`);
          client?.terminate();
        }, PONG_TIMEOUT_MS);
      },
      pong: (received) => {
        if (received) clearTimeout(pongTimer);
      },
      closed: (event) => {
        clearTimeout(pongTimer);
        if (!isCurrent()) return;

        const code = closeCodeOf(event);
        if (code !== null && SESSION_ENDED_CLOSE_CODES.has(code)) {
          console.info(`Live connection closed with code ${code}: the session has ended`);
          closeSocket();
          reportSessionEnded();
          return;
        }

        console.warn(`Live connection closed (code ${code ?? 'unknown'}), reconnecting`);
        setSocketState(connectedBefore ? 'reconnecting' : 'connecting');
        for (const listener of [...closedListeners]) listener();
      },
    },
  });

  if (socketState() === 'closed') setSocketState(connectedBefore ? 'reconnecting' : 'connecting');
}

/** Closes the WebSocket, for sign-out or before a new sign-in. Does nothing when no socket is open. */
export function closeSocket(): void {
  const current = client;
  client = null;
  socketGeneration += 1;
  connectedBefore = false;
  setSocketState('closed');
  void current?.dispose();
}

export type SubscriptionSink<TResult> = {
  next: (data: TResult) => void;
  error: (error: Error) => void;
  complete?: () => void;
};

/**
 * Starts an operation over the WebSocket and returns a function that stops it.
 * Throws when no socket is open. graphql-ws re-sends the operation with the
 * same variables after a reconnection, and lib/live.ts builds resumable streams on top.
 */
export function subscribe<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
  sink: SubscriptionSink<TResult>,
): () => void {
  const operationName = operationNameOf(document);
  if (client === null) {
    throw new GraphQLRequestError(`Cannot start ${operationName}: the live connection is not open. Sign in first.`, operationName);
  }

  return client.subscribe<TResult>(
    { query: toQueryText(document), variables: variables as Record<string, unknown>, operationName },
    {
      next: (result) => {
        const errors = result.errors ?? [];
        if (errors.length > 0) {
          if (hasSessionEndedError(errors)) reportSessionEnded();
          sink.error(new GraphQLRequestError(describeErrors(errors), operationName, errors));
          return;
        }
        if (result.data != null) sink.next(result.data);
      },
      error: (error) => {
        if (Array.isArray(error)) {
          if (hasSessionEndedError(error)) reportSessionEnded();
          sink.error(new GraphQLRequestError(describeErrors(error), operationName, error));
        } else if (error instanceof Error) {
          sink.error(error);
        } else {
          const code = closeCodeOf(error);
          sink.error(new GraphQLRequestError(`${operationName} stopped: the connection closed (code ${code ?? 'unknown'})`, operationName));
        }
      },
      complete: () => sink.complete?.(),
    },
  );
}

/** Sends one query or mutation over the WebSocket and resolves with its data. */
export function sendOverSocket<TResult, TVariables>(
  document: TypedDocumentNode<TResult, TVariables>,
  variables: TVariables,
): Promise<TResult> {
  const operationName = operationNameOf(document);
  return new Promise((resolve, reject) => {
    let settled = false;
    // The server completes a query or mutation after its one result, so the
    // operation ends by itself and the returned stop function is not needed.
    subscribe(document, variables, {
      next: (data) => {
        settled = true;
        resolve(data);
      },
      error: reject,
      complete: () => {
        if (!settled) reject(new GraphQLRequestError(`${operationName} completed without a result`, operationName));
      },
    });
  });
}
