import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import readline from 'node:readline';
import { Worker } from 'node:worker_threads';
import { print } from 'graphql';
import { createClient, type Client } from 'graphql-ws';
import type { Logger } from 'pino';
import WebSocket from 'ws';
import { createStaff, signIn, toActor } from '../../../server/src/auth/service.js';
import { loadConfig } from '../../../server/src/config.js';
import type { Actor, CoreDeps } from '../../../server/src/core/deps.js';
import { SESSION_COOKIE } from '../../../server/src/http/cookies.js';
import { startServer, type RunningServer } from '../../../server/src/http/server.js';
import { ClaimInquiryDocument, InboxDocument, InboxEventsDocument, SubmitWebInquiryDocument } from '../../../web/src/lib/graphql.js';
import { DEFAULT_DATABASE_URL, openFolderPglite, openScratchPostgres, type BenchDatabase, type BenchTarget } from '../databases.js';
import { databaseVersion, pgliteVersion, repositoryRoot } from '../environment.js';
import { quantile } from '../measure.js';
import type { Machine } from '../report.js';

/**
 * Helpers shared by the load scenarios (intake, fanout, claim, inbox,
 * processes): real servers on loopback port 0, signed-in staff, the web
 * client's own GraphQL documents, and bounded concurrent loops.
 */

/** The inbox query and subscription exactly as the web client sends them. */
export const INBOX_QUERY = print(InboxDocument);
export const INBOX_EVENTS_SUBSCRIPTION = print(InboxEventsDocument);
export const SUBMIT_WEB_INQUIRY = print(SubmitWebInquiryDocument);
export const CLAIM_INQUIRY = print(ClaimInquiryDocument);
/** The page size the web client's inbox asks for. */
export const WEB_PAGE_SIZE = 25;

export const BENCH_PASSWORD = 'bench password that is long enough 0123';
/** The servers' SESSION_SECRET: sessions and API keys created by the benchmark must be hashed with it. */
export const SESSION_SECRET = 'bench-session-secret-for-load-scenarios-0123';

/** Server settings for load runs: no per-address request limit and a web-form limit above any run's count. */
const LOAD_ENV = { REQUESTS_PER_MINUTE: '0', WEB_FORM_RATE_LIMIT: '10000', OPEN311_POSTS_PER_HOUR: '1000000' };

/** Starts the real HTTP and WebSocket server in this process on a free loopback port over `database`. */
export function startInProcessServer(database: BenchDatabase, log: Logger): Promise<RunningServer> {
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    SESSION_SECRET,
    LOG_LEVEL: 'warn',
    WEB_DIST: '/nonexistent-web-dist',
    ...LOAD_ENV,
  });
  return startServer(config, { logger: log.child({ module: 'server' }), database: database.handle });
}

export type ServerProcess = { child: ChildProcess; url: string; pid: number; memory: () => Promise<MemoryProbe> };

/** Memory of a process right after a full garbage collection, in bytes. */
export type MemoryProbe = { rss: number; heapUsed: number; external: number };

const MEMORY_PROBE = path.join(import.meta.dirname, 'memory-probe.ts');
export const MEMORY_PROBE_ARGS = ['--expose-gc', '--import', 'tsx', '--import', MEMORY_PROBE];

/**
 * Returns a function that asks a child started with MEMORY_PROBE_ARGS for its
 * memory after a full garbage collection, reading the answer from `lines`.
 */
export function memoryProbe(child: ChildProcess, lines: readline.Interface): () => Promise<MemoryProbe> {
  const waiting: ((probe: MemoryProbe) => void)[] = [];
  lines.on('line', (line) => {
    if (!line.startsWith('{"memoryProbe"')) return;
    waiting.shift()?.((JSON.parse(line) as { memoryProbe: MemoryProbe }).memoryProbe);
  });
  return () =>
    new Promise((resolve) => {
      waiting.push(resolve);
      child.kill('SIGUSR2');
    });
}

/**
 * Starts packages/server/src/main.ts in a child process on a free loopback
 * port over the PostgreSQL database `databaseUrl`, and resolves once it
 * logs where it listens. The memory probe is preloaded, so `memory()` works.
 */
export function startServerProcess(databaseUrl: string, extraEnv: Record<string, string> = {}): Promise<ServerProcess> {
  const serverRoot = path.join(repositoryRoot, 'packages', 'server');
  const child = spawn(process.execPath, [...MEMORY_PROBE_ARGS, 'src/main.ts'], {
    cwd: serverRoot,
    env: {
      PATH: process.env.PATH,
      NODE_ENV: 'production',
      PORT: '0',
      HOST: '127.0.0.1',
      LOG_LEVEL: 'info',
      SESSION_SECRET,
      DATABASE_URL: databaseUrl,
      DEMO_IMPORT_DIR: '/nonexistent-demo-data',
      WEB_DIST: '/nonexistent-web-dist',
      ...LOAD_ENV,
      ...extraEnv,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolve, reject) => {
    const output: string[] = [];
    child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
    child.once('exit', (code) => reject(new Error(`server process exited with ${code} before listening:\n${output.join('').slice(-4000)}`)));
    const lines = readline.createInterface({ input: child.stdout! });
    const memory = memoryProbe(child, lines);
    lines.on('line', (line) => {
      output.push(line);
      try {
        const entry = JSON.parse(line) as { port?: number; msg?: string; level?: number };
        if (entry.port && entry.msg?.startsWith('listening')) resolve({ child, url: `http://127.0.0.1:${entry.port}`, pid: child.pid!, memory });
        else if ((entry.level ?? 0) >= 50) process.stderr.write(`[server ${child.pid}] ${line.slice(0, 500)}\n`);
      } catch {
        // Not a log line.
      }
    });
  });
}

/** Sends SIGTERM to a server process and resolves when it has exited. */
export function stopServerProcess(server: ServerProcess | undefined): Promise<void> {
  if (!server || server.child.exitCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    server.child.once('exit', () => resolve());
    server.child.kill('SIGTERM');
  });
}

export type SignedInStaff = { actor: Actor; cookie: string };

/** Creates `count` staff accounts and signs each in through the server's own service, returning their session cookies. */
export async function createSignedInStaff(deps: CoreDeps, count: number, role: 'agent' | 'manager', prefix: string): Promise<SignedInStaff[]> {
  const staff: SignedInStaff[] = [];
  for (let index = 1; index <= count; index += 1) {
    const email = `${prefix}.${role}.${index}@bench.example`;
    const record = await createStaff(deps, { email, displayName: `Bench ${role} ${index}`, role, password: BENCH_PASSWORD });
    const result = await signIn(deps, { email, password: BENCH_PASSWORD });
    if (result.kind !== 'signed_in') throw new Error(`sign-in of ${email} failed: ${result.kind}`);
    staff.push({ actor: toActor(record), cookie: `${SESSION_COOKIE}=${result.token}` });
  }
  return staff;
}

export type GraphQLResult = { data?: Record<string, any>; errors?: { message: string }[] };

export type HttpAnswer = {
  ok: boolean;
  status: number;
  text: string;
  /** Time from sending the request to reading the last byte of its response, measured in the client thread. */
  milliseconds: number;
};

/** A message to the client thread (http-client-worker.mjs), and the reply it posts back. */
type ClientRequestMessage = { id: number; url: string; method: string; headers: Record<string, string>; body?: string };
type ClientAnswerMessage = { id: number; status: number; text: string; milliseconds: number } | { id: number; error: string };

type PendingRequest = { resolve: (answer: HttpAnswer) => void; reject: (error: Error) => void };

/**
 * The thread that sends the load scenarios' requests (http-client-worker.mjs),
 * started on first use. It keeps the benchmark running only while some of
 * its requests are pending.
 */
let clientThread: { worker: Worker; pending: Map<number, PendingRequest>; nextId: number } | undefined;

function httpClientThread() {
  if (clientThread) return clientThread;
  const worker = new Worker(new URL('./http-client-worker.mjs', import.meta.url));
  const thread = { worker, pending: new Map<number, PendingRequest>(), nextId: 1 };
  worker.on('message', (answer: ClientAnswerMessage) => {
    const waiting = thread.pending.get(answer.id);
    if (!waiting) return;
    thread.pending.delete(answer.id);
    if (thread.pending.size === 0) worker.unref();
    if ('error' in answer) waiting.reject(new Error(answer.error));
    else waiting.resolve({ ok: answer.status >= 200 && answer.status < 300, status: answer.status, text: answer.text, milliseconds: answer.milliseconds });
  });
  worker.on('error', (error) => {
    for (const waiting of thread.pending.values()) waiting.reject(error);
    thread.pending.clear();
    clientThread = undefined;
  });
  worker.unref();
  clientThread = thread;
  return thread;
}

/**
 * Sends one request over a kept-alive connection and reads the whole response
 * body as text. The request goes out from a separate client thread, so the
 * servers started in this process have the main thread to themselves. The
 * client uses node:http, which took about half the CPU time of fetch per request.
 */
export function httpRequest(url: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<HttpAnswer> {
  const thread = httpClientThread();
  const id = thread.nextId;
  thread.nextId += 1;
  return new Promise((resolve, reject) => {
    if (thread.pending.size === 0) thread.worker.ref();
    thread.pending.set(id, { resolve, reject });
    const message: ClientRequestMessage = { id, url, method: options.method ?? 'GET', headers: options.headers ?? {}, body: options.body };
    thread.worker.postMessage(message);
  });
}

/** Posts a GraphQL request and returns its body; an HTTP error or a GraphQL error throws. */
export async function postGraphQL(baseUrl: string, query: string, variables: Record<string, unknown>, cookie?: string): Promise<GraphQLResult> {
  return (await postGraphQLTimed(baseUrl, query, variables, cookie)).body;
}

/** Posts a GraphQL request like postGraphQL, and also returns its milliseconds as the client thread measured them. */
export async function postGraphQLTimed(
  baseUrl: string,
  query: string,
  variables: Record<string, unknown>,
  cookie?: string,
): Promise<{ body: GraphQLResult; milliseconds: number }> {
  const response = await httpRequest(`${baseUrl}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = JSON.parse(response.text) as GraphQLResult;
  if (!response.ok || body.errors) throw new Error(`GraphQL request failed with HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 500)}`);
  return { body, milliseconds: response.milliseconds };
}

/** Opens a graphql-ws client that sends `cookie`, without retries, and resolves once the server acknowledged it. */
export function openSubscriber(baseUrl: string, cookie: string): Promise<Client> {
  class CookieWebSocket extends WebSocket {
    constructor(address: string | URL, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return new Promise((resolve, reject) => {
    const client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: CookieWebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: reject,
      on: { connected: () => resolve(client), closed: (event) => reject(new Error(`socket closed before it was acknowledged: ${JSON.stringify(event)}`)) },
    });
  });
}

/** An open subscription of a load scenario, whichever client carries it. */
export type OpenSubscription = { close: () => Promise<void> };
type SubscriptionPayload = { query: string; variables?: Record<string, unknown> };
type SubscriptionSink = { next: (payload: { data?: unknown; errors?: unknown }) => void; error: (error: unknown) => void };

/** Subscribes with graphql-ws's client, the library the web client uses. */
export async function subscribeWithLibrary(baseUrl: string, cookie: string, payload: SubscriptionPayload, sink: SubscriptionSink): Promise<OpenSubscription> {
  const client = await openSubscriber(baseUrl, cookie);
  client.subscribe(payload, { next: sink.next, error: sink.error, complete: () => {} });
  return { close: async () => void (await client.dispose()) };
}

/**
 * Subscribes over a plain `ws` socket that speaks the graphql-transport-ws
 * protocol itself: connection_init, then subscribe once acknowledged. For
 * each message it parses the JSON and reads its type, as a plain client does
 * for a broadcast. A comparison of the two then measures the servers rather
 * than the client libraries.
 */
export function subscribeWithProtocol(baseUrl: string, cookie: string, payload: SubscriptionPayload, sink: SubscriptionSink): Promise<OpenSubscription> {
  const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers: { cookie } });
  const close = () =>
    new Promise<void>((resolve) => {
      if (socket.readyState === WebSocket.CLOSED) return resolve();
      socket.once('close', () => resolve());
      socket.close(1000, 'Normal Closure');
    });
  return new Promise((resolve, reject) => {
    socket.once('open', () => socket.send('{"type":"connection_init"}'));
    socket.once('error', reject);
    socket.once('close', (code) => reject(new Error(`socket closed with code ${code} before the server acknowledged connection_init`)));
    socket.on('message', (data) => {
      const message = JSON.parse(String(data)) as { type: string; payload?: unknown };
      switch (message.type) {
        case 'next':
          sink.next(message.payload as { data?: unknown; errors?: unknown });
          return;
        case 'connection_ack':
          socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload }));
          resolve({ close });
          return;
        case 'ping':
          socket.send('{"type":"pong"}');
          return;
        case 'error':
        case 'complete':
          sink.error(new Error(`subscription ended with ${String(data).slice(0, 300)}`));
          return;
        default:
      }
    });
  });
}

/** Runs `task(index)` for index 0 … count-1 with at most `concurrency` in flight, and returns each call's milliseconds. */
export async function runConcurrently(count: number, concurrency: number, task: (index: number) => Promise<unknown>): Promise<number[]> {
  const times: number[] = new Array(count);
  let next = 0;
  const worker = async () => {
    while (next < count) {
      const index = next;
      next += 1;
      const started = performance.now();
      await task(index);
      times[index] = performance.now() - started;
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, count) }, worker));
  return times;
}

/** Resolves when `condition()` holds, checking every 5 ms, or rejects after `timeoutMs`. */
export async function waitUntil(condition: () => boolean, timeoutMs: number, what: string): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

export type Latency = { p50: number; p95: number; p99: number; max: number; count: number };

export function latency(values: number[]): Latency {
  return { p50: quantile(values, 0.5), p95: quantile(values, 0.95), p99: quantile(values, 0.99), max: values.reduce((max, value) => Math.max(max, value), 0), count: values.length };
}

/** Opens a scratch database of `target` (PostgreSQL, or PGlite in a temporary folder as the server's DATA_DIR), runs `task` and removes the database. */
export async function withScratchDatabase<T>(target: BenchTarget, machine: Machine, log: Logger, task: (database: BenchDatabase) => Promise<T>): Promise<T> {
  const database = target === 'postgres' ? await openScratchPostgres(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, log) : await openFolderPglite(log);
  try {
    const version = await databaseVersion(database);
    if (target === 'postgres') machine.postgres = version;
    else machine.pglite = `${pgliteVersion()} (${version})`;
    return await task(database);
  } finally {
    await database.close();
  }
}

/** Describes an error for a "not measured" line. */
export const describeError = (error: unknown) => (error instanceof Error ? error.message : String(error)).split('\n')[0].slice(0, 300);
