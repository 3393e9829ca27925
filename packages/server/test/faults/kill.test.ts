import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { asc, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/client.js';
import { events, inquiries } from '../../src/db/schema.js';
import { createScratchDatabase, silentLogger } from '../support/database.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../support/process.js';
import { TestClient } from '../support/server.js';
import { FormWriter, freePort, killServerProcess, ResumingInboxSubscriber, startServerWithRetry, waitFor } from './support.js';

const DEMO_PASSWORD = 'kill-test-demo-password';
/** Acknowledged submissions before the kill, and after the restart. */
const BEFORE_KILL = 40;
const AFTER_RESTART = 30;

type Storage = { env: Record<string, string>; openOptions: { dataDir?: string; databaseUrl?: string }; remove: () => Promise<void> };

async function pgliteStorage(): Promise<Storage> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-kill-'));
  return {
    env: { DATA_DIR: dataDir },
    openOptions: { dataDir },
    remove: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
  };
}

async function postgresStorage(): Promise<Storage> {
  const scratch = await createScratchDatabase();
  return { env: { DATABASE_URL: scratch.url }, openOptions: { databaseUrl: scratch.url }, remove: scratch.drop };
}

/** Prints a progress line when TEST_SHOW_PROGRESS is set. */
function progress(message: string): void {
  if (process.env.TEST_SHOW_PROGRESS) process.stderr.write(`${message}\n`);
}

const kinds: ['pglite' | 'postgres', () => Promise<Storage>][] = [['pglite', pgliteStorage]];
if (process.env.DATABASE_URL) kinds.push(['postgres', postgresStorage]);

describe.each(kinds)('kill -9 during submissions on %s', (kind, createStorage) => {
  let storage: Storage | undefined;
  const servers: ServerProcess[] = [];
  let subscriber: ResumingInboxSubscriber | undefined;
  let writer: FormWriter | undefined;

  afterAll(async () => {
    await writer?.stop();
    await subscriber?.stop();
    for (const server of servers) await killServerProcess(server);
    await storage?.remove();
  });

  it('keeps every acknowledged write and resumes the subscriber', async () => {
    storage = await createStorage();
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    const env = { ...storage.env, PORT: String(port), DEMO_PASSWORD, WEB_FORM_RATE_LIMIT: '10000', REQUESTS_PER_MINUTE: '0' };

    const first = await startServerProcess(env);
    servers.push(first);
    const staff = new TestClient(url);
    await staff.signIn('dana@county.example', DEMO_PASSWORD);
    subscriber = new ResumingInboxSubscriber(staff);
    subscriber.start();

    writer = new FormWriter(() => url, 4);
    writer.start();
    await waitFor(() => writer!.acknowledged.length >= BEFORE_KILL, 60_000, () => `${writer!.acknowledged.length} acknowledged before the kill`);
    progress(`${kind}: ${writer.acknowledged.length} acknowledged, ${subscriber.received.length} received; killing`);
    await killServerProcess(first);
    const acknowledgedAtKill = writer.acknowledged.length;
    const killedAt = Date.now();
    // The killed process had no chance to release the folder lock; the restart must recover from it.
    if (storage.openOptions.dataDir) expect(fs.existsSync(path.join(storage.openOptions.dataDir, '.lock'))).toBe(true);
    const receivedAtKill = subscriber.received.length;

    // The writer keeps sending during the outage; those requests fail and are not acknowledged.
    const { server: second, failures: failedStarts } = await startServerWithRetry(env, 45_000);
    servers.push(second);
    progress(`${kind}: restarted ${Date.now() - killedAt} ms after the kill, ${failedStarts.length} failed starts`);
    // On PGlite, a start fails while the killed process's folder lock is less than 10 s old.
    // Any other start failure is a bug.
    for (const failure of failedStarts) expect(failure).toContain('is in use by another process');

    await waitFor(() => writer!.acknowledged.length >= acknowledgedAtKill + AFTER_RESTART, 60_000, () => `${writer!.acknowledged.length} acknowledged`);
    await writer.stop();
    const acknowledged = new Set(writer.acknowledged);
    await waitFor(
      () => {
        const seen = new Set(subscriber!.received.map((event) => event.reference));
        return [...acknowledged].every((reference) => seen.has(reference));
      },
      30_000,
      () => `subscriber saw ${subscriber!.received.length} events`,
    );
    progress(`${kind}: ${writer.acknowledged.length} acknowledged, ${writer.failures} failed, ${subscriber.received.length} received in ${subscriber.subscriptions} subscriptions`);
    await subscriber.stop();
    expect(await stopServerProcess(second)).toBe(0);

    const database = await openDatabase({ ...storage.openOptions, logger: silentLogger });
    let storedReferences: string[];
    let storedEvents: { id: number; type: string; inquiryId: number | null }[];
    let referenceById: Map<number, string>;
    try {
      const rows = await database.db.select({ id: inquiries.id, reference: inquiries.reference }).from(inquiries).orderBy(asc(inquiries.id));
      storedReferences = rows.map((row) => row.reference!);
      referenceById = new Map(rows.map((row) => [row.id, row.reference!]));
      storedEvents = await database.db
        .select({ id: events.id, type: events.type, inquiryId: events.inquiryId })
        .from(events)
        .where(eq(events.stream, 'inbox'))
        .orderBy(asc(events.id));
    } finally {
      await database.close();
    }

    // Every acknowledged submission survived the kill.
    const stored = new Set(storedReferences);
    const lost = [...acknowledged].filter((reference) => !stored.has(reference));
    expect(lost).toEqual([]);

    // The subscriber saw events on both sides of the kill, through more than one subscription.
    expect(receivedAtKill).toBeGreaterThan(0);
    expect(subscriber.received.length).toBeGreaterThan(receivedAtKill);
    expect(subscriber.subscriptions).toBeGreaterThan(1);
    expect(subscriber.errors).toEqual([]);

    // It received exactly the inbox events of the log, each once and in id order.
    const receivedIds = subscriber.received.map((event) => event.id);
    expect(receivedIds).toEqual(storedEvents.map((event) => event.id));

    // Each stored inquiry has exactly one CREATED event among those received.
    const createdReferences = subscriber.received.filter((event) => event.type === 'CREATED').map((event) => event.reference);
    expect([...createdReferences].sort()).toEqual([...storedReferences].sort());
    const createdInLog = storedEvents.filter((event) => event.type === 'created').map((event) => referenceById.get(event.inquiryId!));
    expect(createdInLog.sort()).toEqual([...storedReferences].sort());
  }, 240_000);
});
