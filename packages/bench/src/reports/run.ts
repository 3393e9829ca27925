import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { Sql } from 'postgres';
import { redactUrl } from '../../../server/src/db/client.js';
import { queryRows } from '../corpus.js';
import { DEFAULT_DATABASE_URL, openFolderPglite, openScratchPostgres, type BenchDatabase, type BenchTarget } from '../databases.js';
import { readNotes, readSection, writeSection } from '../document.js';
import { commandLine, coreDeps, databaseVersion, machine, pgliteVersion, positiveSetting, readTargets, REPORT_FILE, repositoryRoot } from '../environment.js';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import postgres from 'postgres';
import type { Database } from '../../../server/src/db/client.js';
import * as schema from '../../../server/src/db/schema.js';
import { measureReportOnly, measureScenario, REPORT_SCENARIOS, type MeasureSettings } from './measure.js';
import { renderReportsSection, type ReportsBench, type TargetResult } from './render.js';
import { seedReportsData, type Execute } from './seed.js';

/**
 * The reports scenario of `pnpm bench`: seeds a scratch database with a
 * million inquiries, times the server's buildReport for several ranges and
 * writes its section of docs/benchmarks.md.
 */

const REPORTS_FOLDER = path.join(repositoryRoot, 'packages', 'server', 'src', 'reports');
/** The files whose code the figures describe; a missing one is left out of the hash. */
const MEASURED_FILES = ['report.ts', 'metrics.ts', 'period.ts', 'query.ts', 'export.ts'];
/** The department the department view shows: department 1, which owns the busiest topics. */
const DEPARTMENT_KEY = 'department-1';
const SETTING_NAMES = [
  'BENCH_REPORT_INQUIRIES',
  'BENCH_REPORT_RUNS',
  'BENCH_REPORT_SECONDS',
  'BENCH_REPORT_WARMUPS',
  'BENCH_REPORT_EXPORT_RUNS',
  'BENCH_REPORT_TARGET_MINUTES',
];

export type ReportsSettings = MeasureSettings & {
  databaseUrl: string;
  targets: BenchTarget[];
  inquiries: number;
  contacts: number;
  /** Minutes of measuring per database after seeding. Scenarios that would start later are skipped. */
  targetMinutes: number;
};

function readSettings(): ReportsSettings {
  const inquiries = positiveSetting('BENCH_REPORT_INQUIRIES', 1_000_000, 10_000_000, true);
  return {
    databaseUrl: process.env.DATABASE_URL || DEFAULT_DATABASE_URL,
    targets: readTargets(),
    inquiries,
    contacts: Math.max(1, Math.round(inquiries * 0.3)),
    maxRuns: positiveSetting('BENCH_REPORT_RUNS', 20, 1_000, true),
    scenarioSeconds: positiveSetting('BENCH_REPORT_SECONDS', 20, 3_600, false),
    warmupRuns: positiveSetting('BENCH_REPORT_WARMUPS', 2, 100, true),
    exportRuns: positiveSetting('BENCH_REPORT_EXPORT_RUNS', 2, 100, true),
    targetMinutes: positiveSetting('BENCH_REPORT_TARGET_MINUTES', 7, 24 * 60, false),
  };
}

/** SHA-256 over the measured report files, so the figures can be tied to one version of the code. */
function sourceHash(): string {
  const hash = createHash('sha256');
  for (const file of MEASURED_FILES) {
    const full = path.join(REPORTS_FOLDER, file);
    if (fs.existsSync(full)) hash.update(file).update(fs.readFileSync(full));
  }
  return hash.digest('hex');
}

/** Runs single statements on one connection: a reserved postgres.js connection, or PGlite's only one. */
export async function seedingConnection(database: BenchDatabase): Promise<{ execute: Execute; release: () => void }> {
  const client = (database.handle.db as unknown as { $client: PGlite | Sql }).$client;
  if (database.handle.kind === 'pglite') {
    const pglite = client as PGlite;
    return { execute: async (statement) => (await pglite.query<Record<string, unknown>>(statement)).rows, release: () => {} };
  }
  const reserved = await (client as Sql).reserve();
  return { execute: async (statement) => [...(await reserved.unsafe(statement))] as Record<string, unknown>[], release: () => reserved.release() };
}

async function benchTarget(database: BenchDatabase, settings: ReportsSettings, bench: ReportsBench, log: Logger): Promise<TargetResult> {
  const label = database.target;
  const connection = await seedingConnection(database);
  let seed;
  try {
    seed = await seedReportsData(connection.execute, { inquiries: settings.inquiries, contacts: settings.contacts, timeZone: 'America/Denver' }, log, label);
  } finally {
    connection.release();
  }
  const result: TargetResult = { target: database.target, seed, scenarios: [] };
  bench.results.push(result);

  const deadline = { at: performance.now() + settings.targetMinutes * 60_000 };
  const deps = coreDeps(database, log);
  // A second pool on the same database with JIT compilation off, to show how much of the time it takes.
  const jitOffClient = database.url ? postgres(database.url, { max: 10, onnotice: () => {}, connection: { jit: 'off' } }) : undefined;
  const jitOff = jitOffClient ? { db: drizzlePostgres(jitOffClient, { schema }) as unknown as Database } : undefined;
  try {
    const [department] = await queryRows(deps.db, sql`select id::text as id, name from departments where id = md5(${DEPARTMENT_KEY})::uuid`);
    bench.department = { id: String(department.id), name: String(department.name) };
    for (const scenario of REPORT_SCENARIOS) {
      if (performance.now() >= deadline.at) {
        bench.skipped.push(`${label}, ${scenario.title}: not measured, because the scenarios before it used the ${settings.targetMinutes} minutes of BENCH_REPORT_TARGET_MINUTES.`);
        process.stdout.write(`[${label}] ${scenario.key}: skipped, the ${settings.targetMinutes}-minute limit for this database has passed\n`);
        continue;
      }
      process.stdout.write(`[${label}] measuring ${scenario.key} (${scenario.title}, ${scenario.from} to ${scenario.to})\n`);
      const measured = await measureScenario(database.handle, deps, scenario, bench.department.id, settings, { details: database.target === 'postgres', explain: scenario.key === 'year', label, deadline });
      if (jitOff && performance.now() < deadline.at) {
        measured.jitOff = await measureReportOnly({ ...deps, db: jitOff.db }, scenario, bench.department.id, settings, label, deadline);
      }
      result.scenarios.push(measured);
      process.stdout.write(
        `[${label}] ${scenario.key}: ${measured.report.runs} runs, p50 ${measured.report.p50.toFixed(0)} ms, p95 ${measured.report.p95.toFixed(0)} ms, max ${measured.report.max.toFixed(0)} ms; reference p50 ${measured.reference.p50.toFixed(1)} ms\n`,
      );
      // Written after every scenario, so the figures measured so far survive a later failure or Ctrl+C.
      writeReport(bench);
    }
  } finally {
    await jitOffClient?.end({ timeout: 5 });
  }
  return result;
}

/** Reads the server settings that decide plans and their cost: JIT, memory and parallel workers. */
async function postgresSettings(database: BenchDatabase): Promise<string> {
  const rows = await queryRows(
    database.handle.db,
    sql`select name, current_setting(name) as setting from pg_settings
        where name in ('jit', 'jit_above_cost', 'shared_buffers', 'work_mem', 'max_parallel_workers_per_gather', 'effective_cache_size')
        order by name`,
  );
  return rows.map((row) => `${row.name}=${row.setting}`).join(', ');
}

function writeReport(bench: ReportsBench): void {
  bench.source.changedDuringRun = sourceHash() !== bench.source.sha256;
  bench.loadAverage.end = os.loadavg();
  writeSection(REPORT_FILE, 'reports', renderReportsSection(bench, readNotes(readSection(REPORT_FILE, 'reports'), '### Reading the figures')));
}

/** Runs the reports scenario on every target of BENCH_TARGETS and writes its section. */
export async function runReportsScenario(log: Logger): Promise<void> {
  const settings = readSettings();
  const bench: ReportsBench = {
    date: new Date(),
    command: commandLine(SETTING_NAMES),
    machine: machine(),
    settings,
    source: { sha256: sourceHash(), changedDuringRun: false },
    loadAverage: { start: os.loadavg(), end: os.loadavg() },
    results: [],
    skipped: [],
  };

  for (const target of settings.targets) {
    let database: BenchDatabase;
    try {
      database = target === 'postgres' ? await openScratchPostgres(settings.databaseUrl, log) : await openFolderPglite(log);
    } catch (error) {
      const where = target === 'postgres' ? `PostgreSQL at ${redactUrl(settings.databaseUrl)}` : 'PGlite';
      bench.skipped.push(`${where}: could not open the database (${(error as Error).message}).`);
      log.error({ err: error, target }, 'database could not be opened, skipping it');
      continue;
    }
    try {
      const version = await databaseVersion(database);
      if (target === 'postgres') {
        bench.machine.postgres = version;
        bench.postgresSettings = await postgresSettings(database);
      }
      else bench.machine.pglite = `${pgliteVersion()} (${version})`;
      await benchTarget(database, settings, bench, log);
    } catch (error) {
      bench.skipped.push(`${target}: the remaining scenarios were not measured because of an error (${(error as Error).message}).`);
      log.error({ err: error, target }, 'reports benchmark of this database failed, continuing with the next one');
    } finally {
      await database.close();
    }
  }

  // Nothing measured leaves the section of the previous run as it was.
  if (bench.results.length === 0) throw new Error(`Reports: nothing was measured: ${bench.skipped.join(' ')}`);
  writeReport(bench);
  log.info({ file: REPORT_FILE, targets: bench.results.length, skipped: bench.skipped.length }, 'reports section written');
}
