import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import postgres from 'postgres';
import { openDatabase, redactUrl, type DatabaseHandle } from '../../server/src/db/client.js';

export type BenchTarget = 'postgres' | 'pglite';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/** A migrated, empty database for one benchmark target and the function that removes it. */
export type BenchDatabase = { target: BenchTarget; handle: DatabaseHandle; close: () => Promise<void> };

/**
 * Creates the scratch database `civic_bench_<random>` on the server of
 * `baseUrl`, opens it with the server's `openDatabase` (which applies the
 * migrations), and returns it with a close function that drops it again.
 */
export async function openScratchPostgres(baseUrl: string, log: Logger): Promise<BenchDatabase> {
  const name = `civic_bench_${randomBytes(4).toString('hex')}`;
  const admin = postgres(baseUrl, { max: 1, onnotice: () => {} });
  try {
    await admin.unsafe(`create database ${name}`);
  } finally {
    await admin.end({ timeout: 5 });
  }
  log.info({ database: name, server: redactUrl(baseUrl) }, 'scratch database created');

  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  const drop = async () => {
    const dropper = postgres(baseUrl, { max: 1, onnotice: () => {} });
    try {
      await dropper.unsafe(`drop database if exists ${name} with (force)`);
      log.info({ database: name }, 'scratch database dropped');
    } finally {
      await dropper.end({ timeout: 5 });
    }
  };

  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ databaseUrl: url.toString(), logger: log });
  } catch (error) {
    await drop();
    throw error;
  }
  return {
    target: 'postgres',
    handle,
    async close() {
      await handle.close();
      await drop();
    },
  };
}

/** Opens an in-memory PGlite database with the migrations applied. Closing it discards it. */
export async function openMemoryPglite(log: Logger): Promise<BenchDatabase> {
  const handle = await openDatabase({ logger: log });
  return { target: 'pglite', handle, close: () => handle.close() };
}
