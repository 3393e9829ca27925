import { afterAll, describe, expect, it } from 'vitest';
import postgres from 'postgres';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process.js';
import { TestClient } from '../support/server.js';
import { PrivateCluster } from './cluster.js';
import { FormWriter, freePort, killServerProcess, ResumingInboxSubscriber, sleep, waitFor } from './support.js';

const DEMO_PASSWORD = 'restart-test-demo-password';
/** Acknowledged writes before the restart, and after it. */
const BEFORE_RESTART = 20;
const AFTER_RESTART = 20;
/** How long the cluster stays down; writes fail meanwhile. */
const DOWNTIME_MS = 3000;

/** Prints a progress line when TEST_SHOW_PROGRESS is set. */
function progress(message: string): void {
  if (process.env.TEST_SHOW_PROGRESS) process.stderr.write(`${message}\n`);
}

async function healthStatus(url: string): Promise<number> {
  try {
    return (await fetch(`${url}/healthz`, { signal: AbortSignal.timeout(5000) })).status;
  } catch {
    return 0;
  }
}

// The test restarts its own PostgreSQL cluster, never the shared one at DATABASE_URL:
// DATABASE_URL only switches it on, like the other PostgreSQL tests.
describe.skipIf(!process.env.DATABASE_URL)('PostgreSQL restart under load', () => {
  let cluster: PrivateCluster | undefined;
  const servers: ServerProcess[] = [];
  let subscriber: ResumingInboxSubscriber | undefined;
  let writer: FormWriter | undefined;

  afterAll(async () => {
    await writer?.stop();
    await subscriber?.stop();
    for (const server of servers) await killServerProcess(server);
    await cluster?.remove();
  });

  it('both processes reconnect, LISTEN resumes and missed events replay', async () => {
    cluster = await PrivateCluster.create(await freePort());
    const env = { DATABASE_URL: cluster.url, DEMO_PASSWORD, WEB_FORM_RATE_LIMIT: '10000', REQUESTS_PER_MINUTE: '0' };
    const [writing, subscribed] = await Promise.all([startServerProcess(env), startServerProcess({ ...env, LOG_LEVEL: 'debug' })]);
    servers.push(writing, subscribed);
    // A process that dies during the restart fails the test, and the failure message shows its last output.
    const exits: string[] = [];
    for (const [name, server] of [['A', writing], ['B', subscribed]] as const) {
      const output: string[] = [];
      server.child.stderr!.on('data', (chunk: Buffer) => output.push(chunk.toString()));
      server.child.once('exit', (code, signal) => exits.push(`process ${name} exited (${code ?? signal}): ${output.join('').slice(-1500)}`));
    }
    const describeExits = () => (exits.length > 0 ? `; ${exits.join('; ')}` : '');
    const healthy = async (url: string) => {
      if (exits.length > 0) throw new Error(`a server process died${describeExits()}`);
      return (await healthStatus(url)) === 200;
    };
    const listenLog: string[] = [];
    subscribed.child.stdout!.on('data', (chunk: Buffer) => {
      for (const line of chunk.toString().split('\n')) if (line.includes('LISTEN connected')) listenLog.push(line);
    });

    const staff = new TestClient(subscribed.url);
    await staff.signIn('dana@county.example', DEMO_PASSWORD);
    subscriber = new ResumingInboxSubscriber(staff);
    subscriber.start();
    writer = new FormWriter(() => writing.url, 3);
    writer.start();
    await waitFor(() => writer!.acknowledged.length >= BEFORE_RESTART, 60_000, () => `${writer!.acknowledged.length} acknowledged before the restart`);

    const listensBefore = listenLog.length;
    progress(`${writer.acknowledged.length} acknowledged, ${subscriber.received.length} received; stopping PostgreSQL`);
    await cluster.stop();
    const failuresWhileDown = writer.failures;
    await sleep(DOWNTIME_MS);
    const acknowledgedWhileDown = writer.acknowledged.length;
    await cluster.start();
    const restartedAt = Date.now();

    // Both processes return 200 on /healthz again.
    await waitFor(() => healthy(writing.url), 60_000, () => `process A /healthz is not 200${describeExits()}`);
    await waitFor(() => healthy(subscribed.url), 60_000, () => `process B /healthz is not 200${describeExits()}`);
    progress(`healthy ${Date.now() - restartedAt} ms after the restart; ${writer.failures - failuresWhileDown} writes failed meanwhile`);

    // Writes resume on A.
    await waitFor(() => writer!.acknowledged.length >= acknowledgedWhileDown + AFTER_RESTART, 60_000, () => `${writer!.acknowledged.length} acknowledged`);
    await writer.stop();
    expect(writer.failures).toBeGreaterThan(0);

    // B listens again: it logged a new LISTEN connection, and a write on A made well after
    // the restart reaches B's subscriber. B writes nothing itself, so only NOTIFY wakes it.
    await waitFor(() => listenLog.length > listensBefore, 30_000, () => 'process B did not log a new LISTEN connection');
    await sleep(2000);
    const probe = new TestClient(writing.url);
    const submitted = await probe.gql('mutation($input: WebInquiryInput!) { submitWebInquiry(input: $input) { receipt { reference } } }', {
      input: { subject: 'After the restart', question: 'Does this reach the other process?' },
    });
    const probeReference = submitted.data?.submitWebInquiry.receipt.reference as string;
    expect(probeReference).toMatch(/^Q-/);
    await waitFor(() => subscriber!.received.some((event) => event.reference === probeReference), 10_000, () => `${probeReference} did not reach process B`);
    await sleep(500);
    await subscriber.stop();

    const sql = postgres(cluster.url, { max: 1, onnotice: () => {} });
    try {
      const storedEvents = await sql<{ id: string }[]>`select id from events where stream = 'inbox' order by id`;
      const storedReferences = await sql<{ reference: string }[]>`select reference from inquiries`;
      const stored = new Set(storedReferences.map((row) => row.reference));

      expect([...writer.acknowledged, probeReference].filter((reference) => !stored.has(reference))).toEqual([]);
      // Every inbox event of the log reached B's subscriber once and in id order, including those
      // written while its LISTEN connection was down.
      expect(subscriber.received.map((event) => event.id)).toEqual(storedEvents.map((row) => Number(row.id)));
      expect(subscriber.errors).toEqual([]);
    } finally {
      await sql.end({ timeout: 5 });
    }
    progress(`${subscriber.received.length} received in ${subscriber.subscriptions} subscriptions; ${listenLog.length} LISTEN connections`);

    expect(await stopServerProcess(writing)).toBe(0);
    expect(await stopServerProcess(subscribed)).toBe(0);
  }, 240_000);
});
