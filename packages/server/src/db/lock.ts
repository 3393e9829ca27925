import lockfile from 'proper-lockfile';
import type { Logger } from 'pino';

/** Seconds after which a lock left by a killed process counts as abandoned. */
const STALE_LOCK_SECONDS = 10;

export class DataDirLockedError extends Error {
  constructor(readonly dataDir: string) {
    super(
      `The embedded database folder ${dataDir} is in use by another process. ` +
        'Stop that process first, or set DATA_DIR to another folder, or set DATABASE_URL to use PostgreSQL. ' +
        `(A lock left by a killed process expires after ${STALE_LOCK_SECONDS} s.)`,
    );
    this.name = 'DataDirLockedError';
  }
}

/**
 * Takes an exclusive lock on `dataDir`, because two PGlite instances opening
 * one folder corrupt it. Fails at once, with DataDirLockedError, when another
 * live process holds it. Returns the release function.
 */
export async function lockDataDir(dataDir: string, log: Logger): Promise<() => Promise<void>> {
  try {
    const release = await lockfile.lock(dataDir, {
      stale: STALE_LOCK_SECONDS * 1000,
      update: 2000,
      realpath: false,
      lockfilePath: `${dataDir}/.lock`,
      onCompromised: (error) => {
        log.fatal({ err: error, dataDir }, 'lost the lock on the embedded database folder; stopping');
        process.exit(1);
      },
    });
    return release;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw new DataDirLockedError(dataDir);
    throw error;
  }
}
