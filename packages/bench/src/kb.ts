import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';
import { redactUrl } from '../../server/src/db/client.js';
import { DEMO_FAQ_FILE } from '../../server/src/kb/faq-import.js';
import { growCorpus, importSeedCorpus } from './corpus.js';
import { DEFAULT_DATABASE_URL, openMemoryPglite, openScratchPostgres, type BenchDatabase, type BenchTarget } from './databases.js';
import { readNotes, readSection, writeSection } from './document.js';
import { commandLine, coreDeps, databaseVersion, machine, pgliteVersion, positiveSetting, readTargets, REPORT_FILE, repositoryRoot } from './environment.js';
import { explainStaffSearch, measureSearches } from './measure.js';
import { EXPLAINED_QUERY, QUERIES } from './queries.js';
import { renderReport, type BenchReport } from './report.js';

/**
 * The knowledge-base scenario of `pnpm bench`: measures search latency on
 * PostgreSQL and PGlite at several corpus sizes and writes its section of
 * docs/benchmarks.md.
 */

const SEARCH_SOURCE = path.join(repositoryRoot, 'packages', 'server', 'src', 'kb', 'search.ts');
const FAQ_FILE = path.resolve(repositoryRoot, '..', 'shared', 'data', DEMO_FAQ_FILE);

const SIZES = [1_000, 20_000, 100_000];
/** PGlite skips a size whose estimated growth time is above this. */
const PGLITE_BUILD_LIMIT_SECONDS = 300;
const DEFAULT_ROUNDS = 20;
const MAX_ROUNDS = 1_000;
/** Default seconds of timed rounds per size. The round running when they end is finished. */
const DEFAULT_SIZE_SECONDS = 120;
/** Default limit on the whole run. A size estimated to end past it is skipped. */
const DEFAULT_MAX_MINUTES = 60;

type Settings = { databaseUrl: string; rounds: number; sizeSeconds: number; maxMinutes: number; targets: BenchTarget[] };

function readSettings(): Settings {
  const rounds = positiveSetting('BENCH_ROUNDS', DEFAULT_ROUNDS, MAX_ROUNDS, true);
  const sizeSeconds = positiveSetting('BENCH_SIZE_SECONDS', DEFAULT_SIZE_SECONDS, 24 * 3600, false);
  const maxMinutes = positiveSetting('BENCH_MAX_MINUTES', DEFAULT_MAX_MINUTES, 24 * 60, false);
  return { databaseUrl: process.env.DATABASE_URL || DEFAULT_DATABASE_URL, rounds, sizeSeconds, maxMinutes, targets: readTargets() };
}

/** Identifies the version of the search code measured, because the figures hold only for it. */
function searchSourceHash(): string {
  return createHash('sha256').update(fs.readFileSync(SEARCH_SOURCE)).digest('hex');
}

function writeReport(report: BenchReport): void {
  report.searchSource.changedDuringRun = searchSourceHash() !== report.searchSource.sha256;
  writeSection(REPORT_FILE, 'kb', renderReport(report, readNotes(readSection(REPORT_FILE, 'kb'), '### Reading the figures')));
}

/** Growth and measuring time of the last measured size, used to estimate the next one. */
type StepCost = { articles: number; buildSecondsPerRow: number; measureSeconds: number };

/**
 * Returns why `size` should be skipped, or undefined to measure it. The
 * estimates assume that growth time is linear in the rows inserted and that
 * a search round's time grows linearly with the corpus, as it does when a
 * search statement reads every row.
 */
function skipReason(target: BenchTarget, size: number, last: StepCost | undefined, deadline: number): string | undefined {
  if (!last) return undefined;
  const buildEstimate = last.buildSecondsPerRow * (size - last.articles);
  const measureEstimate = last.measureSeconds * (size / last.articles);
  const remaining = (deadline - performance.now()) / 1000;
  const sizeName = `${target} at ${size.toLocaleString('en-US')} articles`;
  if (target === 'pglite' && buildEstimate > PGLITE_BUILD_LIMIT_SECONDS) {
    return `${sizeName}: growing from ${last.articles.toLocaleString('en-US')} articles would take about ${Math.round(buildEstimate)} s (estimated from the previous step), more than the ${PGLITE_BUILD_LIMIT_SECONDS} s limit for PGlite.`;
  }
  if (buildEstimate + measureEstimate > remaining) {
    return `${sizeName}: building and measuring would take about ${Math.round(buildEstimate + measureEstimate)} s (estimated from the previous size), but only ${Math.max(0, Math.round(remaining))} s of the BENCH_MAX_MINUTES limit were left.`;
  }
  return undefined;
}

/** Builds each corpus size in turn on one database and measures it. */
async function benchTarget(database: BenchDatabase, settings: Settings, report: BenchReport, deadline: number, log: Logger): Promise<void> {
  const target = database.target;
  const importStarted = performance.now();
  const remainingMs = Math.max(0, deadline - performance.now());
  report.seedArticles[target] = await importSeedCorpus(coreDeps(database, log), FAQ_FILE, AbortSignal.timeout(Math.floor(remainingMs)));
  report.seedSeconds[target] = (performance.now() - importStarted) / 1000;
  log.info({ target, articles: report.seedArticles[target], seconds: report.seedSeconds[target] }, 'FAQ imported');

  let last: StepCost | undefined;
  for (const size of SIZES) {
    const reason = skipReason(target, size, last, deadline);
    if (reason) {
      report.skipped.push(reason);
      log.warn({ target, size, reason }, 'corpus size skipped');
      continue;
    }
    const articlesBefore = last?.articles ?? report.seedArticles[target]!;
    const buildSeconds = await growCorpus(database.handle.db, size, log);
    log.info({ target, articles: size, buildSeconds }, 'corpus ready, measuring');

    const measured = await measureSearches(database.handle.db, QUERIES, settings.rounds, settings.sizeSeconds);
    const explain = await explainStaffSearch(database.handle, EXPLAINED_QUERY);
    report.results.push({ target, articles: size, buildSeconds, rounds: measured.rounds, samples: measured.samples, explain });
    // Written after every size, so the figures measured so far survive a later failure or Ctrl+C.
    writeReport(report);
    log.info({ target, articles: size, rounds: measured.rounds, roundSeconds: measured.roundSeconds }, 'corpus size measured');
    last = {
      articles: size,
      buildSecondsPerRow: buildSeconds / Math.max(1, size - articlesBefore),
      measureSeconds: measured.warmupSeconds + measured.roundSeconds,
    };
  }
}

/** Runs the knowledge-base scenario on every target of BENCH_TARGETS and writes its section. */
export async function runKbScenario(log: Logger): Promise<void> {
  const settings = readSettings();
  const deadline = performance.now() + settings.maxMinutes * 60_000;
  if (!fs.existsSync(FAQ_FILE)) throw new Error(`FAQ file not found: ${FAQ_FILE}. The benchmark corpus is built from it.`);

  const report: BenchReport = {
    date: new Date(),
    command: commandLine(['BENCH_ROUNDS', 'BENCH_SIZE_SECONDS', 'BENCH_MAX_MINUTES']),
    machine: machine(),
    settings: { maxRounds: settings.rounds, sizeSeconds: settings.sizeSeconds, maxMinutes: settings.maxMinutes },
    searchSource: { sha256: searchSourceHash(), changedDuringRun: false },
    seedArticles: {},
    seedSeconds: {},
    results: [],
    skipped: [],
  };

  for (const target of settings.targets) {
    let database: BenchDatabase;
    try {
      database = target === 'postgres' ? await openScratchPostgres(settings.databaseUrl, log) : await openMemoryPglite(log);
    } catch (error) {
      const where = target === 'postgres' ? `PostgreSQL at ${redactUrl(settings.databaseUrl)}` : 'PGlite';
      report.skipped.push(`${where}: could not open the database (${(error as Error).message}).`);
      log.error({ err: error, target }, 'database could not be opened, skipping it');
      continue;
    }
    try {
      const version = await databaseVersion(database);
      if (target === 'postgres') report.machine.postgres = version;
      else report.machine.pglite = `${pgliteVersion()} (${version})`;
      await benchTarget(database, settings, report, deadline, log);
    } catch (error) {
      report.skipped.push(`${target}: the remaining sizes were not measured because of an error (${(error as Error).message}).`);
      log.error({ err: error, target }, 'benchmark of this database failed, continuing with the next one');
    } finally {
      await database.close();
    }
  }

  if (report.results.length === 0) throw new Error(`Knowledge-base search: nothing was measured: ${report.skipped.join(' ')}`);
  writeReport(report);
  log.info({ file: REPORT_FILE, results: report.results.length, skipped: report.skipped.length }, 'report written');
}
