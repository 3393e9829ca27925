import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { redactUrl } from '../db/client.js';
import { detectBackupKind, type ProgressListener } from './backup.js';
import { fingerprintDatabase, type DatabaseFingerprint } from './compare.js';
import { openPgliteFolder, PGDATA_FOLDER } from './pglite-folder.js';
import { countUserRelations, maintenanceClient, OpsError, postgresRunner, runPostgresTool } from './postgres-tools.js';

/**
 * Restores a backup into an empty target: pg_restore for a pg_dump file,
 * PGlite's loadDataDir for an embedded-database tarball. Neither applies
 * migrations; the server does that when it starts on the restored database.
 */

export type RestoreOptions = {
  /** Restore into a target that already contains data (each function's documentation describes what happens to that data). */
  force?: boolean;
  onProgress?: ProgressListener;
};

export type RestoreSummary = { target: string; fingerprint: DatabaseFingerprint };

/** Counts the tables with data in a pg_dump archive, for the progress bar. */
function countArchivedTables(file: string): number | undefined {
  const listing = spawnSync('pg_restore', ['--list', file], { encoding: 'utf8' });
  if (listing.status !== 0) return undefined;
  return listing.stdout.split('\n').filter((line) => / TABLE DATA /.test(line)).length;
}

/**
 * Restores a pg_dump custom-format file into the database at `url` with
 * pg_restore, in one transaction that stops at the first error. The target
 * must be empty. With `force` pg_restore first drops the objects the backup
 * contains (--clean --if-exists); other objects in the target stay.
 * Ownership is not restored (--no-owner): the user of `url` owns everything.
 */
export async function restorePostgres(file: string, url: string, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const kind = detectBackupKind(file);
  if (kind !== 'postgres') throw new OpsError(`${file} is an embedded-database tarball. Restore it with --data-dir DIR, not into PostgreSQL.`);

  const client = maintenanceClient(url);
  try {
    let relations: number;
    try {
      relations = await countUserRelations(postgresRunner(client));
    } catch (error) {
      throw new OpsError(`Cannot connect to the target ${redactUrl(url)}: ${(error as Error).message}. Create it first, for example with createdb.`);
    }
    if (relations > 0 && !options.force) {
      throw new OpsError(
        `The target database ${redactUrl(url)} is not empty (${relations} tables, indexes, sequences or other relations). ` +
          'Restore into a new empty database (createdb NAME), or pass --force to drop and replace the objects the backup contains.',
      );
    }

    const total = countArchivedTables(file);
    let restored = 0;
    const args = ['--verbose', '--no-owner', '--exit-on-error', '--single-transaction'];
    if (options.force) args.push('--clean', '--if-exists');
    options.onProgress?.({ phase: 'restoring', done: 0, total });
    await runPostgresTool('pg_restore', url, [...args, file], (line) => {
      if (line.includes('processing data for table')) {
        restored += 1;
        options.onProgress?.({ phase: 'restoring', done: restored, total });
      }
    });

    const fingerprint = await fingerprintDatabase(postgresRunner(client), { checksums: false });
    return { target: redactUrl(url), fingerprint };
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * Restores an embedded-database tarball into the folder `dataDir`, which must
 * hold no database. With `force` an existing pgdata folder in it is deleted
 * first. The folder is locked meanwhile, so this fails while a server runs on it.
 */
export async function restoreDataDir(file: string, dataDir: string, logger: Logger, options: RestoreOptions = {}): Promise<RestoreSummary> {
  const kind = detectBackupKind(file);
  if (kind !== 'pglite') throw new OpsError(`${file} is a pg_dump file. Restore it with --into DATABASE_URL, not into a data folder.`);

  const pgdata = path.join(dataDir, PGDATA_FOLDER);
  const tarball = new Blob([fs.readFileSync(file)]);
  options.onProgress?.({ phase: 'restoring' });
  // The check runs under the folder's lock, so no server can start on the folder in between.
  const folder = await openPgliteFolder(dataDir, logger, `restore into ${dataDir}`, {
    loadDataDir: tarball,
    whileLocked() {
      const existing = fs.existsSync(pgdata) ? fs.readdirSync(pgdata).length : 0;
      if (existing === 0) return;
      if (!options.force) {
        throw new OpsError(`The folder ${dataDir} already contains an embedded database (${pgdata}). Restore into a new empty folder, or pass --force to delete that database first.`);
      }
      fs.rmSync(pgdata, { recursive: true, force: true });
    },
  });
  try {
    const fingerprint = await fingerprintDatabase(folder.run, { checksums: false });
    return { target: dataDir, fingerprint };
  } finally {
    await folder.close();
  }
}
