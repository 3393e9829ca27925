import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import { migrate as migratePostgres } from 'drizzle-orm/postgres-js/migrator';
import postgres from 'postgres';
import type { Logger } from 'pino';
import { lockDataDir } from './lock.js';
import { PreparePolicy, withPreparePolicy } from './prepared.js';
import * as schema from './schema.js';

export type Database = PgDatabase<PgQueryResultHKT, typeof schema>;
export type Transaction = Parameters<Parameters<Database['transaction']>[0]>[0];
/** A database handle or an open transaction: services accept either. */
export type Queryable = Database | Transaction;

export const migrationsFolder = path.resolve(import.meta.dirname, '../../drizzle');

/** NOTIFY channel that carries new event ids between server processes. */
export const EVENTS_CHANNEL = 'civic_desk_events';

/** Returns the rows of a raw `execute`, which postgres.js returns as the result and PGlite under `rows`. */
export function rowsOf<T>(result: unknown): T[] {
  return (Array.isArray(result) ? result : ((result as { rows?: T[] }).rows ?? [])) as T[];
}

export type DatabaseHandle = {
  kind: 'pglite' | 'postgres';
  db: Database;
  /**
   * Calls `onNotify` for each NOTIFY on `channel` and `onListen` each time the
   * LISTEN connection is (re)established, so callers can reread what they may
   * have missed while it was down. Returns a function that stops listening.
   * On PGlite it never fires: one process owns the database, so events stay
   * in that process.
   */
  listen(channel: string, onNotify: (payload: string) => void, onListen: () => void): Promise<() => Promise<void>>;
  /** Runs a trivial query; rejects when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
};

export type OpenDatabaseOptions = {
  databaseUrl?: string;
  /** Folder of the embedded database; undefined keeps it in memory (tests). */
  dataDir?: string;
  logger: Logger;
  /** Maximum PostgreSQL pool size. */
  poolSize?: number;
};

/** Opens PostgreSQL when `databaseUrl` is set and the embedded PGlite otherwise, then applies migrations. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const handle = options.databaseUrl
    ? await openPostgres(options.databaseUrl, options)
    : await openPglite(options);
  return handle;
}

async function openPglite(options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const log = options.logger;
  let releaseLock: (() => Promise<void>) | undefined;
  if (options.dataDir) {
    fs.mkdirSync(options.dataDir, { recursive: true });
    releaseLock = await lockDataDir(options.dataDir, log);
  }

  let client: PGlite;
  try {
    // PGlite loads extensions only when they are passed at creation; the knowledge-base
    // search migration then creates them with CREATE EXTENSION, as on PostgreSQL.
    const extensions = { pg_trgm, unaccent };
    client = options.dataDir
      ? await PGlite.create(path.join(options.dataDir, 'pgdata'), { extensions })
      : await PGlite.create({ extensions });
    const db = drizzlePglite(client, { schema }) as unknown as Database;
    await migratePglite(drizzlePglite(client), { migrationsFolder });
    log.info({ dataDir: options.dataDir ?? 'memory' }, 'embedded database ready');

    return {
      kind: 'pglite',
      db,
      async listen() {
        return async () => {};
      },
      async ping() {
        await client.query('select 1');
      },
      async close() {
        await client.close();
        await releaseLock?.();
      },
    };
  } catch (error) {
    await releaseLock?.();
    throw error;
  }
}

async function openPostgres(url: string, options: OpenDatabaseOptions): Promise<DatabaseHandle> {
  const log = options.logger;
  const onnotice = () => {};
  await migrateWithLock(url, log);

  const client = postgres(url, { max: options.poolSize ?? 10, onnotice });
  // drizzle-orm's statements go through a client that prepares the ones the server repeats (see prepared.ts).
  const db = drizzlePostgres(withPreparePolicy(client, new PreparePolicy()), { schema }) as unknown as Database;
  log.info({ database: redactUrl(url) }, 'PostgreSQL ready');

  return {
    kind: 'postgres',
    db,
    async listen(channel, onNotify, onListen) {
      const subscription = await client.listen(channel, onNotify, onListen);
      return () => subscription.unlisten();
    },
    async ping() {
      await client`select 1`;
    },
    async close() {
      await client.end({ timeout: 5 });
    },
  };
}

/**
 * Applies migrations under a session advisory lock, so several server
 * processes starting together on one database do not race on the DDL.
 */
async function migrateWithLock(url: string, log: Logger): Promise<void> {
  const client = postgres(url, { max: 1, onnotice: () => {} });
  try {
    await client`select pg_advisory_lock(4311001)`;
    await migratePostgres(drizzlePostgres(client), { migrationsFolder });
    await client`select pg_advisory_unlock(4311001)`;
    log.debug('migrations applied');
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Drops the password from a connection URL for logging. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}
