import type { PGlite } from '@electric-sql/pglite';
import { sql, type SQL } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import type { CoreDeps } from '../../../server/src/core/deps.js';
import type { Database, DatabaseHandle } from '../../../server/src/db/client.js';
import * as schema from '../../../server/src/db/schema.js';
import * as metrics from '../../../server/src/reports/metrics.js';
import { parsePeriod, previousPeriod, type Bucket, type Period } from '../../../server/src/reports/period.js';
import { toCsv, toCsvLines } from '../../../server/src/reports/csv.js';
import { CONTACTS_CSV_HEADER, contactCsvPages, REPORT_CSV_HEADER, reportCsvRows } from '../../../server/src/reports/export.js';
import { buildReport } from '../../../server/src/reports/report.js';
import { queryRows } from '../corpus.js';
import { quantile, type ExplainedStatement } from '../measure.js';

/** One report request the benchmark times. */
export type ReportScenario = { key: string; title: string; from: string; to: string; bucket: Bucket; department: boolean };

export const REPORT_SCENARIOS: ReportScenario[] = [
  { key: 'year', title: 'one year, by month', from: '2025-01-01', to: '2025-12-31', bucket: 'month', department: false },
  { key: 'quarter', title: 'one quarter, by week', from: '2025-10-01', to: '2025-12-31', bucket: 'week', department: false },
  { key: 'month', title: '31 days, by day', from: '2025-12-01', to: '2025-12-31', bucket: 'day', department: false },
  { key: 'department', title: 'one department, one year, by month', from: '2025-01-01', to: '2025-12-31', bucket: 'month', department: true },
];

/**
 * The metric functions of metrics.ts that buildReport calls, timed one by
 * one on the current period. A name missing from the module (renamed while
 * the benchmark was written) is reported as not measured.
 */
export const METRIC_NAMES = [
  'totalContacts',
  'contactsByChannel',
  'contactsByTopic',
  'contactsByDepartment',
  'topReasons',
  'contactsByProgram',
  'resolvedContacts',
  'resolutionTime',
  'firstResponseTime',
  'firstContactResolution',
  'transfers',
  'repeatContacts',
  'workloadPerAgent',
  'phoneMetrics',
  'satisfaction',
  'kudosMetrics',
] as const;

export type Timing = { p50: number; p95: number; max: number; runs: number };

export type MetricTiming = { name: string; milliseconds: number | undefined };

export type ScenarioResult = {
  scenario: ReportScenario;
  report: Timing;
  reference: Timing;
  /** The inquiries the reference counts: those of the range and of the previous period. */
  referenceRows: number;
  /** Inquiries created in the range, counted by the report (totalContacts), and by a plain count. */
  reportTotal: number | undefined;
  countedTotal: number;
  warmupRuns: number;
  /** The first untimed call, which fills the report cache for days not yet in it. */
  firstRunMs: number | undefined;
  /** Empty, like `exports` is undefined, when the scenario was measured without details. */
  metrics: MetricTiming[];
  exports?: ExportTiming;
  /** buildReport on connections with PostgreSQL's JIT compilation off, measured on PostgreSQL only. */
  jitOff?: Timing;
  explain?: { metric: string; statements: ExplainedStatement[] };
};

export type MeasureSettings = { maxRuns: number; scenarioSeconds: number; warmupRuns: number; exportRuns: number };

/** performance.now() past which every loop stops after its first pass. */
export type Deadline = { at: number };
const beforeDeadline = (deadline: Deadline) => performance.now() < deadline.at;

/** Timed CSV exports: report.csv (buildReport, then the CSV rows) and contacts.csv (every page of the range). */
export type ExportTiming = { reportCsv: Timing & { bytes: number }; contactsCsv: Timing & { rows: number; bytes: number } };

const elapsed = (since: number) => performance.now() - since;

function timing(values: number[]): Timing {
  return { p50: quantile(values, 0.5), p95: quantile(values, 0.95), max: Math.max(...values), runs: values.length };
}

function periodOf(scenario: ReportScenario, timeZone: string): Period {
  const parsed = parsePeriod(scenario.from, scenario.to, timeZone);
  if (parsed.kind !== 'ok') throw new Error(`scenario ${scenario.key}: ${parsed.message}`);
  return parsed.period;
}

/** Builds the reference statement: a plain count of the inquiries of the range and of the previous period. */
function referenceQuery(current: Period, previous: Period, departmentId: string | undefined): SQL {
  const department = departmentId ? sql` and department_id = ${departmentId}` : sql``;
  return sql`select count(*)::int as total from inquiries
             where created_at >= ${previous.start.toISOString()}::timestamptz and created_at < ${current.end.toISOString()}::timestamptz${department}`;
}

async function countRange(db: Database, period: Period, departmentId: string | undefined): Promise<number> {
  const department = departmentId ? sql` and department_id = ${departmentId}` : sql``;
  const [row] = await queryRows(
    db,
    sql`select count(*)::int as total from inquiries
        where created_at >= ${period.start.toISOString()}::timestamptz and created_at < ${period.end.toISOString()}::timestamptz${department}`,
  );
  return Number(row.total);
}

type ReportInput = { from: string; to: string; bucket: string; departmentId?: string };

async function runReport(deps: CoreDeps, input: ReportInput): Promise<number | undefined> {
  const result = await buildReport(deps, input);
  if (result.kind !== 'ok') throw new Error(`buildReport rejected ${JSON.stringify(input)}: ${result.field}: ${result.message}`);
  if (input.departmentId && (result as { department?: unknown }).department == null) {
    throw new Error('buildReport returned no department for the department view: is the departmentId option supported?');
  }
  const total = (result.current as { totalContacts?: { total?: unknown } }).totalContacts?.total;
  return typeof total === 'number' ? total : undefined;
}

type MetricFunction = (scope: unknown) => Promise<unknown>;

function metricFunction(name: string): MetricFunction | undefined {
  const candidate = (metrics as Record<string, unknown>)[name];
  return typeof candidate === 'function' ? (candidate as MetricFunction) : undefined;
}

/**
 * Times each metric function on the current period, right after the report
 * runs warmed the caches: up to `runs` calls, fewer once a metric's calls
 * have taken two seconds, and the median of them.
 */
async function timeMetrics(deps: CoreDeps, scenario: ReportScenario, period: Period, departmentId: string | undefined, runs: number, label: string) {
  const timings: MetricTiming[] = [];
  for (const name of METRIC_NAMES) {
    const run = metricFunction(name);
    if (!run) {
      timings.push({ name, milliseconds: undefined });
      continue;
    }
    const samples: number[] = [];
    const metricStarted = performance.now();
    while (samples.length < runs && (samples.length === 0 || elapsed(metricStarted) < 2_000)) {
      // A new scope each call: metrics of one scope share their queries (see metrics.ts), which would time the later ones at zero.
      const scope = { deps, period, bucket: scenario.bucket, departmentId };
      const started = performance.now();
      await run(scope);
      samples.push(elapsed(started));
    }
    timings.push({ name, milliseconds: quantile(samples, 0.5) });
  }
  process.stdout.write(
    `[${label}] ${scenario.key}: per metric (ms) ${timings.map((entry) => `${entry.name} ${entry.milliseconds?.toFixed(0) ?? '-'}`).join(', ')}\n`,
  );
  return timings;
}

/**
 * Times the two CSV exports as the HTTP routes build them: report.csv is
 * buildReport followed by the CSV rows, contacts.csv reads every page of the
 * range and turns it into CSV lines. Each runs up to `exportRuns` times,
 * stopping after the first run that ends past half the scenario budget.
 */
async function measureExports(
  deps: CoreDeps,
  input: ReportInput,
  period: Period,
  departmentId: string | undefined,
  settings: MeasureSettings,
  scenario: ReportScenario,
  label: string,
  deadline: Deadline,
): Promise<ExportTiming> {
  const budgetMs = (settings.scenarioSeconds * 1000) / 2;
  const reportTimes: number[] = [];
  let reportBytes = 0;
  let started = performance.now();
  while (reportTimes.length < settings.exportRuns && (reportTimes.length === 0 || (elapsed(started) < budgetMs && beforeDeadline(deadline)))) {
    const runStarted = performance.now();
    const report = await buildReport(deps, input);
    if (report.kind !== 'ok') throw new Error(`buildReport rejected ${JSON.stringify(input)}: ${report.message}`);
    reportBytes = Buffer.byteLength(toCsv(REPORT_CSV_HEADER, reportCsvRows(report)));
    reportTimes.push(elapsed(runStarted));
  }

  const contactTimes: number[] = [];
  let rows = 0;
  let bytes = 0;
  started = performance.now();
  while (contactTimes.length < settings.exportRuns && (contactTimes.length === 0 || (elapsed(started) < budgetMs && beforeDeadline(deadline)))) {
    const runStarted = performance.now();
    rows = 0;
    bytes = Buffer.byteLength(toCsvLines([CONTACTS_CSV_HEADER]));
    for await (const page of contactCsvPages(deps, { period, departmentId })) {
      rows += page.length;
      bytes += Buffer.byteLength(toCsvLines(page));
    }
    contactTimes.push(elapsed(runStarted));
  }
  process.stdout.write(
    `[${label}] ${scenario.key}: report.csv p50 ${quantile(reportTimes, 0.5).toFixed(0)} ms (${reportTimes.length} runs), contacts.csv ${rows.toLocaleString('en-US')} rows p50 ${quantile(contactTimes, 0.5).toFixed(0)} ms (${contactTimes.length} runs)\n`,
  );
  return { reportCsv: { ...timing(reportTimes), bytes: reportBytes }, contactsCsv: { ...timing(contactTimes), rows, bytes } };
}

/**
 * Times buildReport through `deps` (another client of the same database):
 * one untimed call, then timed calls until `maxRuns` or the first call that
 * ends past half of `scenarioSeconds`.
 */
export async function measureReportOnly(
  deps: CoreDeps,
  scenario: ReportScenario,
  departmentId: string | undefined,
  settings: MeasureSettings,
  label: string,
  deadline: Deadline,
): Promise<Timing> {
  const department = scenario.department ? departmentId : undefined;
  const input: ReportInput = { from: scenario.from, to: scenario.to, bucket: scenario.bucket, ...(department ? { departmentId: department } : {}) };
  await runReport(deps, input);
  const times: number[] = [];
  const started = performance.now();
  while (times.length < settings.maxRuns && (times.length === 0 || (elapsed(started) < (settings.scenarioSeconds * 1000) / 2 && beforeDeadline(deadline)))) {
    const runStarted = performance.now();
    await runReport(deps, input);
    times.push(elapsed(runStarted));
  }
  process.stdout.write(`[${label}] ${scenario.key}: with jit off, ${times.length} runs, p50 ${quantile(times, 0.5).toFixed(0)} ms\n`);
  return timing(times);
}

type LoggedStatement = { query: string; params: unknown[] };

/**
 * Runs the metric `name` once through a drizzle instance that logs its SQL,
 * then runs EXPLAIN (ANALYZE, BUFFERS) on each logged statement with the
 * same parameters.
 */
async function explainMetric(handle: DatabaseHandle, deps: CoreDeps, name: string, scope: Record<string, unknown>): Promise<ExplainedStatement[]> {
  const logged: LoggedStatement[] = [];
  const logger = { logQuery: (statement: string, params: unknown[]) => logged.push({ query: statement, params }) };
  const client = (handle.db as unknown as { $client: PGlite | Sql }).$client;
  const loggingDb = handle.kind === 'pglite' ? drizzlePglite(client as PGlite, { schema, logger }) : drizzlePostgres(client as Sql, { schema, logger });
  await metricFunction(name)!({ ...scope, deps: { ...deps, db: loggingDb as unknown as Database } });

  const explained: ExplainedStatement[] = [];
  for (const { query: statement, params } of logged) {
    const text = `explain (analyze, buffers) ${statement}`;
    const rows =
      handle.kind === 'pglite'
        ? (await (client as PGlite).query<Record<string, unknown>>(text, params)).rows
        : await (client as Sql).unsafe(text, params as never[]);
    const plan = rows.map((row) => String(row['QUERY PLAN'])).join('\n');
    const execution = /Execution Time: ([\d.]+) ms/.exec(plan);
    explained.push({ statement, plan, executionMs: execution ? Number(execution[1]) : undefined });
  }
  return explained;
}

/**
 * Times buildReport for one scenario: `warmupRuns` untimed calls (fewer when
 * they take more than a third of the budget), then timed calls until
 * `maxRuns` calls or the first call that ends past `scenarioSeconds`. Before
 * each timed call the reference count runs, so both see the same machine.
 */
export async function measureScenario(
  handle: DatabaseHandle,
  deps: CoreDeps,
  scenario: ReportScenario,
  departmentId: string | undefined,
  settings: MeasureSettings,
  options: { details: boolean; explain: boolean; label: string; deadline: Deadline },
): Promise<ScenarioResult> {
  const { label, deadline } = options;
  const current = periodOf(scenario, deps.centerTimeZone);
  const previous = previousPeriod(current, deps.centerTimeZone);
  const department = scenario.department ? departmentId : undefined;
  const input: ReportInput = { from: scenario.from, to: scenario.to, bucket: scenario.bucket, ...(department ? { departmentId: department } : {}) };
  const reference = referenceQuery(current, previous, department);
  const budgetMs = settings.scenarioSeconds * 1000;

  const warmupStarted = performance.now();
  let warmupRuns = 0;
  let reportTotal: number | undefined;
  let firstRunMs: number | undefined;
  while (warmupRuns < settings.warmupRuns && (warmupRuns === 0 || (elapsed(warmupStarted) < budgetMs / 3 && beforeDeadline(deadline)))) {
    const started = performance.now();
    reportTotal = await runReport(deps, input);
    firstRunMs ??= elapsed(started);
    await queryRows(deps.db, reference);
    warmupRuns += 1;
    process.stdout.write(`[${label}] ${scenario.key}: warm-up ${warmupRuns} took ${elapsed(started).toFixed(0)} ms\n`);
  }

  const reportTimes: number[] = [];
  const referenceTimes: number[] = [];
  let referenceRows = 0;
  const timedStarted = performance.now();
  while (reportTimes.length < settings.maxRuns && (reportTimes.length === 0 || (elapsed(timedStarted) < budgetMs && beforeDeadline(deadline)))) {
    let started = performance.now();
    const [row] = await queryRows(deps.db, reference);
    referenceTimes.push(elapsed(started));
    referenceRows = Number(row.total);
    started = performance.now();
    await runReport(deps, input);
    reportTimes.push(elapsed(started));
    process.stdout.write(
      `[${label}] ${scenario.key}: run ${reportTimes.length} report ${reportTimes.at(-1)!.toFixed(0)} ms, reference ${referenceTimes.at(-1)!.toFixed(1)} ms\n`,
    );
  }

  const exports = options.details ? await measureExports(deps, input, current, department, settings, scenario, label, options.deadline) : undefined;
  const metricTimings = options.details ? await timeMetrics(deps, scenario, current, department, 3, label) : [];
  const result: ScenarioResult = {
    scenario,
    report: timing(reportTimes),
    reference: timing(referenceTimes),
    referenceRows,
    reportTotal,
    countedTotal: await countRange(deps.db, current, department),
    warmupRuns,
    firstRunMs,
    metrics: metricTimings,
    exports,
  };
  if (options.details && options.explain) {
    const slowest = metricTimings.filter((entry) => entry.milliseconds !== undefined).sort((a, b) => b.milliseconds! - a.milliseconds!)[0];
    if (slowest) {
      const scope = { period: current, bucket: scenario.bucket, departmentId: department };
      result.explain = { metric: slowest.name, statements: await explainMetric(handle, deps, slowest.name, scope) };
    }
  }
  return result;
}
