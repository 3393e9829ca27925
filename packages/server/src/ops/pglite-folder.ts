import fs from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { Logger } from 'pino';
import { DataDirLockedError, lockDataDir } from '../db/lock.js';
import type { SqlRunner } from './compare.js';
import { OpsError } from './postgres-tools.js';

/** The folder inside DATA_DIR that contains PGlite's PGDATA (see db/client.ts). */
export const PGDATA_FOLDER = 'pgdata';

export type OpenFolder = { client: PGlite; run: SqlRunner; close: () => Promise<void> };

/** Returns whether `dataDir` contains an embedded database (a PGDATA with PG_VERSION). */
export function hasEmbeddedDatabase(dataDir: string): boolean {
  return fs.existsSync(path.join(dataDir, PGDATA_FOLDER, 'PG_VERSION'));
}

/**
 * Opens the embedded database in `dataDir` under the same lock file as the
 * server, without applying migrations, so a backup or a restore never changes
 * the schema. `loadDataDir` fills an empty folder from a dumpDataDir tarball;
 * `whileLocked` runs once the lock is held, before PGlite opens the folder.
 * Throws OpsError naming `action` when another process, usually the running
 * server, has the folder locked.
 */
export async function openPgliteFolder(
  dataDir: string,
  logger: Logger,
  action: string,
  options: { loadDataDir?: Blob; whileLocked?: () => void } = {},
): Promise<OpenFolder> {
  fs.mkdirSync(dataDir, { recursive: true });
  let release: () => Promise<void>;
  try {
    release = await lockDataDir(dataDir, logger);
  } catch (error) {
    if (!(error instanceof DataDirLockedError)) throw error;
    throw new OpsError(
      `Cannot ${action}: the embedded database folder ${dataDir} is in use by another process, usually the running server. ` +
        'Stop the server first, then run the command again. (A lock left by a killed process expires after 10 s.)',
    );
  }

  try {
    options.whileLocked?.();
    // The same extensions as the server, because the knowledge-base search needs them.
    const client = await PGlite.create(path.join(dataDir, PGDATA_FOLDER), { extensions: { pg_trgm, unaccent }, loadDataDir: options.loadDataDir });
    return {
      client,
      run: async (text) => (await client.query<Record<string, unknown>>(text)).rows,
      async close() {
        try {
          await client.close();
        } finally {
          await release();
        }
      },
    };
  } catch (error) {
    await release();
    throw error;
  }
}
