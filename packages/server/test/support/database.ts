import { afterAll, beforeAll, beforeEach } from 'vitest';
import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pino from 'pino';
import postgres from 'postgres';
import { openDatabase, type DatabaseHandle } from '../../src/db/client.js';
import type { CoreDeps } from '../../src/core/deps.js';
import { EventDispatcher } from '../../src/events/dispatcher.js';

export type DatabaseKind = 'pglite' | 'postgres';

/** PGlite always; PostgreSQL too when DATABASE_URL is set. */
export function databaseKinds(): DatabaseKind[] {
  return process.env.DATABASE_URL ? ['pglite', 'postgres'] : ['pglite'];
}

export const silentLogger = pino({ level: process.env.TEST_LOG_LEVEL ?? 'silent' });

/**
 * Creates an empty PostgreSQL database on the DATABASE_URL server for one test
 * file, so files running in parallel never see each other's rows. Returns its
 * URL and a function that drops it.
 */
export async function createScratchDatabase(): Promise<{ url: string; drop: () => Promise<void> }> {
  const baseUrl = process.env.DATABASE_URL;
  if (!baseUrl) throw new Error('DATABASE_URL is not set');
  const name = `civic_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  await admin.end();

  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = postgres(baseUrl, { max: 1, onnotice: () => {} });
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      await dropper.end();
    },
  };
}

export type TestDatabase = {
  kind: DatabaseKind;
  handle: DatabaseHandle;
  deps: CoreDeps;
  dispatcher: EventDispatcher;
  /** The URL of the scratch PostgreSQL database; undefined on PGlite. */
  url: string | undefined;
  /** Empties every table; event ids keep increasing, so the dispatcher stays valid. */
  reset(): Promise<void>;
  close(): Promise<void>;
};

/** Opens a migrated database of `kind` with a running event dispatcher. Share one per test file. */
export async function openTestDatabase(kind: DatabaseKind): Promise<TestDatabase> {
  const scratch = kind === 'postgres' ? await createScratchDatabase() : undefined;
  const handle = await openDatabase({ databaseUrl: scratch?.url, logger: silentLogger });
  const dispatcher = new EventDispatcher(handle, silentLogger);
  await dispatcher.start();

  const deps: CoreDeps = {
    db: handle.db,
    log: silentLogger,
    wakeEvents: () => dispatcher.wake(),
    centerTimeZone: 'America/Denver',
    sessionSecret: 'test-session-secret-that-is-long-enough-0123',
    sessionTtlHours: 12,
  };

  return {
    kind,
    handle,
    deps,
    dispatcher,
    url: scratch?.url,
    async reset() {
      // A socket closed by the previous test may still be recording its disconnect, and
      // that transaction can deadlock with TRUNCATE; a retry succeeds once it is done.
      for (let attempt = 1; ; attempt += 1) {
        try {
          await handle.db.execute(
            sql`truncate presence_connections, inquiry_messages, inquiries, inquiry_counts, inquiry_status_counts, contacts, topics, programs, departments, survey_responses, kudos, sessions, staff_users, events, rota_settings, rate_limit_hits, instance_secrets, report_day_versions, report_cached_days, report_day_channels, report_day_topics, report_day_durations, report_day_phone, banner_locations, lemon_lot_settings, cemetery_lots, notary_commissions, drawer_closes, payments, audit_entries cascade`,
          );
          break;
        } catch (error) {
          const code = (error as { cause?: { code?: string } }).cause?.code;
          if (code !== '40P01' || attempt >= 5) throw error;
        }
      }
      await dispatcher.flush();
    },
    async close() {
      await dispatcher.stop();
      await handle.close();
      await scratch?.drop();
    },
  };
}

/**
 * Registers hooks that open one database of `kind` for the enclosing describe
 * block, empty it before each test and close it afterwards. Returns a getter,
 * because the database exists only once beforeAll has run.
 */
export function useTestDatabase(kind: DatabaseKind): () => TestDatabase {
  let database: TestDatabase | undefined;
  beforeAll(async () => {
    database = await openTestDatabase(kind);
  });
  afterAll(async () => {
    await database?.close();
  });
  beforeEach(async () => {
    await database!.reset();
  });
  return () => database!;
}
