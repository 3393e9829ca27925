import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { redactUrl } from '../db/client.js';
import { fingerprintDatabase, type DatabaseFingerprint } from './compare.js';
import { hasEmbeddedDatabase, openPgliteFolder } from './pglite-folder.js';
import { maintenanceClient, OpsError, postgresRunner, runPostgresTool } from './postgres-tools.js';

/**
 * Backups of the configured database: pg_dump's custom format for
 * PostgreSQL, PGlite's dumpDataDir tarball (gzip) for the embedded folder.
 */

export type BackupKind = 'postgres' | 'pglite';

/** Progress of a long step: `done` of `total` tables, or a phase without a count. */
export type ProgressListener = (progress: { phase: string; done?: number; total?: number }) => void;

export type BackupOptions = {
  /** Also take checksums of every table (for backup:verify); counts are always taken. */
  checksums?: boolean;
  onProgress?: ProgressListener;
};

export type BackupSummary = {
  kind: BackupKind;
  file: string;
  bytes: number;
  /** The database as the backup contains it: row counts, and checksums when requested. */
  fingerprint: DatabaseFingerprint;
};

/** First bytes of a pg_dump custom-format archive. */
const PG_DUMP_MAGIC = Buffer.from('PGDMP');
/** First bytes of a gzip stream, which dumpDataDir('gzip') writes. */
const GZIP_MAGIC = Buffer.from([0x1f, 0x8b]);

/** Returns a file name such as civic-desk-20261205-021500.dump (PostgreSQL) or .tar.gz (PGlite), in UTC. */
export function defaultBackupName(kind: BackupKind, now = new Date()): string {
  const stamp = now.toISOString().slice(0, 19).replaceAll('-', '').replaceAll(':', '').replace('T', '-');
  return `civic-desk-${stamp}${kind === 'postgres' ? '.dump' : '.tar.gz'}`;
}

/** Tells a backup's kind from its first bytes; throws OpsError for any other file. */
export function detectBackupKind(file: string): BackupKind {
  let head: Buffer;
  try {
    const handle = fs.openSync(file, 'r');
    head = Buffer.alloc(5);
    fs.readSync(handle, head, 0, 5, 0);
    fs.closeSync(handle);
  } catch (error) {
    throw new OpsError(`Cannot read the backup file ${file}: ${(error as Error).message}`);
  }
  if (head.subarray(0, 5).equals(PG_DUMP_MAGIC)) return 'postgres';
  if (head.subarray(0, 2).equals(GZIP_MAGIC)) return 'pglite';
  throw new OpsError(`${file} is not a Civic Desk backup: expected a pg_dump custom-format file (.dump) or an embedded-database tarball (.tar.gz).`);
}

/** Fails when `file` exists, so a backup never overwrites another one. */
function checkOutputFile(file: string): void {
  if (fs.existsSync(file)) throw new OpsError(`${file} already exists. Choose another --out file or move the old one away.`);
  const folder = path.dirname(file);
  if (!fs.existsSync(folder)) throw new OpsError(`The folder ${folder} of --out does not exist.`);
}

/**
 * Dumps a PostgreSQL database with pg_dump in custom format. The row counts
 * (and checksums) are read in a repeatable-read transaction whose snapshot
 * pg_dump shares, so they describe exactly the rows in the file, even while
 * the server keeps writing.
 */
export async function backupPostgres(url: string, file: string, options: BackupOptions = {}): Promise<BackupSummary> {
  checkOutputFile(file);
  const partial = `${file}.partial`;
  const client = maintenanceClient(url);
  try {
    const fingerprint = await client.begin('isolation level repeatable read read only', async (transaction) => {
      const run = postgresRunner(transaction);
      const [{ snapshot }] = await transaction<{ snapshot: string }[]>`select pg_export_snapshot() as snapshot`;
      options.onProgress?.({ phase: 'reading tables' });
      const snapshotFingerprint = await fingerprintDatabase(run, {
        checksums: options.checksums ?? false,
        onProgress: (done, total) => options.onProgress?.({ phase: 'reading tables', done, total }),
      });

      let dumped = 0;
      const total = snapshotFingerprint.tables.length;
      await runPostgresTool('pg_dump', url, ['--format=custom', '--verbose', `--snapshot=${snapshot}`, `--file=${partial}`], (line) => {
        if (line.includes('dumping contents of table')) {
          dumped += 1;
          options.onProgress?.({ phase: 'dumping', done: dumped, total });
        }
      });
      return snapshotFingerprint;
    });
    fs.renameSync(partial, file);
    return { kind: 'postgres', file, bytes: fs.statSync(file).size, fingerprint };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    if (error instanceof OpsError) throw error;
    throw new OpsError(`Backup of ${redactUrl(url)} failed: ${(error as Error).message}`);
  } finally {
    await client.end({ timeout: 5 });
  }
}

/**
 * Backs up the embedded database folder with PGlite's dumpDataDir, a gzip
 * tarball of PGDATA. It opens the folder through the server's lock, so it
 * fails with a clear message while the server runs on it, and checkpoints
 * first, so the data files themselves are current.
 */
export async function backupDataDir(dataDir: string, file: string, logger: Logger, options: BackupOptions = {}): Promise<BackupSummary> {
  checkOutputFile(file);
  if (!hasEmbeddedDatabase(dataDir)) throw new OpsError(`There is no embedded database in ${dataDir} (no pgdata/PG_VERSION). Check DATA_DIR.`);

  options.onProgress?.({ phase: 'opening the embedded database' });
  const folder = await openPgliteFolder(dataDir, logger, `back up ${dataDir}`);
  const partial = `${file}.partial`;
  try {
    const fingerprint = await fingerprintDatabase(folder.run, {
      checksums: options.checksums ?? false,
      onProgress: (done, total) => options.onProgress?.({ phase: 'reading tables', done, total }),
    });
    await folder.run('checkpoint');
    options.onProgress?.({ phase: 'writing the tarball' });
    const tarball = await folder.client.dumpDataDir('gzip');
    fs.writeFileSync(partial, Buffer.from(await tarball.arrayBuffer()));
    fs.renameSync(partial, file);
    return { kind: 'pglite', file, bytes: fs.statSync(file).size, fingerprint };
  } catch (error) {
    fs.rmSync(partial, { force: true });
    throw error;
  } finally {
    await folder.close();
  }
}
