import fs from 'node:fs';
import os from 'node:os';
import { demoteHeadings } from './document.js';
import { quantile, type ExplainedStatement, type Sample, type SearchKind } from './measure.js';
import { QUERIES, EXPLAINED_QUERY } from './queries.js';
import type { BenchTarget } from './databases.js';

/** The facts about the machine and software that the figures depend on. */
export type Machine = { cpu: string; cores: number; memoryGiB: number; node: string; postgres: string; pglite: string };

/** Measurements of one database target at one corpus size. */
export type SizeResult = {
  target: BenchTarget;
  articles: number;
  /** Seconds to grow the corpus from the previous size to this one, ANALYZE included. */
  buildSeconds: number;
  /** Number of timed rounds, each calling every query once per search. */
  rounds: number;
  samples: Sample[];
  explain: ExplainedStatement[];
};

export type BenchReport = {
  date: Date;
  command: string;
  machine: Machine;
  settings: { maxRounds: number; sizeSeconds: number; maxMinutes: number };
  /** SHA-256 of packages/server/src/kb/search.ts when the command loaded it, and whether the file differed at the end. */
  searchSource: { sha256: string; changedDuringRun: boolean };
  seedArticles: Partial<Record<BenchTarget, number>>;
  seedSeconds: Partial<Record<BenchTarget, number>>;
  results: SizeResult[];
  /** Sizes or targets that were not measured, each with the reason. */
  skipped: string[];
};

/** Maximum lines of each EXPLAIN plan printed in the report. */
const PLAN_LINES = 30;
/** Maximum characters of one plan line or statement, because filter lines repeat the whole tsquery expression. */
const LINE_CHARS = 240;

/** Reads the CPU model from /proc/cpuinfo, or takes the model Node.js reports where that file is missing. */
export function cpuModel(): string {
  try {
    const match = /^model name\s*:\s*(.+)$/m.exec(fs.readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) return match[1].trim();
  } catch {
    // Not Linux: fall through to os.cpus().
  }
  return os.cpus()[0]?.model ?? 'unknown';
}

const milliseconds = (value: number) => value.toFixed(value < 10 ? 2 : 1);
const thousands = (value: number) => value.toLocaleString('en-US');

const clip = (line: string) => (line.length > LINE_CHARS ? `${line.slice(0, LINE_CHARS)} …` : line);

function trimPlan(plan: string): string {
  const lines = plan.split('\n').map(clip);
  if (lines.length <= PLAN_LINES) return lines.join('\n');
  return [...lines.slice(0, PLAN_LINES), `… ${lines.length - PLAN_LINES} more lines`].join('\n');
}

function overallTable(results: SizeResult[]): string[] {
  const lines = [
    '| database | articles | corpus build (s) | rounds | search | calls | p50 (ms) | p95 (ms) |',
    '|---|---:|---:|---:|---|---:|---:|---:|',
  ];
  for (const result of results) {
    for (const search of ['staff', 'public'] as SearchKind[]) {
      const times = result.samples.filter((sample) => sample.search === search).map((sample) => sample.milliseconds);
      lines.push(
        `| ${result.target} | ${thousands(result.articles)} | ${result.buildSeconds.toFixed(1)} | ${result.rounds} | ${search} | ${times.length} | ${milliseconds(quantile(times, 0.5))} | ${milliseconds(quantile(times, 0.95))} |`,
      );
    }
  }
  return lines;
}

function modeTable(results: SizeResult[]): string[] {
  const lines = ['| database | articles | search | mode | queries | p50 (ms) | p95 (ms) |', '|---|---:|---|---|---:|---:|---:|'];
  for (const result of results) {
    for (const search of ['staff', 'public'] as SearchKind[]) {
      const samples = result.samples.filter((sample) => sample.search === search);
      const modes = [...new Set(samples.map((sample) => sample.mode))];
      for (const mode of ['all_words', 'any_word', 'simple', 'similar', 'none'].filter((candidate) => modes.includes(candidate as Sample['mode']))) {
        const selected = samples.filter((sample) => sample.mode === mode);
        const queries = new Set(selected.map((sample) => sample.query)).size;
        const times = selected.map((sample) => sample.milliseconds);
        lines.push(
          `| ${result.target} | ${thousands(result.articles)} | ${search} | ${mode} | ${queries} | ${milliseconds(quantile(times, 0.5))} | ${milliseconds(quantile(times, 0.95))} |`,
        );
      }
    }
  }
  return lines;
}

/** Renders one row per query at one size: its kind, the mode and match count the staff search reported, and both medians. */
function queryTable(result: SizeResult): string[] {
  const lines = ['| query | kind | mode | matches | staff p50 (ms) | public p50 (ms) |', '|---|---|---|---:|---:|---:|'];
  for (const query of QUERIES) {
    const staff = result.samples.filter((sample) => sample.search === 'staff' && sample.query === query.text);
    const publicSamples = result.samples.filter((sample) => sample.search === 'public' && sample.query === query.text);
    lines.push(
      `| ${query.text} | ${query.kind} | ${staff[0].mode} | ${thousands(staff[0].totalCount)} | ${milliseconds(quantile(staff.map((sample) => sample.milliseconds), 0.5))} | ${milliseconds(quantile(publicSamples.map((sample) => sample.milliseconds), 0.5))} |`,
    );
  }
  return lines;
}

/**
 * Renders the report as the knowledge-base section of docs/benchmarks.md
 * (headings one level down from a page of its own). `notes` is the
 * hand-written reading of the figures, kept between runs.
 */
export function renderReport(report: BenchReport, notes: string): string {
  const { machine } = report;
  const targets = [...new Set(report.results.map((result) => result.target))];
  const lines: string[] = [
    '# Knowledge-base search benchmark',
    '',
    '<!-- Generated by `BENCH_SCENARIOS=kb pnpm bench` (packages/bench) except the "Reading the figures" section. -->',
    '',
    'Latency of the knowledge-base search service functions, called directly',
    '(no GraphQL or HTTP): `searchArticles`, behind the staff field',
    '`articles(filter: { query })`, and `searchPublicArticles`, behind the',
    'residents\' `publicArticles`. Both are in `packages/server/src/kb/search.ts`.',
    '',
    '## Command',
    '',
    '```sh',
    report.command,
    '```',
    '',
    '`DATABASE_URL` (default `postgres://postgres@127.0.0.1:5432/test`) names the PostgreSQL server;',
    'the command creates a scratch database `civic_bench_<random>` there and drops it afterwards.',
    'PGlite runs in memory. `BENCH_ROUNDS` sets the maximum timed rounds per size (default 20),',
    '`BENCH_SIZE_SECONDS` the seconds of timed rounds per size (default 120), `BENCH_MAX_MINUTES` the',
    'limit on the whole run (default 60) and `BENCH_TARGETS` the databases (default `postgres,pglite`).',
    '',
    '## Machine',
    '',
    `- Date: ${report.date.toISOString()}`,
    `- CPU: ${machine.cpu}, ${machine.cores} cores`,
    `- Memory: ${machine.memoryGiB.toFixed(1)} GiB`,
    `- Node.js: ${machine.node}`,
    `- PostgreSQL: ${machine.postgres}`,
    `- PGlite: ${machine.pglite}`,
    `- search.ts measured: SHA-256 ${report.searchSource.sha256.slice(0, 16)}…${report.searchSource.changedDuringRun ? ' (the file changed while the command ran, but the figures are for this version, which the command loaded at start)' : ''}`,
    '',
    '## Method',
    '',
    `- Corpus: the ${Object.values(report.seedArticles)[0] ?? '?'} articles of the Boulder 311 FAQ, imported with the server's FAQ importer`,
    `  (${targets.map((target) => `${target} ${report.seedSeconds[target]?.toFixed(1) ?? '?'} s`).join(', ')}). INSERT … SELECT then adds copies of those articles.`,
    '  Each copy has its words shuffled, about one body word in ten dropped and its serial number appended',
    '  to the title. Every copy is a published public article with one published revision.',
    '  PostgreSQL fills the generated `search_vector`, `search_vector_simple` and `search_text` columns',
    '  and the GIN indexes on insert; ANALYZE runs before each measurement.',
    `- Queries: ${QUERIES.length} fixed resident queries (several words, one-word prefixes, misspellings,`,
    '  accented words, stop words only); the table at the end lists them.',
    '- Each size: one untimed warm-up round, then timed rounds. A round runs every query once through staff',
    '  search and once through public search, one call at a time, first page (25 results). Timed rounds stop',
    `  after ${report.settings.maxRounds} rounds or after the first round that ends past ${report.settings.sizeSeconds} s, so large corpora get fewer`,
    `  rounds (the "rounds" column). A size is skipped when its estimated time would pass the ${report.settings.maxMinutes}-minute run limit.`,
    '- p50 and p95 are nearest-rank percentiles of the wall-clock time of each service call, highlights',
    '  and row loading included. "mode" is the search pass that produced the results (`all_words`,',
    '  `any_word`, `simple`, `similar`), as the service reports it.',
    '- Corpus build time is the time to grow from the previous size to this one, ANALYZE included.',
    '',
    '## Latency',
    '',
    ...overallTable(report.results),
    '',
    '### By search mode',
    '',
    ...modeTable(report.results),
    '',
  ];

  if (report.skipped.length > 0) {
    lines.push('### Not measured', '', ...report.skipped.map((reason) => `- ${reason}`), '');
  }

  for (const target of targets) {
    const largest = report.results.filter((result) => result.target === target).at(-1)!;
    lines.push(`### Per query, ${target}, ${thousands(largest.articles)} articles`, '', ...queryTable(largest), '');
  }

  lines.push(
    '## Query plans',
    '',
    `The statements of one staff search for "${EXPLAINED_QUERY}", logged from the service call and run again`,
    'with EXPLAIN (ANALYZE, BUFFERS) and the same parameters, after the timed rounds of each size.',
    'Execution times are the server-side times EXPLAIN reports.',
    '',
    '| database | articles | # | statement | execution (ms) |',
    '|---|---:|---:|---|---:|',
  );
  for (const result of report.results) {
    result.explain.forEach((statement, index) => {
      const text = clip(statement.statement.replace(/\s+/g, ' ')).replaceAll('|', '\\|');
      lines.push(`| ${result.target} | ${thousands(result.articles)} | ${index + 1} | \`${text}\` | ${statement.executionMs?.toFixed(1) ?? '?'} |`);
    });
  }
  lines.push('', `Plans at the largest measured size, cut to ${PLAN_LINES} lines of at most ${LINE_CHARS} characters:`, '');
  for (const target of targets) {
    const largest = report.results.filter((result) => result.target === target).at(-1)!;
    largest.explain.forEach((statement, index) => {
      lines.push(`### ${target}, ${thousands(largest.articles)} articles, statement ${index + 1}`, '', '```', trimPlan(statement.plan), '```', '');
    });
  }

  lines.push('## Reading the figures', '', notes.trim(), '');
  return demoteHeadings(lines.join('\n'));
}
