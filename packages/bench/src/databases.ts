import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import postgres from 'postgres';
import { openDatabase, redactUrl, type DatabaseHandle } from '../../server/src/db/client.js';

export type BenchTarget = 'postgres' | 'pglite';

export const DEFAULT_DATABASE_URL = 'postgres://postgres@127.0.0.1:5432/test';

/**
 * Removal functions of the scratch databases and folders still open, run
 * when the command is stopped with Ctrl+C or SIGTERM, so an interrupted run
 * leaves no scratch database behind.
 * NOTE: PGlite runs a statement synchronously in WebAssembly, so this handler
 * cannot run during a long PGlite statement. A SIGTERM then (sent to the tsx
 * process) ended the command and left its civic-bench-* folder in the
 * temporary folder, which has to be removed by hand.
 */
const cleanups = new Set<() => Promise<void>>();
let stopping = false;

function onStop(signal: NodeJS.Signals): void {
  if (stopping) return;
  stopping = true;
  process.stderr.write(`${signal}: removing ${cleanups.size} scratch database(s) before stopping\n`);
  void Promise.allSettled([...cleanups].map((cleanup) => cleanup())).then(() => process.exit(130));
}
process.once('SIGINT', onStop);
process.once('SIGTERM', onStop);

/** A migrated, empty database for one benchmark target and the function that removes it. */
export type BenchDatabase = {
  target: BenchTarget;
  handle: DatabaseHandle;
  /** The scratch database's URL, for a second client with other settings; undefined on PGlite. */
  url?: string;
  close: () => Promise<void>;
};

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

  cleanups.add(drop);
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ databaseUrl: url.toString(), logger: log });
  } catch (error) {
    cleanups.delete(drop);
    await drop();
    throw error;
  }
  return {
    target: 'postgres',
    handle,
    url: url.toString(),
    async close() {
      cleanups.delete(drop);
      try {
        await handle.close();
      } finally {
        await drop();
      }
    },
  };
}

/** Opens an in-memory PGlite database with the migrations applied. Closing it discards it. */
export async function openMemoryPglite(log: Logger): Promise<BenchDatabase> {
  const handle = await openDatabase({ logger: log });
  return { target: 'pglite', handle, close: () => handle.close() };
}

/**
 * Opens PGlite in a new temporary folder with the migrations applied, as the
 * server does with DATA_DIR. Closing it removes the folder.
 */
export async function openFolderPglite(log: Logger): Promise<BenchDatabase & { folder: string }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-bench-'));
  const remove = () => fs.rmSync(folder, { recursive: true, force: true });
  const cleanup = async () => remove();
  cleanups.add(cleanup);
  let handle: DatabaseHandle;
  try {
    handle = await openDatabase({ dataDir: folder, logger: log });
  } catch (error) {
    cleanups.delete(cleanup);
    remove();
    throw error;
  }
  log.info({ folder }, 'scratch PGlite folder created');
  return {
    target: 'pglite',
    handle,
    folder,
    async close() {
      cleanups.delete(cleanup);
      try {
        await handle.close();
      } finally {
        remove();
        log.info({ folder }, 'scratch PGlite folder removed');
      }
    },
  };
}
