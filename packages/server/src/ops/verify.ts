import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Logger } from 'pino';
import { backupDataDir, backupPostgres, defaultBackupName, type BackupSummary, type ProgressListener } from './backup.js';
import { compareFingerprints, fingerprintDatabase, type DatabaseFingerprint, type Difference } from './compare.js';
import { openPgliteFolder } from './pglite-folder.js';
import { createScratchDatabase, maintenanceClient, postgresRunner } from './postgres-tools.js';
import { restoreDataDir, restorePostgres } from './restore.js';

/**
 * The restore test behind `pnpm backup:verify`: back up the configured
 * database, restore the backup into a scratch target, and compare the two.
 */

export type VerifyOptions = {
  databaseUrl: string | undefined;
  dataDir: string;
  logger: Logger;
  /** Keep the backup in this file; default a temporary file that is deleted. */
  keepFile?: string;
  onProgress?: ProgressListener;
};

export type VerifyReport = {
  backup: BackupSummary;
  /** Description of the scratch target the copy was restored into, deleted afterwards. */
  scratch: string;
  source: DatabaseFingerprint;
  copy: DatabaseFingerprint;
  differences: Difference[];
};

/** Reads the full fingerprint (with checksums) of the PostgreSQL database at `url`. */
export async function fingerprintPostgres(url: string): Promise<DatabaseFingerprint> {
  const client = maintenanceClient(url);
  try {
    return await fingerprintDatabase(postgresRunner(client));
  } finally {
    await client.end({ timeout: 5 });
  }
}

/** Reads the full fingerprint of the embedded database in `dataDir`, under its lock. */
export async function fingerprintDataDir(dataDir: string, logger: Logger): Promise<DatabaseFingerprint> {
  const folder = await openPgliteFolder(dataDir, logger, `read ${dataDir}`);
  try {
    return await fingerprintDatabase(folder.run);
  } finally {
    await folder.close();
  }
}

/**
 * Backs up the configured database, restores the backup into a new scratch
 * PostgreSQL database (same server, unique name) or a temporary data folder,
 * compares every table's rows, the sequences and the applied migrations, and
 * deletes the scratch copy. The source is fingerprinted in the backup's own
 * snapshot, so writes by a running PostgreSQL server do not count as
 * differences (except sequences, which are not transactional).
 */
export async function verifyBackup(options: VerifyOptions): Promise<VerifyReport> {
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-desk-verify-'));
  const kind = options.databaseUrl ? 'postgres' : 'pglite';
  const file = options.keepFile ?? path.join(workDir, defaultBackupName(kind));
  try {
    if (options.databaseUrl) {
      const url = options.databaseUrl;
      const backup = await backupPostgres(url, file, { checksums: true, onProgress: options.onProgress });
      const scratch = await createScratchDatabase(url);
      try {
        await restorePostgres(file, scratch.url, { onProgress: options.onProgress });
        options.onProgress?.({ phase: 'comparing' });
        const copy = await fingerprintPostgres(scratch.url);
        return { backup, scratch: `database ${scratch.name} (dropped)`, source: backup.fingerprint, copy, differences: compareFingerprints(backup.fingerprint, copy) };
      } finally {
        await scratch.drop();
      }
    }

    const backup = await backupDataDir(options.dataDir, file, options.logger, { checksums: true, onProgress: options.onProgress });
    const scratchDir = path.join(workDir, 'restored');
    await restoreDataDir(file, scratchDir, options.logger, { onProgress: options.onProgress });
    options.onProgress?.({ phase: 'comparing' });
    const copy = await fingerprintDataDir(scratchDir, options.logger);
    return { backup, scratch: `folder ${scratchDir} (deleted)`, source: backup.fingerprint, copy, differences: compareFingerprints(backup.fingerprint, copy) };
  } finally {
    fs.rmSync(workDir, { recursive: true, force: true });
  }
}
