import { spawn, type ChildProcess } from 'node:child_process';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import type { Logger } from 'pino';
import WebSocket from 'ws';
import type { Actor, CoreDeps } from '../../../server/src/core/deps.js';
import { latestEventId } from '../../../server/src/events/service.js';
import { appendInboxEvent } from '../../../server/src/inquiries/events.js';
import { submitWebInquiry } from '../../../server/src/inquiries/intake.js';
import type { InquiryView } from '../../../server/src/inquiries/views.js';
import { DEFAULT_DATABASE_URL, openScratchPostgres } from '../databases.js';
import { commandLine, coreDeps, databaseVersion, machine, positiveSetting } from '../environment.js';
import { renderFanoutDetails } from './fanout-render.js';
import { formatMs, perSecond, writeLoadSection, type Check, type LoadSection } from './render.js';
import {
  createSignedInStaff,
  describeError,
  INBOX_EVENTS_SUBSCRIPTION,
  latency,
  subscribeWithLibrary,
  subscribeWithProtocol,
  memoryProbe,
  MEMORY_PROBE_ARGS,
  runConcurrently,
  SESSION_SECRET,
  startServerProcess,
  stopServerProcess,
  waitUntil,
  type Latency,
  type MemoryProbe,
  type OpenSubscription,
  type ServerProcess,
} from './support.js';

/**
 * The fan-out scenario: inbox events delivered to 1,000 and 5,000 clients
 * subscribed with the web client's InboxEvents subscription over graphql-ws,
 * against a bare `ws` server that broadcasts the same bytes to as many plain
 * WebSocket clients. The real server and the bare one each run in their own
 * process, so that their memory can be measured apart from the clients,
 * which all run in this process.
 */

const SETTING_NAMES = ['BENCH_FANOUT_CLIENTS', 'BENCH_FANOUT_CLIENT', 'BENCH_FANOUT_ROUNDS', 'BENCH_FANOUT_EVENTS', 'BENCH_FANOUT_LATENCY_EVENTS', 'BENCH_FANOUT_SESSIONS'];
const THROUGHPUT_TARGET = 0.7;
const LATENCY_TARGET_MS = 100;
const MEMORY_TARGET = 1.5;
/** Sockets opened at once while connecting. */
const CONNECT_CONCURRENCY = 50;
const RAW_BROADCAST = path.join(import.meta.dirname, 'raw-broadcast.ts');

/** The subscribed clients: plain ws sockets that speak graphql-transport-ws themselves, or the web client's graphql-ws library. */
type ClientKind = 'protocol' | 'graphql-ws';
export type FanoutSettings = { clientCounts: number[]; client: ClientKind; rounds: number; events: number; latencyEvents: number; sessions: number };

function readSettings(): FanoutSettings {
  const raw = process.env.BENCH_FANOUT_CLIENTS || '1000,5000';
  const clientCounts = raw.split(',').map((value) => Number(value.trim()));
  if (clientCounts.some((count) => !Number.isInteger(count) || count < 1 || count > 15_000)) {
    throw new Error(`BENCH_FANOUT_CLIENTS must list client counts from 1 to 15000 separated by commas, got ${raw}`);
  }
  const client = process.env.BENCH_FANOUT_CLIENT || 'protocol';
  if (client !== 'protocol' && client !== 'graphql-ws') throw new Error(`BENCH_FANOUT_CLIENT must be protocol or graphql-ws, got ${client}`);
  return {
    clientCounts,
    client,
    rounds: positiveSetting('BENCH_FANOUT_ROUNDS', 5, 100, true),
    events: positiveSetting('BENCH_FANOUT_EVENTS', 30, 10_000, true),
    latencyEvents: positiveSetting('BENCH_FANOUT_LATENCY_EVENTS', 30, 10_000, true),
    sessions: positiveSetting('BENCH_FANOUT_SESSIONS', 50, 5_000, true),
  };
}

export type Delivery = { deliveries: number; seconds: number; perSecond: number };
export type FanoutResult = {
  clients: number;
  connectSeconds: number;
  server: Delivery;
  raw: Delivery;
  /** Each round's server rate divided by the bare broadcast's rate of the same round. */
  roundRatios: number[];
  latency: Latency;
  /** Live memory (heap used and external, after a full garbage collection) added per connected, subscribed client, in bytes. */
  serverBytesPerClient: number;
  rawBytesPerClient: number;
  /** The growth of the resident set size after the collection, per client, in bytes. */
  serverRssPerClient: number;
  rawRssPerClient: number;
  messageBytes: number;
};

/** Receive times of every event id at every client. */
class Receipts {
  private readonly byEvent = new Map<string, number[]>();

  record(eventId: string): void {
    const times = this.byEvent.get(eventId);
    if (times) times.push(performance.now());
    else this.byEvent.set(eventId, [performance.now()]);
  }

  count(eventId: string): number {
    return this.byEvent.get(eventId)?.length ?? 0;
  }

  times(eventId: string): number[] {
    return this.byEvent.get(eventId) ?? [];
  }

  clear(): void {
    this.byEvent.clear();
  }
}

/** Appends inbox events and keeps one message as a subscriber received it, for the reference to send. */
type Publisher = { publish: () => Promise<string>; headId: () => Promise<string>; sampleMessage: () => string; setSample: (text: string) => void };

async function createPublisher(deps: CoreDeps, actor: Actor): Promise<Publisher> {
  const created = await submitWebInquiry(deps, {
    subject: 'Streetlight out on Elm Street',
    question: 'The streetlight in front of number 12 has been dark for a week, and the corner is unsafe at night.',
    name: 'Jordan Lee',
    email: 'jordan.lee@example.org',
    phone: '+13035550100',
  });
  if (created.kind !== 'created') throw new Error(`creating the inquiry failed: ${JSON.stringify(created).slice(0, 300)}`);
  const view: InquiryView = created.inquiry;
  let lastPayload = '';
  return {
    // An inbox event as the server's note_added path appends it: the inquiry view and the actor, then NOTIFY at commit.
    async publish() {
      const record = await deps.db.transaction((tx) => appendInboxEvent(tx, 'note_added', view, actor));
      return String(record.id);
    },
    headId: async () => String(await latestEventId(deps.db)),
    sampleMessage: () => lastPayload,
    setSample: (text: string) => {
      lastPayload = text;
    },
  };
}

type RawBroadcast = { child: ChildProcess; url: string; memory: () => Promise<MemoryProbe>; broadcast: (message: string, times: number) => Promise<void> };

function startRawBroadcast(): Promise<RawBroadcast> {
  const child = spawn(process.execPath, [...MEMORY_PROBE_ARGS, RAW_BROADCAST], { stdio: ['pipe', 'pipe', 'inherit'] });
  const lines = readline.createInterface({ input: child.stdout! });
  const memory = memoryProbe(child, lines);
  const waiting: ((line: string) => void)[] = [];
  lines.on('line', (line) => {
    if (!line.startsWith('{"memoryProbe"')) waiting.shift()?.(line);
  });
  const nextLine = () => new Promise<string>((resolve) => waiting.push(resolve));
  return nextLine().then((first) => ({
    child,
    memory,
    url: `ws://127.0.0.1:${(JSON.parse(first) as { port: number }).port}`,
    async broadcast(message: string, times: number) {
      const done = nextLine();
      child.stdin!.write(`${JSON.stringify({ message, times })}\n`);
      await done;
    },
  }));
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 1000));

/** Live memory: the JavaScript heap in use and the memory of C++ objects bound to it, such as buffers. */
const liveBytes = (probe: MemoryProbe) => probe.heapUsed + probe.external;

/** Opens `count` plain WebSocket clients to `url`, each calling `onMessage` for every message. */
async function openPlainSockets(url: string, count: number, onMessage: (data: WebSocket.RawData) => void): Promise<WebSocket[]> {
  const sockets: WebSocket[] = [];
  await runConcurrently(count, CONNECT_CONCURRENCY, async () => {
    const socket = new WebSocket(url);
    await new Promise<void>((resolve, reject) => {
      socket.once('open', () => resolve());
      socket.once('error', reject);
    });
    socket.on('message', onMessage);
    sockets.push(socket);
  });
  return sockets;
}

const SUBSCRIBE = { protocol: subscribeWithProtocol, 'graphql-ws': subscribeWithLibrary };

/** Clients of the warm-up round, which runs before anything is measured. */
const WARM_UP_CLIENTS = 1000;

/**
 * Connects, subscribes and serves as many clients as a small round on both
 * servers, then closes them. Code compiled and optimised on first use is
 * then not counted as memory per subscriber of the first measured round. The
 * later rounds never counted it.
 */
async function warmUp(server: ServerProcess, raw: RawBroadcast, cookies: string[], publisher: Publisher, client: ClientKind): Promise<void> {
  const subscriptions: OpenSubscription[] = [];
  const after = await publisher.headId();
  let received = 0;
  const sink = { next: () => (received += 1), error: () => {} };
  await runConcurrently(WARM_UP_CLIENTS, CONNECT_CONCURRENCY, async (index) =>
    subscriptions.push(await SUBSCRIBE[client](server.url, cookies[index % cookies.length], { query: INBOX_EVENTS_SUBSCRIPTION, variables: { after } }, sink)),
  );
  await publisher.publish();
  await waitUntil(() => received === WARM_UP_CLIENTS, 60_000, 'the warm-up clients to receive an event');
  await Promise.all(subscriptions.map((subscription) => subscription.close()));

  let rawReceived = 0;
  const sockets = await openPlainSockets(raw.url, WARM_UP_CLIENTS, () => (rawReceived += 1));
  await raw.broadcast('{"warmUp":true}', 1);
  await waitUntil(() => rawReceived === WARM_UP_CLIENTS, 60_000, 'the warm-up clients of the bare server to receive a message');
  for (const socket of sockets) socket.close();
  await waitUntil(() => sockets.every((socket) => socket.readyState === WebSocket.CLOSED), 60_000, 'warm-up clients to close');
  // The server records each closed socket's presence; that work should be over before anything is timed.
  await new Promise((resolve) => setTimeout(resolve, 5000));
}

async function measureClients(
  clients: number,
  settings: FanoutSettings,
  server: ServerProcess,
  raw: RawBroadcast,
  cookies: string[],
  publisher: Publisher,
): Promise<FanoutResult> {
  const receipts = new Receipts();
  const subscriptions: OpenSubscription[] = [];
  let counting = false;
  const counted = new Uint32Array(clients);
  let countedTotal = 0;
  await settle();
  const serverBefore = await server.memory();
  // Subscribing after the current head means every client gets the probe event below, even one whose
  // subscription the server starts after the probe was appended.
  const after = await publisher.headId();
  const connectStarted = performance.now();
  await runConcurrently(clients, CONNECT_CONCURRENCY, async (index) => {
    const subscription = await SUBSCRIBE[settings.client](
      server.url,
      cookies[index % cookies.length],
      { query: INBOX_EVENTS_SUBSCRIPTION, variables: { after } },
      {
        next: (value) => {
          const event = (value.data as { inboxEvents?: { id: string } } | undefined)?.inboxEvents;
          if (!event) throw new Error(`subscription result without an event: ${JSON.stringify(value).slice(0, 300)}`);
          // While the delivery rate is measured, a client only counts, as the bare server's clients do.
          if (counting) {
            counted[index] += 1;
            countedTotal += 1;
            return;
          }
          if (index === 0) publisher.setSample(JSON.stringify({ id: '1', type: 'next', payload: value }));
          receipts.record(event.id);
        },
        error: (error) => process.stderr.write(`subscriber ${index} failed: ${String(error)}\n`),
      },
    );
    subscriptions.push(subscription);
  });
  // One event that every client receives proves every subscription is live before anything is timed.
  const probe = await publisher.publish();
  await waitUntil(() => receipts.count(probe) === clients, 120_000, `all ${clients} clients to receive the first event`);
  const connectSeconds = (performance.now() - connectStarted) / 1000;
  await settle();
  const serverAfter = await server.memory();
  process.stdout.write(`[fanout ${clients}] connected and subscribed in ${connectSeconds.toFixed(1)} s\n`);

  // Latency: events one at a time, each published once the previous one reached every client.
  const latencies: number[] = [];
  for (let event = 0; event < settings.latencyEvents; event += 1) {
    const started = performance.now();
    const id = await publisher.publish();
    await waitUntil(() => receipts.count(id) === clients, 60_000, `event ${id} to reach all clients`);
    for (const time of receipts.times(id)) latencies.push(time - started);
  }
  const measuredLatency = latency(latencies);
  process.stdout.write(`[fanout ${clients}] publish-to-receive p99 ${formatMs(measuredLatency.p99)} ms\n`);

  // The reference's clients connect now, beside the server's, so that the two kinds can alternate.
  const message = publisher.sampleMessage();
  await settle();
  const rawBefore = await raw.memory();
  let received = 0;
  const rawSockets = await openPlainSockets(raw.url, clients, (data) => {
    JSON.parse(String(data));
    received += 1;
  });
  await settle();
  const rawAfter = await raw.memory();

  // Throughput, in alternating rounds: the server's events and then the bare broadcast, so that both see the
  // same machine. Each round publishes its events back to back and ends when the last client has the last one.
  receipts.clear();
  const serverRounds: number[] = [];
  const rawRounds: number[] = [];
  for (let round = 0; round < settings.rounds; round += 1) {
    counted.fill(0);
    countedTotal = 0;
    counting = true;
    const serverStarted = performance.now();
    for (let event = 0; event < settings.events; event += 1) await publisher.publish();
    await waitUntil(() => countedTotal === clients * settings.events, 300_000, `${settings.events} events to reach all clients`);
    serverRounds.push((performance.now() - serverStarted) / 1000);
    counting = false;
    const short = counted.findIndex((count) => count !== settings.events);
    if (short !== -1) throw new Error(`client ${short} received ${counted[short]} of the ${settings.events} events`);

    received = 0;
    const rawStarted = performance.now();
    await raw.broadcast(message, settings.events);
    await waitUntil(() => received === clients * settings.events, 300_000, 'the broadcast to reach all plain clients');
    rawRounds.push((performance.now() - rawStarted) / 1000);
  }
  const delivery = (seconds: number[]): Delivery => {
    const deliveries = clients * settings.events * seconds.length;
    const total = seconds.reduce((sum, value) => sum + value, 0);
    return { deliveries, seconds: total, perSecond: deliveries / total };
  };
  const serverDelivery = delivery(serverRounds);
  const rawDelivery = delivery(rawRounds);
  const roundRatios = serverRounds.map((seconds, round) => rawRounds[round] / seconds);
  process.stdout.write(
    `[fanout ${clients}] server: ${perSecond(serverDelivery.perSecond)} deliveries, bare ws: ${perSecond(rawDelivery.perSecond)}; by round ${roundRatios.map((ratio) => ratio.toFixed(2)).join(', ')}\n`,
  );
  await Promise.all(subscriptions.map((subscription) => subscription.close()));
  for (const socket of rawSockets) socket.close();
  await waitUntil(() => rawSockets.every((socket) => socket.readyState === WebSocket.CLOSED), 60_000, 'plain clients to close');

  return {
    clients,
    connectSeconds,
    server: serverDelivery,
    raw: rawDelivery,
    roundRatios,
    latency: measuredLatency,
    serverBytesPerClient: (liveBytes(serverAfter) - liveBytes(serverBefore)) / clients,
    rawBytesPerClient: (liveBytes(rawAfter) - liveBytes(rawBefore)) / clients,
    serverRssPerClient: (serverAfter.rss - serverBefore.rss) / clients,
    rawRssPerClient: (rawAfter.rss - rawBefore.rss) / clients,
    messageBytes: Buffer.byteLength(message),
  };
}

function checks(results: FanoutResult[]): Check[] {
  const list: Check[] = [];
  for (const result of results) {
    list.push({
      check: `deliveries, ${result.clients.toLocaleString('en-US')} clients ÷ bare ws broadcast`,
      measured: perSecond(result.server.perSecond),
      reference: perSecond(result.raw.perSecond),
      result: result.server.perSecond / result.raw.perSecond,
      unit: 'ratio',
      bound: 'min',
      target: THROUGHPUT_TARGET,
    });
  }
  const thousand = results.find((result) => result.clients === 1000) ?? results[0];
  list.push({
    check: `publish-to-receive p99, ${thousand.clients.toLocaleString('en-US')} clients`,
    measured: `${formatMs(thousand.latency.p99)} ms`,
    reference: '–',
    result: thousand.latency.p99,
    unit: 'ms',
    bound: 'max',
    target: LATENCY_TARGET_MS,
  });
  for (const result of results) {
    list.push({
      check: `memory per subscriber ÷ plain ws connection, ${result.clients.toLocaleString('en-US')} clients`,
      measured: `${(result.serverBytesPerClient / 1024).toFixed(1)} KiB`,
      reference: `${(result.rawBytesPerClient / 1024).toFixed(1)} KiB`,
      // Read the other way round from the other ratios: the target is an upper bound.
      result: result.serverBytesPerClient / result.rawBytesPerClient,
      unit: 'ratio',
      bound: 'max',
      target: MEMORY_TARGET,
    });
  }
  return list;
}

export async function runFanoutScenario(log: Logger): Promise<void> {
  const settings = readSettings();
  const section: LoadSection = {
    scenario: 'fanout',
    title: 'Fan-out benchmark',
    description: [
      'Inbox events delivered to many signed-in staff clients at once. The server runs `packages/server/src/main.ts`',
      'in its own process on a scratch PostgreSQL database (127.0.0.1, port 0). Each client sends the web client\'s',
      '`InboxEvents` subscription over a plain `ws` socket that speaks the graphql-transport-ws protocol itself. For each',
      'message it parses the JSON and reads its type, the work the bare server\'s clients do for theirs, so the ratio',
      'compares the servers rather than client libraries. `BENCH_FANOUT_CLIENT=graphql-ws` uses the web client\'s',
      'graphql-ws library instead. All clients run in the benchmark process,',
      'sharing the session cookies of `BENCH_FANOUT_SESSIONS` agents. Events are appended with the server\'s own',
      '`appendInboxEvent`, carrying an inquiry view with its contact as a note would. They reach the server by NOTIFY',
      'and its event log, as events from another process do. The reference is a bare `ws` server',
      '(packages/bench/src/load/raw-broadcast.ts, also its own process) sending the same message bytes the same number',
      'of times to as many plain WebSocket clients, which each parse every message as JSON.',
      '',
      'Before the first measured round, 1,000 clients connect, subscribe, receive an event and close on both servers, so',
      'that code compiled on first use is not counted as memory of the first round\'s clients.',
      '',
      'Deliveries per second count one event reaching one client. The rate is measured in rounds that alternate',
      'between the server and the bare broadcast, with both kinds of clients connected, so that both see the same',
      'machine. A round\'s time runs from its first publish until the last client has its last event, and each kind\'s',
      'rate is its deliveries over all its rounds divided by their total time. While it is measured, each client only',
      'counts what it receives, as the bare server\'s clients do, and each must have received every event. Latency runs from the start of the publishing transaction to each client\'s receipt,',
      'one event at a time. Memory per subscriber is the growth of the server process\'s live memory from before the',
      'clients connect to after all are subscribed, divided by the clients. Live memory is V8\'s heap used plus external',
      'memory, read right after two full garbage collections by the preloaded packages/bench/src/load/memory-probe.ts.',
      'The reference is the same for the bare server. The growth of the resident set size after the collections is listed too; it also contains memory',
      'V8 has not given back to the system.',
    ],
    date: new Date(),
    command: commandLine(SETTING_NAMES),
    machine: machine(),
    loadAverage: { start: os.loadavg(), end: os.loadavg() },
    settings: [
      `- \`BENCH_FANOUT_CLIENTS\`: client counts, separated by commas (${settings.clientCounts.join(', ')})`,
      `- \`BENCH_FANOUT_CLIENT\`: the subscribed clients: \`protocol\`, plain \`ws\` sockets that speak graphql-transport-ws themselves, or \`graphql-ws\`, the web client's library (${settings.client})`,
      `- \`BENCH_FANOUT_ROUNDS\`: alternating rounds of the server and the bare broadcast for the delivery rate (${settings.rounds})`,
      `- \`BENCH_FANOUT_EVENTS\`: events published back to back in each round (${settings.events})`,
      `- \`BENCH_FANOUT_LATENCY_EVENTS\`: events published one at a time for the latency (${settings.latencyEvents})`,
      `- \`BENCH_FANOUT_SESSIONS\`: signed-in agents whose cookies the clients share (${settings.sessions})`,
      `- Open files: the benchmark process holds one socket per client; \`ulimit -n\` was ${process.env.BENCH_ULIMIT ?? 'at least 20,000 on the measuring machine'}.`,
    ],
    checks: [],
    details: [],
    skipped: [],
  };
  section.machine.pglite = 'not used';

  const database = await openScratchPostgres(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, log);
  let server: Awaited<ReturnType<typeof startServerProcess>> | undefined;
  let raw: RawBroadcast | undefined;
  const results: FanoutResult[] = [];
  try {
    section.machine.postgres = await databaseVersion(database);
    const deps = { ...coreDeps(database, log), sessionSecret: SESSION_SECRET };
    const staff = await createSignedInStaff(deps, settings.sessions, 'agent', 'fanout');
    const publisher = await createPublisher(deps, staff[0].actor);
    server = await startServerProcess(database.url!);
    raw = await startRawBroadcast();
    await warmUp(server, raw, staff.map((member) => member.cookie), publisher, settings.client);
    for (const clients of settings.clientCounts) {
      try {
        results.push(await measureClients(clients, settings, server, raw, staff.map((member) => member.cookie), publisher));
      } catch (error) {
        section.skipped.push(`${clients} clients: ${describeError(error)}`);
        log.error({ err: error, clients }, 'fan-out measurement failed');
      }
    }
  } finally {
    raw?.child.stdin?.end();
    await stopServerProcess(server);
    await database.close();
  }
  if (results.length === 0) throw new Error(`Fan-out: nothing was measured: ${section.skipped.join(' ')}`);
  section.checks = checks(results);
  section.details = renderFanoutDetails(results);
  writeLoadSection(section);
}
