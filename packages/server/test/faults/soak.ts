/**
 * Soak run: many graphql-ws sockets subscribe and unsubscribe for minutes
 * while a writer adds inquiries, then the script checks that memory stayed
 * flat and the dispatcher's listener count returned to its baseline.
 *
 *   pnpm --filter @civic-desk/server soak
 *
 * SOAK_MINUTES (default 10) sets the length and SOAK_SOCKETS (default 500)
 * the number of sockets. SOAK_MAX_HEAP_GROWTH_MB (default 20) is the allowed
 * heap growth in each of two checks. The first runs with every socket open,
 * from minute 2 (the first sample on shorter runs) to the last sample. The
 * second runs with none open, from before the first socket to after the
 * last. With DATABASE_URL set it runs on a scratch
 * PostgreSQL database, otherwise on in-memory PGlite. Clients and server
 * share this process, so the heap figures include both. Exits 1 on failure.
 */
import os from 'node:os';
import type { Client } from 'graphql-ws';
import { openTestDatabase } from '../support/database.js';
import { createAgent, TEST_PASSWORD } from '../support/fixtures.js';
import { startTestServer, TestClient } from '../support/server.js';
import { submitWebInquiry } from '../../src/inquiries/intake.js';

const MINUTES = Number(process.env.SOAK_MINUTES ?? 10);
const SOCKETS = Number(process.env.SOAK_SOCKETS ?? 500);
const MAX_HEAP_GROWTH_MB = Number(process.env.SOAK_MAX_HEAP_GROWTH_MB ?? 20);
const STAFF = 10;
const SAMPLE_EVERY_MS = 30_000;
/** Inquiries the writer adds per second. */
const WRITES_PER_SECOND = 4;
/** Subscriptions one socket opens before it closes and reconnects. */
const SUBSCRIPTIONS_PER_SOCKET = 8;
/** How long a subscription stays open before the client unsubscribes, in ms. */
const HOLD_MS = { min: 2000, max: 8000 };
/** Events a replaying subscription requests (`after` = head minus this), so a replay costs the same all run long. */
const REPLAY_EVENTS = 50;
/** A socket not acknowledged within this time counts as a socket error and is replaced. */
const CONNECT_TIMEOUT_MS = 30_000;
/** Share of subscriptions whose socket is closed right after subscribing, before the server's async subscribe has resolved. */
const EARLY_CLOSE_SHARE = 0.1;

if (!Number.isFinite(MINUTES) || MINUTES <= 0) throw new Error(`SOAK_MINUTES must be a positive number of minutes, got ${process.env.SOAK_MINUTES}`);
if (!Number.isInteger(SOCKETS) || SOCKETS <= 0) throw new Error(`SOAK_SOCKETS must be a positive whole number, got ${process.env.SOAK_SOCKETS}`);
const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc (the soak script does), so samples are taken after a full garbage collection');

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const randomBetween = (min: number, max: number) => min + Math.random() * (max - min);
const mb = (bytes: number) => bytes / 1024 / 1024;

const subscriptions = [
  'subscription($after: ID) { inboxEvents(after: $after) { id type inquiry { reference } } }',
  'subscription($after: ID) { presenceEvents(after: $after) { id presence { status } } }',
];

type Sample = { minute: number; heapUsedMb: number; rssMb: number; listeners: number; openSockets: number; subscribes: number; earlyCloses: number; events: number; writes: number; socketErrors: number };

const stats = { connecting: 0, disposing: 0, openSockets: 0, subscribes: 0, earlyCloses: 0, events: 0, writes: 0, writeFailures: 0, socketErrors: 0 };

async function main(): Promise<void> {
  const kind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
  const database = await openTestDatabase(kind);
  const server = await startTestServer(database);
  const startedAt = Date.now();
  const deadline = startedAt + MINUTES * 60_000;
  console.log(`soak: ${MINUTES} min, ${SOCKETS} sockets, ${kind}, node ${process.version}, ${os.cpus().length} × ${os.cpus()[0]?.model ?? 'unknown CPU'}, ${Math.round(mb(os.totalmem()))} MB RAM`);

  const staff: TestClient[] = [];
  for (let index = 0; index < STAFF; index += 1) {
    const agent = await createAgent(database.deps, `Soak Agent ${index}`);
    const client = new TestClient(server.url);
    await client.signIn(agent.email, TEST_PASSWORD);
    staff.push(client);
  }
  gc!();
  const baselineListeners = server.dispatcher.listenerCount;

  const writer = runWriter(database.deps, deadline);
  const sockets = Array.from({ length: SOCKETS }, (_, index) => runSocket(staff[index % STAFF], deadline, () => server.dispatcher.headId));

  const samples: Sample[] = [];
  const takeSample = () => {
    gc!();
    const memory = process.memoryUsage();
    const sample: Sample = {
      minute: Math.round((Date.now() - startedAt) / 6000) / 10,
      heapUsedMb: mb(memory.heapUsed),
      rssMb: mb(memory.rss),
      listeners: server.dispatcher.listenerCount,
      ...stats,
    };
    samples.push(sample);
    console.log(formatRow(sample));
    if (process.env.SOAK_DEBUG && stats.openSockets > 0) {
      console.log(JSON.stringify({ ...stats, closeCodes: Object.fromEntries(closeCodes) }));
      void probe(server.url, staff[0]);
    }
  };
  console.log(header());
  takeSample();
  while (Date.now() + SAMPLE_EVERY_MS <= deadline) {
    await sleep(SAMPLE_EVERY_MS);
    takeSample();
  }

  await Promise.all([writer, ...sockets]);
  // Closed sockets end their subscriptions asynchronously; wait, bounded, for the count to settle.
  const settleDeadline = Date.now() + 30_000;
  while (server.dispatcher.listenerCount !== baselineListeners && Date.now() < settleDeadline) await sleep(200);
  await sleep(1000);
  takeSample();
  const final = samples.at(-1)!;

  // Each heap comparison uses two samples taken in the same state. The first pair has every socket
  // open (minute 2, or the first running sample on short runs, and the last running sample). The
  // second has none open (before the first socket and after the last one closed).
  const running = samples.slice(1, -1);
  const runningStart = running.find((sample) => sample.minute >= 2) ?? running[0] ?? samples[0];
  const runningEnd = running.at(-1) ?? samples[0];
  const runningGrowthMb = runningEnd.heapUsedMb - runningStart.heapUsedMb;
  const idleGrowthMb = final.heapUsedMb - samples[0].heapUsedMb;
  const failures: string[] = [];
  if (final.listeners !== baselineListeners) failures.push(`listener count is ${final.listeners} after every socket closed, expected the baseline ${baselineListeners}`);
  if (runningGrowthMb >= MAX_HEAP_GROWTH_MB) {
    failures.push(`heap grew by ${runningGrowthMb.toFixed(1)} MB between minute ${runningStart.minute} and minute ${runningEnd.minute}, limit ${MAX_HEAP_GROWTH_MB} MB`);
  }
  if (idleGrowthMb >= MAX_HEAP_GROWTH_MB) failures.push(`heap with no socket open grew by ${idleGrowthMb.toFixed(1)} MB over the run, limit ${MAX_HEAP_GROWTH_MB} MB`);
  if (stats.openSockets !== 0) failures.push(`${stats.openSockets} sockets still open at the end`);
  if (stats.events === 0) failures.push('no subscription received an event');
  // Sockets that time out never subscribe, so many of them mean the run measured an overloaded process.
  if (stats.socketErrors > stats.subscribes / 100) failures.push(`${stats.socketErrors} socket errors, more than 1% of ${stats.subscribes} subscribes`);

  console.log(
    `\nbaseline listeners ${baselineListeners}, final ${final.listeners}; heap growth ${runningGrowthMb.toFixed(1)} MB from minute ${runningStart.minute} to ${runningEnd.minute} with sockets open, ` +
      `${idleGrowthMb.toFixed(1)} MB over the run with none open (limit ${MAX_HEAP_GROWTH_MB} MB each); ` +
      `${stats.subscribes} subscribes, ${stats.earlyCloses} closed during subscribe, ${stats.events} events received, ${stats.writes} writes (${stats.writeFailures} failed), ${stats.socketErrors} socket errors`,
  );
  console.log(failures.length === 0 ? 'verdict: PASS' : `verdict: FAIL\n${failures.map((failure) => `  - ${failure}`).join('\n')}`);

  await server.close();
  await database.close();
  process.exit(failures.length === 0 ? 0 : 1);
}

/** Close codes of the client sockets, by code and reason, for the failure report. */
const closeCodes = new Map<string, number>();
function countClose(event: unknown): void {
  const { code, reason } = (event ?? {}) as { code?: number; reason?: string };
  const key = `${code ?? 'none'} ${reason ?? ''}`.trim();
  closeCodes.set(key, (closeCodes.get(key) ?? 0) + 1);
}

function header(): string {
  return '| minute | heapUsed MB | rss MB | listeners | open sockets | subscribes | early closes | events received | writes | socket errors |\n|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|';
}

function formatRow(sample: Sample): string {
  return `| ${sample.minute.toFixed(1)} | ${sample.heapUsedMb.toFixed(1)} | ${sample.rssMb.toFixed(1)} | ${sample.listeners} | ${sample.openSockets} | ${sample.subscribes} | ${sample.earlyCloses} | ${sample.events} | ${sample.writes} | ${sample.socketErrors} |`;
}

async function runWriter(deps: Parameters<typeof submitWebInquiry>[0], deadline: number): Promise<void> {
  let sequence = 0;
  while (Date.now() < deadline) {
    sequence += 1;
    try {
      const result = await submitWebInquiry(deps, { subject: `Soak ${sequence}`, question: 'Is the streetlight on Elm Street fixed yet?' });
      if (result.kind === 'created') stats.writes += 1;
      else stats.writeFailures += 1;
    } catch {
      stats.writeFailures += 1;
    }
    await sleep(1000 / WRITES_PER_SECOND);
  }
}

/** Runs one socket slot until the deadline: connect, subscribe and unsubscribe a few times, close, and again. */
async function runSocket(staff: TestClient, deadline: number, headId: () => number): Promise<void> {
  // Spread the first connections over 10 s instead of opening every socket at once.
  await sleep(randomBetween(0, 10_000));
  while (Date.now() < deadline) {
    const client = staff.socket({ onClosed: (event) => countClose(event) });
    stats.openSockets += 1;
    try {
      stats.connecting += 1;
      await connectOrFail(client).finally(() => (stats.connecting -= 1));
      for (let round = 0; round < SUBSCRIPTIONS_PER_SOCKET && Date.now() < deadline; round += 1) {
        const query = subscriptions[Math.floor(Math.random() * subscriptions.length)];
        // Half the subscriptions replay the last REPLAY_EVENTS events first, so the server's subscribe is busy reading the log for a while.
        const after = Math.random() < 0.5 ? String(Math.max(0, headId() - REPLAY_EVENTS)) : undefined;
        stats.subscribes += 1;
        const unsubscribe = client.subscribe({ query, variables: { after } }, { next: () => (stats.events += 1), error: () => (stats.socketErrors += 1), complete: () => {} });
        if (Math.random() < EARLY_CLOSE_SHARE) {
          // Close the whole socket right after the subscribe message, before the server has set the subscription up.
          stats.earlyCloses += 1;
          break;
        }
        await sleep(randomBetween(HOLD_MS.min, HOLD_MS.max));
        unsubscribe();
      }
    } catch {
      stats.socketErrors += 1;
      await sleep(500);
    } finally {
      stats.disposing += 1;
      await client.dispose();
      stats.disposing -= 1;
      stats.openSockets -= 1;
    }
  }
}

async function probe(url: string, staff: TestClient): Promise<void> {
  let started = Date.now();
  try {
    const response = await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(20_000) });
    console.log(`probe: healthz ${response.status} in ${Date.now() - started} ms`);
  } catch (error) {
    console.log(`probe: healthz failed after ${Date.now() - started} ms: ${String(error)}`);
  }
  started = Date.now();
  const client = staff.socket();
  const timer = setTimeout(() => console.log('probe: socket not connected after 20 s'), 20_000);
  client.on('opened', () => console.log(`probe: socket opened in ${Date.now() - started} ms`));
  client.on('connected', () => {
    clearTimeout(timer);
    console.log(`probe: socket acknowledged in ${Date.now() - started} ms`);
    void client.dispose();
  });
}

function connectOrFail(client: Client): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`socket did not connect within ${CONNECT_TIMEOUT_MS} ms`)), CONNECT_TIMEOUT_MS);
    const off = client.on('connected', () => {
      clearTimeout(timer);
      off();
      resolve();
    });
  });
}

main().catch((error: unknown) => {
  console.error('soak failed:', error);
  process.exit(1);
});
