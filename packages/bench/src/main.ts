import { createLogger } from '../../server/src/logger.js';
import { SCENARIOS, type Scenario } from './document.js';
import { runKbScenario } from './kb.js';
import { runReportsScenario } from './reports/run.js';
import { runClaimScenario } from './load/claim.js';
import { runFanoutScenario } from './load/fanout.js';
import { runInboxScenario } from './load/inbox.js';
import { runIntakeScenario } from './load/intake.js';
import { runProcessesScenario } from './load/processes.js';

/**
 * `pnpm bench`: runs the scenarios named in BENCH_SCENARIOS (all by default)
 * on PostgreSQL and PGlite and writes each one's section of
 * docs/benchmarks.md. `kb` measures knowledge-base search at several corpus
 * sizes, `reports` the report service on a million inquiries. The load
 * scenarios (intake, fanout, claim, inbox, processes) measure real servers
 * on loopback against references taken in the same run.
 */

function readScenarios(): Scenario[] {
  const raw = process.env.BENCH_SCENARIOS;
  if (raw === undefined || raw.trim() === '') return [...SCENARIOS];
  const names = raw.split(',').map((name) => name.trim());
  const unknown = names.filter((name) => !(SCENARIOS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`BENCH_SCENARIOS must list ${SCENARIOS.join(' and/or ')} separated by commas, got ${raw}`);
  return SCENARIOS.filter((scenario) => names.includes(scenario));
}

const RUNNERS: Record<Scenario, typeof runKbScenario> = {
  kb: runKbScenario,
  reports: runReportsScenario,
  intake: runIntakeScenario,
  fanout: runFanoutScenario,
  claim: runClaimScenario,
  inbox: runInboxScenario,
  processes: runProcessesScenario,
};

async function main(): Promise<void> {
  const scenarios = readScenarios();
  const log = createLogger(process.env.LOG_LEVEL ?? 'info');
  const failures: string[] = [];
  for (const scenario of scenarios) {
    log.info({ scenario }, 'scenario starting');
    try {
      await RUNNERS[scenario](log);
    } catch (error) {
      failures.push(`${scenario}: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      log.error({ err: error, scenario }, 'scenario failed, continuing with the next one');
    }
  }
  if (failures.length > 0) throw new Error(failures.join('\n'));
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`Benchmark failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
