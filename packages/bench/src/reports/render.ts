import type { BenchTarget } from '../databases.js';
import type { Machine } from '../report.js';
import { METRIC_NAMES, REPORT_SCENARIOS, type ScenarioResult } from './measure.js';
import type { ReportsSettings } from './run.js';
import type { SeedResult } from './seed.js';

/** p95 of buildReport that PostgreSQL must stay under. */
export const TARGET_P95_MS = 500;
const PLAN_LINES = 45;
const LINE_CHARS = 200;

export type TargetResult = { target: BenchTarget; seed: SeedResult; scenarios: ScenarioResult[] };

export type ReportsBench = {
  date: Date;
  command: string;
  machine: Machine;
  settings: ReportsSettings;
  /** SHA-256 of the measured files of packages/server/src/reports when the command loaded them, and whether they differed at the end. */
  source: { sha256: string; changedDuringRun: boolean };
  department?: { id: string; name: string };
  /** The PostgreSQL server settings that change plans and their cost, as `name=value` pairs. */
  postgresSettings?: string;
  /** os.loadavg() at the start and at the last write: 1, 5 and 15 minutes. */
  loadAverage: { start: number[]; end: number[] };
  results: TargetResult[];
  skipped: string[];
};

const thousands = (value: number) => value.toLocaleString('en-US');
/** Formats milliseconds with two decimals below 10, one below 100 and none above. */
function ms(value: number): string {
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}
const clip = (line: string) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)} …` : line);
const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');

/** Cuts a plan to its first lines and its summary (planning, JIT and execution times), which PostgreSQL prints last. */
function trimPlan(plan: string): string {
  const lines = plan.split('\n').map(clip);
  if (lines.length <= PLAN_LINES) return lines.join('\n');
  const summaryStart = lines.findIndex((line) => /^(Planning|JIT)/.test(line));
  const summary = summaryStart >= 0 ? lines.slice(summaryStart) : [];
  const head = lines.slice(0, Math.min(PLAN_LINES, summaryStart >= 0 ? summaryStart : lines.length));
  const cut = lines.length - head.length - summary.length;
  return [...head, ...(cut > 0 ? [`… ${cut} more lines`] : []), ...summary].join('\n');
}

function seedTable(bench: ReportsBench): string[] {
  const targets = bench.results.map((result) => result.target);
  const tables = Object.keys(bench.results[0].seed.counts) as (keyof SeedResult['counts'])[];
  const lines = [`| table | ${targets.join(' | ')} |`, `|---|${targets.map(() => '---:').join('|')}|`];
  for (const table of tables) lines.push(`| ${table} | ${bench.results.map((result) => thousands(result.seed.counts[table])).join(' | ')} |`);
  lines.push(`| seed time (s) | ${bench.results.map((result) => result.seed.seconds.toFixed(0)).join(' | ')} |`);
  return lines;
}

function stepTable(bench: ReportsBench): string[] {
  const steps = bench.results[0].seed.steps.map((step) => step.step);
  const lines = [`| seed step | ${bench.results.map((result) => `${result.target} (s)`).join(' | ')} |`, `|---|${bench.results.map(() => '---:').join('|')}|`];
  for (const step of steps) {
    lines.push(`| ${step} | ${bench.results.map((result) => result.seed.steps.find((entry) => entry.step === step)?.seconds.toFixed(1) ?? '?').join(' | ')} |`);
  }
  return lines;
}

function verdict(result: TargetResult, scenario: ScenarioResult): string {
  if (result.target !== 'postgres') return '–';
  return scenario.report.p95 < TARGET_P95_MS ? 'met' : '**missed**';
}

function latencyTable(bench: ReportsBench): string[] {
  const lines = [
    '| database | scenario | buckets | inquiries read | first run (ms) | runs | p50 (ms) | p95 (ms) | max (ms) | reference p50 (ms) | p50 / reference | p95 < 500 ms | jit off: runs, p50, p95 (ms) |',
    '|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---|---|',
  ];
  for (const result of bench.results) {
    for (const scenario of result.scenarios) {
      const ratio = scenario.reference.p50 > 0 ? scenario.report.p50 / scenario.reference.p50 : Number.NaN;
      lines.push(
        `| ${result.target} | ${scenario.scenario.title} (${scenario.scenario.from} to ${scenario.scenario.to}) | ${scenario.scenario.bucket} | ${thousands(scenario.referenceRows)} | ${scenario.firstRunMs === undefined ? '–' : ms(scenario.firstRunMs)} | ${scenario.report.runs} | ${ms(scenario.report.p50)} | ${ms(scenario.report.p95)} | ${ms(scenario.report.max)} | ${ms(scenario.reference.p50)} | ${Number.isFinite(ratio) ? ratio.toFixed(0) : '?'} | ${verdict(result, scenario)} | ${scenario.jitOff ? `${scenario.jitOff.runs}, ${ms(scenario.jitOff.p50)}, ${ms(scenario.jitOff.p95)}` : '–'} |`,
      );
    }
  }
  return lines;
}

function metricTable(bench: ReportsBench): string[] {
  const columns = bench.results.flatMap((result) =>
    result.scenarios.filter((scenario) => scenario.metrics.length > 0).map((scenario) => ({ target: result.target, scenario })),
  );
  const lines = [
    `| metric | ${columns.map((column) => `${column.target} ${column.scenario.scenario.key}`).join(' | ')} |`,
    `|---|${columns.map(() => '---:').join('|')}|`,
  ];
  for (const name of METRIC_NAMES) {
    const cells = columns.map((column) => {
      const value = column.scenario.metrics.find((entry) => entry.name === name)?.milliseconds;
      return value === undefined ? 'not found' : ms(value);
    });
    lines.push(`| ${name} | ${cells.join(' | ')} |`);
  }
  return lines;
}

function exportTable(bench: ReportsBench): string[] {
  const lines = [
    '| database | scenario | report.csv runs | report.csv p50 (ms) | report.csv max (ms) | report.csv size (kB) | contacts.csv rows | contacts.csv runs | contacts.csv p50 (ms) | contacts.csv max (ms) | contacts.csv size (MB) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const result of bench.results) {
    for (const scenario of result.scenarios) {
      if (!scenario.exports) continue;
      const { reportCsv, contactsCsv } = scenario.exports;
      lines.push(
        `| ${result.target} | ${scenario.scenario.title} | ${reportCsv.runs} | ${ms(reportCsv.p50)} | ${ms(reportCsv.max)} | ${(reportCsv.bytes / 1024).toFixed(0)} | ${thousands(contactsCsv.rows)} | ${contactsCsv.runs} | ${ms(contactsCsv.p50)} | ${ms(contactsCsv.max)} | ${(contactsCsv.bytes / 2 ** 20).toFixed(1)} |`,
      );
    }
  }
  return lines;
}

function totalsCheck(bench: ReportsBench): string[] {
  const lines: string[] = [];
  for (const result of bench.results) {
    for (const scenario of result.scenarios) {
      if (scenario.reportTotal !== undefined && scenario.reportTotal !== scenario.countedTotal) {
        lines.push(
          `- ${result.target}, ${scenario.scenario.title}: the report's total contacts (${thousands(scenario.reportTotal)}) differ from a plain count of the range (${thousands(scenario.countedTotal)}).`,
        );
      }
    }
  }
  return lines;
}

/** Renders the reports section of docs/benchmarks.md. `notes` is the hand-written reading of the figures, kept between runs. */
export function renderReportsSection(bench: ReportsBench, notes: string): string {
  const { machine, settings } = bench;
  const postgres = bench.results.find((result) => result.target === 'postgres');
  const missed = postgres?.scenarios.filter((scenario) => scenario.report.p95 >= TARGET_P95_MS) ?? [];
  const targetLine = !postgres
    ? 'PostgreSQL was not measured in this run.'
    : missed.length === 0
      ? `**Met** in all ${postgres.scenarios.length} scenarios measured on PostgreSQL.`
      : `**Missed** in ${missed.length} of the ${postgres.scenarios.length} scenarios measured on PostgreSQL (${missed.map((scenario) => scenario.scenario.title).join('; ')}).`;

  const lines: string[] = [
    '## Reports benchmark',
    '',
    '<!-- Generated by `BENCH_SCENARIOS=reports pnpm bench` (packages/bench) except the "Reading the figures" section. -->',
    '',
    'Latency of `buildReport` in `packages/server/src/reports/report.ts`, the service behind the',
    'managers\' `report` GraphQL query, called directly (no GraphQL or HTTP) on a database with',
    `${thousands(settings.inquiries)} inquiries. One call computes every metric of the range and of the previous period.`,
    '',
    `Target: p95 under ${TARGET_P95_MS} ms on PostgreSQL. ${targetLine}`,
    '',
    '### Command',
    '',
    '```sh',
    bench.command,
    '```',
    '',
    'The command creates a scratch database `civic_bench_<random>` on the `DATABASE_URL` server (default',
    '`postgres://postgres@127.0.0.1:5432/test`) and a PGlite data folder in the system\'s temporary folder,',
    'applies the server\'s migrations to both, and drops them at the end. Settings:',
    '',
    '- `BENCH_REPORT_INQUIRIES`: the number of inquiries (default 1,000,000).',
    '- `BENCH_REPORT_RUNS`: the maximum timed runs per scenario (default 20).',
    '- `BENCH_REPORT_SECONDS`: the seconds of timed runs per scenario (default 20).',
    '- `BENCH_REPORT_WARMUPS`: the untimed runs before them (default 2).',
    '- `BENCH_REPORT_EXPORT_RUNS`: the maximum runs of each CSV export (default 2).',
    '- `BENCH_REPORT_TARGET_MINUTES`: the minutes of measuring each database may take after seeding',
    '  (default 7). Past them every loop stops after one pass, and the remaining scenarios are skipped.',
    '- `BENCH_TARGETS`: the databases, `postgres,pglite` by default.',
    '',
    '### Machine',
    '',
    `- Date: ${bench.date.toISOString()}`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- Memory: ${machine.memoryGiB.toFixed(1)} GiB`,
    `- Node.js: ${machine.node}`,
    `- PostgreSQL: ${machine.postgres}`,
    `- PGlite: ${machine.pglite}`,
    `- PostgreSQL settings: ${bench.postgresSettings ?? 'not read'}`,
    `- Load average (1, 5, 15 minutes): ${load(bench.loadAverage.start)} at the start, ${load(bench.loadAverage.end)} at the end. Other work ran on the machine during the run whenever these are well above 1.`,
    `- Report code measured: SHA-256 ${bench.source.sha256.slice(0, 16)}… over ${'`report.ts`, `metrics.ts`, `period.ts`, `query.ts` and `export.ts`'} where present${bench.source.changedDuringRun ? ' (the files changed while the command ran; the figures are for the version the command loaded at start)' : ''}`,
    '',
    '### Data',
    '',
    'Seeded with set-based SQL (`generate_series` and `INSERT … SELECT`), then `VACUUM (ANALYZE)`:',
    '',
    '- Inquiries created from 2024-01-01 to 2026-12-31 in America/Denver, four in five between 8:00 and',
    '  17:00 and four weekend inquiries in five moved to a weekday of the same week.',
    '- Channels about 55% phone, 40% walk-in, 4% e-mail and 1% web. 12 departments and 120 topics, with',
    '  a skew so that the first topics are the busiest; 30 topics belong to one of 6 programs, and 4% of',
    '  the inquiries have no topic or department.',
    `- 60% with a resident contact, picked with a skew from ${thousands(settings.contacts)} contacts, so residents repeat.`,
    '- 90% resolved, by the agent who logged them for 85% of the phone and walk-in inquiries. Phone and',
    '  walk-in inquiries are logged by one of 30 agents.',
    '- Inbox events: `created` for each inquiry, `claimed` for the claimed e-mail and web inquiries,',
    '  `routed` for about 10%, `reopened` for about 2% and `resolved` for each resolved inquiry. Payloads',
    '  are short; the server\'s carry the whole inquiry.',
    '- E-mail and web threads (the resident\'s message, a staff reply, a resolve note), and a note on 5% of',
    '  the phone and walk-in inquiries.',
    '- One answered call per phone inquiry, plus 12% as many unanswered calls (two thirds abandoned,',
    '  one third short hang-ups). Survey responses for about 5% of the resolved inquiries, and 3,000 kudos.',
    '',
    ...seedTable(bench),
    '',
    ...stepTable(bench),
    '',
    '### Method',
    '',
    '- Scenarios: ' +
      REPORT_SCENARIOS.map((scenario) => `${scenario.title} (\`${scenario.key}\`, ${scenario.from} to ${scenario.to})`).join('; ') +
      `. The department view passes \`departmentId\` for ${bench.department ? `${bench.department.name} (department 1, the busiest)` : 'department 1'}.`,
    `- Each scenario: up to ${settings.warmupRuns} untimed calls, then timed calls, one at a time, until ${settings.maxRuns} calls or the first call`,
    `  that ends past ${settings.scenarioSeconds} s. p50 and p95 are nearest-rank percentiles of the wall-clock time of each call.`,
    '- First run: the first untimed call. It fills the report cache (see docs/reports.md, Performance) for the',
    '  days of the range and the previous period that are not in it yet, which happens once per day.',
    '- Reference: before each timed call, `select count(*) from inquiries` over the same range and previous',
    '  period (and department), the plain scan of the rows the report reads. "p50 / reference" divides the',
    '  two medians, a figure that depends less on how busy the machine was than the milliseconds do.',
    '- Exports, per-metric times, JIT off and query plans are measured on PostgreSQL only, the database',
    '  of the target. PGlite is several times slower, so there they would take most of the run.',
    '- JIT off: on PostgreSQL, `buildReport` runs again through a second pool whose connections set',
    '  `jit = off`: one untimed call, then timed calls until the run limit or half the seconds per scenario.',
    '  PGlite has no JIT compiler.',
    '- Per metric: after the timed calls, each metric function of `metrics.ts` runs alone on the range,',
    '  up to three times or until its calls have taken 2 s, each time with a new scope. The table gives the median.',
    '  In a report, metrics of one period share their queries (the channel and topic summaries, the duration',
    '  histograms), so the report costs less than the sum of this table. It runs the range and the previous',
    '  period side by side on PostgreSQL.',
    '  The slowest metric of the one-year scenario runs once more with its SQL logged, and each statement',
    '  with EXPLAIN (ANALYZE, BUFFERS).',
    '',
    '### Latency',
    '',
    ...latencyTable(bench),
    '',
    '### CSV export',
    '',
    'The two downloads of `packages/server/src/http/reports.ts`, built as the routes build them but without',
    'HTTP: report.csv is `buildReport` followed by `reportCsvRows` and `toCsv`; contacts.csv reads every',
    `page of \`contactCsvPages\` for the range (one row per inquiry) and formats it with \`toCsvLines\`. Each runs up to ${settings.exportRuns} times,`,
    `stopping after the first run that ends past ${settings.scenarioSeconds / 2} s.`,
    '',
    ...exportTable(bench),
    '',
    '### Per metric, median ms, range only',
    '',
    ...metricTable(bench),
    '',
  ];

  const mismatches = totalsCheck(bench);
  if (mismatches.length > 0) lines.push('### Checks', '', ...mismatches, '');
  if (bench.skipped.length > 0) lines.push('### Not measured', '', ...bench.skipped.map((reason) => `- ${reason}`), '');

  lines.push('### Query plans', '');
  for (const result of bench.results) {
    const explained = result.scenarios.find((scenario) => scenario.explain)?.explain;
    if (!explained) continue;
    explained.statements.forEach((statement, index) => {
      lines.push(
        `#### ${result.target}, ${explained.metric}, one year, statement ${index + 1} (${statement.executionMs?.toFixed(1) ?? '?'} ms)`,
        '',
        '```sql',
        statement.statement
          .split('\n')
          .map((line) => line.trim())
          .filter(Boolean)
          .join('\n'),
        '```',
        '',
        '```',
        trimPlan(statement.plan),
        '```',
        '',
      );
    });
  }

  lines.push('### Reading the figures', '', notes.trim(), '');
  return lines.join('\n');
}
