import path from 'node:path';
import { parseArgs, type ParseArgsConfig } from 'node:util';
import cliProgress from 'cli-progress';
import pino, { type Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config.js';
import { redactUrl } from '../db/client.js';
import { commandLogLevel } from '../import/command.js';
import { createLogger } from '../logger.js';
import type { BackupSummary, ProgressListener } from './backup.js';
import { formatTable, type DatabaseFingerprint } from './compare.js';
import { OpsError } from './postgres-tools.js';

/** Shared plumbing of `pnpm backup`, `pnpm restore` and `pnpm backup:verify`. */

/** A command-line mistake; its message is printed above the usage text. */
export class UsageError extends Error {}

export type CommandContext = { config: Config; logger: Logger };

/** Parses arguments, turning node:util's errors into UsageError. */
export function parseCommandLine<T extends ParseArgsConfig>(parseConfig: T) {
  try {
    return parseArgs(parseConfig);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/** Resolves a path typed by the user against the folder the command was typed in (pnpm runs scripts in packages/server). */
export function resolveUserPath(config: Config, file: string): string {
  return path.resolve(config.workingDir, file);
}

/** Describes the configured database for messages, without a password. */
export function describeDatabase(config: Config): string {
  return config.databaseUrl ? `PostgreSQL at ${redactUrl(config.databaseUrl)}` : `the embedded database in ${config.dataDir}`;
}

/**
 * Creates a progress display on stderr: a bar for phases with a table count,
 * one line for the others. It prints nothing when stderr is not a terminal,
 * so logs of scheduled backups stay clean.
 */
export function progressDisplay(): { listener: ProgressListener; stop: () => void } {
  const interactive = process.stderr.isTTY === true;
  const bar = new cliProgress.SingleBar(
    { stream: process.stderr, format: '{phase} |{bar}| {value}/{total} tables', hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let barPhase: string | undefined;
  let lastPhase: string | undefined;

  const stopBar = () => {
    if (barPhase !== undefined) bar.stop();
    barPhase = undefined;
  };
  return {
    listener({ phase, done, total }) {
      if (!interactive) return;
      if (done !== undefined && total !== undefined) {
        if (barPhase !== phase) {
          stopBar();
          bar.start(total, done, { phase });
          barPhase = phase;
        } else {
          bar.update(done, { phase });
        }
      } else if (phase !== lastPhase) {
        stopBar();
        process.stderr.write(`${phase}…\n`);
      }
      lastPhase = phase;
    },
    stop: stopBar,
  };
}

/** Sums the rows of a fingerprint. */
export function totalRows(fingerprint: DatabaseFingerprint): number {
  return fingerprint.tables.reduce((sum, table) => sum + table.rows, 0);
}

/** Formats a byte count as KB, MB or GB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GB`;
}

/** Formats the rows of every table, largest first, and the total. */
export function formatRowCounts(fingerprint: DatabaseFingerprint): string {
  const tables = [...fingerprint.tables].sort((a, b) => b.rows - a.rows || a.table.localeCompare(b.table));
  const rows = [['table', 'rows'], ...tables.map((table) => [table.table, String(table.rows)])];
  return formatTable(rows);
}

/** Formats the summary of a finished backup. */
export function formatBackupSummary(summary: BackupSummary, elapsedMs: number): string {
  const fingerprint = summary.fingerprint;
  return [
    `Backup written: ${summary.file}`,
    `  format:     ${summary.kind === 'postgres' ? 'pg_dump custom format (restore with pg_restore or pnpm restore)' : 'PGlite data folder, gzip tarball (restore with pnpm restore)'}`,
    `  size:       ${formatBytes(summary.bytes)}`,
    `  tables:     ${fingerprint.tables.length}`,
    `  rows:       ${totalRows(fingerprint)}`,
    `  migrations: ${fingerprint.migrations.length} applied`,
    `  time:       ${(elapsedMs / 1000).toFixed(1)} s`,
    '',
    formatRowCounts(fingerprint),
    '',
  ].join('\n');
}

/**
 * Runs a command's main function with the configuration and a logger on
 * stderr, and exits with its status. Expected errors (OpsError, UsageError
 * with `usage`, ConfigError) print their message alone and exit with 1.
 */
export function runOpsCommand(usage: string, main: (context: CommandContext) => Promise<number>): void {
  const run = async () => {
    const config = loadConfig();
    const logger = createLogger(commandLogLevel(config.logLevel), pino.destination({ dest: 2, sync: true }));
    return main({ config, logger });
  };
  run().then(
    (code) => process.exit(code),
    (error: unknown) => {
      if (error instanceof UsageError) process.stderr.write(`${error.message}\n\n${usage}`);
      else if (error instanceof OpsError || error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
      else process.stderr.write(`Failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}
