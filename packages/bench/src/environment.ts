import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { CoreDeps } from '../../server/src/core/deps.js';
import { redactUrl } from '../../server/src/db/client.js';
import { queryRows } from './corpus.js';
import type { BenchDatabase, BenchTarget } from './databases.js';
import { cpuModel, type Machine } from './report.js';

export const repositoryRoot = path.resolve(import.meta.dirname, '../../..');
export const REPORT_FILE = path.join(repositoryRoot, 'docs', 'benchmarks.md');

/** Reads a positive number from the environment variable `name`, or returns `fallback` when it is unset. */
export function positiveSetting(name: string, fallback: number, max: number, integer: boolean): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0 || value > max || (integer && !Number.isInteger(value))) {
    throw new Error(`${name} must be ${integer ? 'an integer' : 'a number'} above 0 and at most ${max}, got ${raw}`);
  }
  return value;
}

/** Reads BENCH_TARGETS: the databases to measure, postgres and pglite by default. */
export function readTargets(): BenchTarget[] {
  const targets = (process.env.BENCH_TARGETS ?? 'postgres,pglite').split(',').map((target) => target.trim());
  const unknown = targets.filter((target) => target !== 'postgres' && target !== 'pglite');
  if (unknown.length > 0 || targets.length === 0) {
    throw new Error(`BENCH_TARGETS must list postgres and/or pglite separated by commas, got ${process.env.BENCH_TARGETS}`);
  }
  return targets as BenchTarget[];
}

/** Returns the command as typed, with the listed settings of this run (DATABASE_URL without its password). */
export function commandLine(names: string[]): string {
  const assignments = ['DATABASE_URL', 'BENCH_SCENARIOS', 'BENCH_TARGETS', ...names]
    .filter((name) => process.env[name])
    .map((name) => `${name}=${name === 'DATABASE_URL' ? redactUrl(process.env[name]!) : process.env[name]}`);
  return [...assignments, 'pnpm bench'].join(' ');
}

export function coreDeps(database: BenchDatabase, log: Logger): CoreDeps {
  // No event dispatcher runs: the benchmarks append events, and nothing here reads them.
  return {
    db: database.handle.db,
    log,
    wakeEvents: () => {},
    centerTimeZone: 'America/Denver',
    sessionSecret: 'bench-session-secret-that-is-not-used-0123',
    sessionTtlHours: 12,
  };
}

export async function databaseVersion(database: BenchDatabase): Promise<string> {
  const [row] = await queryRows(database.handle.db, sql`select version() as version`);
  // "PostgreSQL 15.20 (Debian …) on x86_64-pc-linux-gnu, compiled by …": the platform part is dropped.
  return String(row.version).split(' on ')[0];
}

export function pgliteVersion(): string {
  const manifest = path.resolve(import.meta.dirname, '../node_modules/@electric-sql/pglite/package.json');
  return (JSON.parse(fs.readFileSync(manifest, 'utf8')) as { version: string }).version;
}

/** Returns the machine facts every section records. The database versions are filled in once each database is open. */
export function machine(): Machine {
  return {
    cpu: cpuModel(),
    cores: os.cpus().length,
    memoryGiB: os.totalmem() / 2 ** 30,
    node: process.version,
    postgres: 'not measured',
    pglite: `${pgliteVersion()} (not measured)`,
  };
}
