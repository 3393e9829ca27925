import os from 'node:os';
import type { Client } from 'graphql-ws';
import type { Logger } from 'pino';
import { latestEventId } from '../../../server/src/events/service.js';
import { DEFAULT_DATABASE_URL, openScratchPostgres } from '../databases.js';
import { commandLine, coreDeps, databaseVersion, machine, positiveSetting } from '../environment.js';
import { perSecond, writeLoadSection, type LoadSection } from './render.js';
import {
  createSignedInStaff,
  describeError,
  INBOX_EVENTS_SUBSCRIPTION,
  openSubscriber,
  postGraphQL,
  runConcurrently,
  SESSION_SECRET,
  startServerProcess,
  stopServerProcess,
  SUBMIT_WEB_INQUIRY,
  waitUntil,
  type ServerProcess,
} from './support.js';

/**
 * The cross-process scenario: two server processes (packages/server/src/main.ts)
 * on one PostgreSQL database. Clients subscribed to process B receive the
 * inbox events of web-form submissions sent to process A (the events cross
 * by NOTIFY and the event log) and, in alternating rounds, of submissions
 * sent to B itself.
 */

const SETTING_NAMES = ['BENCH_PROCESSES_CLIENTS', 'BENCH_PROCESSES_EVENTS', 'BENCH_PROCESSES_ROUNDS'];
const TARGET_RATIO = 0.8;
const SUBMIT_CONCURRENCY = 4;

type ProcessesSettings = { clients: number; events: number; rounds: number };

function readSettings(): ProcessesSettings {
  return {
    clients: positiveSetting('BENCH_PROCESSES_CLIENTS', 200, 10_000, true),
    events: positiveSetting('BENCH_PROCESSES_EVENTS', 150, 100_000, true),
    rounds: positiveSetting('BENCH_PROCESSES_ROUNDS', 3, 100, true),
  };
}

type Phase = { deliveries: number; seconds: number };

export async function runProcessesScenario(log: Logger): Promise<void> {
  const settings = readSettings();
  const section: LoadSection = {
    scenario: 'processes',
    title: 'Cross-process events benchmark',
    description: [
      'Two server processes (`packages/server/src/main.ts`, each on 127.0.0.1 port 0) share one scratch PostgreSQL',
      `database. ${settings.clients} graphql-ws clients in the benchmark process subscribe to process B with the web client's`,
      '`InboxEvents` subscription. In each round, web-form submissions (the web client\'s `SubmitWebInquiry` mutation,',
      `${SUBMIT_CONCURRENCY} at a time) go first to process A, whose events reach B through NOTIFY and the event log, then to`,
      'process B itself. Deliveries per second count one event reaching one client, from the first submission until',
      'every client has every event of the phase. The ratio divides the rate across processes by the rate within one.',
    ],
    date: new Date(),
    command: commandLine(SETTING_NAMES),
    machine: machine(),
    loadAverage: { start: os.loadavg(), end: os.loadavg() },
    settings: [
      `- \`BENCH_PROCESSES_CLIENTS\`: clients subscribed to process B (${settings.clients})`,
      `- \`BENCH_PROCESSES_EVENTS\`: submissions per phase (${settings.events})`,
      `- \`BENCH_PROCESSES_ROUNDS\`: rounds, each with a phase across processes and one within (${settings.rounds})`,
    ],
    checks: [],
    details: [],
    skipped: [],
  };
  section.machine.pglite = 'not used';

  const database = await openScratchPostgres(process.env.DATABASE_URL || DEFAULT_DATABASE_URL, log);
  const servers: ServerProcess[] = [];
  const clients: Client[] = [];
  const phases = { across: [] as Phase[], within: [] as Phase[] };
  try {
    section.machine.postgres = await databaseVersion(database);
    const deps = { ...coreDeps(database, log), sessionSecret: SESSION_SECRET };
    const staff = await createSignedInStaff(deps, 10, 'agent', 'processes');
    servers.push(await startServerProcess(database.url!), await startServerProcess(database.url!));
    const [serverA, serverB] = servers;

    let received = 0;
    // Subscribing after the current head means no client misses an event appended while the others start.
    const after = String(await latestEventId(deps.db));
    await runConcurrently(settings.clients, 50, async (index) => {
      const client = await openSubscriber(serverB.url, staff[index % staff.length].cookie);
      clients.push(client);
      client.subscribe(
        { query: INBOX_EVENTS_SUBSCRIPTION, variables: { after } },
        {
          next: () => {
            received += 1;
          },
          error: (error) => process.stderr.write(`subscriber ${index} failed: ${String(error)}\n`),
          complete: () => {},
        },
      );
    });

    let sequence = 0;
    const submit = (url: string) => async () => {
      sequence += 1;
      const result = await postGraphQL(url, SUBMIT_WEB_INQUIRY, {
        input: { subject: 'Graffiti on the library wall', question: 'Someone painted the north wall of the library last night.', email: `resident${sequence}@example.org` },
      });
      if (!result.data?.submitWebInquiry.receipt) throw new Error(`web form rejected: ${JSON.stringify(result.data).slice(0, 300)}`);
    };
    const phase = async (url: string, events: number): Promise<Phase> => {
      const expected = received + settings.clients * events;
      const started = performance.now();
      await runConcurrently(events, SUBMIT_CONCURRENCY, submit(url));
      await waitUntil(() => received >= expected, 120_000, `${events} events to reach ${settings.clients} clients`);
      return { deliveries: settings.clients * events, seconds: (performance.now() - started) / 1000 };
    };

    // Warm-up: both paths, untimed; the first event also shows every subscription is live.
    await phase(serverA.url, 10);
    await phase(serverB.url, 10);
    for (let round = 0; round < settings.rounds; round += 1) {
      phases.across.push(await phase(serverA.url, settings.events));
      phases.within.push(await phase(serverB.url, settings.events));
      process.stdout.write(`[processes] round ${round + 1}/${settings.rounds} done\n`);
    }
  } catch (error) {
    section.skipped.push(describeError(error));
    log.error({ err: error }, 'cross-process benchmark failed');
  } finally {
    await Promise.all(clients.map((client) => client.dispose()));
    await Promise.all(servers.map((server) => stopServerProcess(server)));
    await database.close();
  }
  if (phases.across.length === 0) throw new Error(`Cross-process: nothing was measured: ${section.skipped.join(' ')}`);

  const rate = (list: Phase[]) => list.reduce((sum, item) => sum + item.deliveries, 0) / list.reduce((sum, item) => sum + item.seconds, 0);
  const across = rate(phases.across);
  const within = rate(phases.within);
  process.stdout.write(`[processes] across ${perSecond(across)}, within ${perSecond(within)}\n`);
  section.checks = [
    { check: 'deliveries across processes ÷ within one', measured: perSecond(across), reference: perSecond(within), result: across / within, unit: 'ratio', bound: 'min', target: TARGET_RATIO },
  ];
  section.details = [
    '### Figures',
    '',
    '| round | across: deliveries, seconds, rate | within: deliveries, seconds, rate |',
    '|---:|---:|---:|',
    ...phases.across.map((item, index) => {
      const other = phases.within[index];
      return `| ${index + 1} | ${item.deliveries.toLocaleString('en-US')}, ${item.seconds.toFixed(2)} s, ${perSecond(item.deliveries / item.seconds)} | ${other.deliveries.toLocaleString('en-US')}, ${other.seconds.toFixed(2)} s, ${perSecond(other.deliveries / other.seconds)} |`;
    }),
  ];
  writeLoadSection(section);
}
