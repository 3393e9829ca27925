import fs from 'node:fs';
import path from 'node:path';
import cliProgress from 'cli-progress';
import pino from 'pino';
import type { Config } from '../config.js';
import { ConfigError } from '../config.js';
import type { CoreDeps } from '../core/deps.js';
import { openDatabase, redactUrl, type DatabaseHandle } from '../db/client.js';
import { DataDirLockedError } from '../db/lock.js';
import { createLogger } from '../logger.js';
import { ImportInputError } from './csv311.js';
import { loadInstanceSecret, SESSION_SECRET_NAME } from '../auth/secret.js';

/** Shared plumbing of the import commands (`pnpm import:311`, `pnpm import:faq`). */

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');

/**
 * Resolves a file argument against the folder the command was typed in, then
 * against the repository root. pnpm runs the scripts in packages/server, so
 * the current directory alone would be wrong.
 */
export function resolveInputFile(argument: string, workingDir: string): string {
  if (path.isAbsolute(argument)) return argument;
  const candidates = [...new Set([path.resolve(workingDir, argument), path.resolve(repositoryRoot, argument)])];
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new ImportInputError(`File not found: ${argument} (looked for ${candidates.join(' and ')})`);
  return found;
}

export type CommandDatabase = { database: DatabaseHandle; deps: CoreDeps };

/**
 * Returns the log level of a command. The default `info` becomes `warn`,
 * because info lines (database start-up, "rotation proposed") would show
 * among the tables and the progress bar in a terminal. LOG_LEVEL=debug or
 * trace still shows every line.
 */
export function commandLogLevel(configured: Config['logLevel']): Config['logLevel'] {
  return configured === 'info' ? 'warn' : configured;
}

/**
 * Opens the configured database for a command and builds its CoreDeps.
 * Its log lines go to stderr, so stdout carries only the command's tables
 * and summaries, which scripts may parse.
 * Returns undefined after printing why when the database cannot be opened;
 * a locked embedded folder is thrown, so its message is printed as it is.
 */
export async function openCommandDatabase(config: Config): Promise<CommandDatabase | undefined> {
  // Synchronous, so lines written just before process.exit are not lost.
  const log = createLogger(commandLogLevel(config.logLevel), pino.destination({ dest: 2, sync: true }));
  let database: DatabaseHandle;
  try {
    database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger: log.child({ module: 'db' }) });
  } catch (error) {
    if (error instanceof DataDirLockedError) throw error;
    const where = config.databaseUrl ? `PostgreSQL at ${redactUrl(config.databaseUrl)}` : `the embedded database in ${config.dataDir}`;
    process.stderr.write(`Could not open ${where}: ${(error as Error).message}\n`);
    return undefined;
  }

  // No event dispatcher runs here. A server on PostgreSQL learns of the new events through the
  // NOTIFY sent in each transaction, and no server can have the embedded database open meanwhile.
  const deps: CoreDeps = {
    db: database.db,
    log,
    wakeEvents: () => {},
    centerTimeZone: config.centerTimeZone,
    sessionSecret: config.sessionSecretIsEphemeral ? await loadInstanceSecret(database.db, SESSION_SECRET_NAME) : config.sessionSecret,
    sessionTtlHours: config.sessionTtlHours,
  };
  return { database, deps };
}

/**
 * Turns the first Ctrl+C into a request to stop after the current row, and
 * the second into an immediate exit. Returns the signal and a function that
 * removes the handler.
 */
export function stopOnInterrupt(): { signal: AbortSignal; dispose: () => void } {
  const stop = new AbortController();
  const onInterrupt = () => {
    if (stop.signal.aborted) process.exit(130);
    process.stderr.write('\nStopping after the current row. Press Ctrl+C again to quit at once.\n');
    stop.abort();
  };
  process.on('SIGINT', onInterrupt);
  return { signal: stop.signal, dispose: () => process.off('SIGINT', onInterrupt) };
}

/** Creates a progress bar on stderr that starts on the first report. It prints nothing when stderr is not a terminal. */
export function progressBar(label: string) {
  const bar = new cliProgress.SingleBar(
    {
      stream: process.stderr,
      format: `${label} |{bar}| {value}/{total} rows | {percentage}% | ETA {eta_formatted}`,
      hideCursor: true,
      etaBuffer: 50,
    },
    cliProgress.Presets.shades_classic,
  );
  let started = false;
  return {
    update(done: number, total: number) {
      if (!started) {
        bar.start(total, done);
        started = true;
      } else {
        bar.update(done);
      }
    },
    stop() {
      if (started) bar.stop();
      started = false;
    },
  };
}

/** The hooks an import receives from `runImport`. */
export type ImportHooks = { signal: AbortSignal; onProgress: (done: number, total: number) => void };

/**
 * Opens the database, runs `work` with a progress bar and Ctrl+C handling,
 * prints its summary and returns the exit status: 0 when every row was
 * imported or skipped, 2 when some failed, 130 when Ctrl+C stopped it and 1
 * when the database could not be opened.
 */
export async function runImport<Summary extends { stopped: boolean; failed: unknown[] }>(
  config: Config,
  label: string,
  work: (deps: CoreDeps, hooks: ImportHooks) => Promise<Summary>,
  formatSummary: (summary: Summary) => string,
): Promise<number> {
  const opened = await openCommandDatabase(config);
  if (!opened) return 1;
  const interrupt = stopOnInterrupt();
  const bar = progressBar(label);

  try {
    const summary = await work(opened.deps, { signal: interrupt.signal, onProgress: (done, total) => bar.update(done, total) });
    bar.stop();
    process.stdout.write(formatSummary(summary));
    if (summary.stopped) return 130;
    return summary.failed.length > 0 ? 2 : 0;
  } finally {
    bar.stop();
    interrupt.dispose();
    await opened.database.close();
  }
}

/** Runs a command's main function and exits with its code; expected errors print their message alone. */
export function runCommand(main: () => Promise<number>): void {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof ImportInputError || error instanceof DataDirLockedError || error instanceof ConfigError) {
        process.stderr.write(`${error.message}\n`);
      } else {
        process.stderr.write(`Import failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      }
      process.exit(1);
    },
  );
}
