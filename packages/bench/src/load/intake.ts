import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { toActor } from '../../../server/src/auth/service.js';
import { ensureDepartment, ensureTopic } from '../../../server/src/directory/service.js';
import { issueApiKey } from '../../../server/src/open311/api-keys.js';
import type { BenchTarget } from '../databases.js';
import { commandLine, machine, positiveSetting, readTargets } from '../environment.js';
import { renderIntakeDetails } from './intake-render.js';
import { perSecond, writeLoadSection, type Check, type LoadSection } from './render.js';
import type { RunningServer } from '../../../server/src/http/server.js';
import { createSignedInStaff, describeError, httpRequest, postGraphQL, runConcurrently, startInProcessServer, SUBMIT_WEB_INQUIRY, withScratchDatabase } from './support.js';

/**
 * The intake scenario: web-form submissions (the public form's GraphQL
 * mutation) and Open311 POSTs per second, end to end through a real server,
 * against raw INSERTs of the same inquiry row into the same database. The
 * kinds and the databases run in alternating rounds, so each runs under the
 * same machine load. A GraphQL
 * request that does no work shows the floor of the HTTP path.
 */

const SETTING_NAMES = ['BENCH_INTAKE_REQUESTS', 'BENCH_INTAKE_CONCURRENCY', 'BENCH_INTAKE_ROUNDS'];
export const INTAKE_TARGET_RATIO = 0.5;
export const EMBEDDED_TARGET_RATIO = 0.4;

export type IntakeSettings = { requests: number; concurrency: number; rounds: number; targets: BenchTarget[] };

function readSettings(): IntakeSettings {
  return {
    requests: positiveSetting('BENCH_INTAKE_REQUESTS', 600, 100_000, true),
    concurrency: positiveSetting('BENCH_INTAKE_CONCURRENCY', 8, 256, true),
    rounds: positiveSetting('BENCH_INTAKE_ROUNDS', 6, 100, true),
    targets: readTargets(),
  };
}

export type Throughput = { count: number; seconds: number; perSecond: number; p50: number; p99: number };
export type IntakeResult = { target: BenchTarget; webForm: Throughput; open311: Throughput; insert: Throughput; empty: Throughput };

const SUBJECT = 'Pothole on Elm Street';
const QUESTION = 'There is a deep pothole in front of number 12 on Elm Street. It damaged a tyre this morning.';

function throughput(times: number[], seconds: number): Throughput {
  const sorted = [...times].sort((a, b) => a - b);
  return {
    count: times.length,
    seconds,
    perSecond: times.length / seconds,
    p50: sorted[Math.floor(sorted.length * 0.5)],
    p99: sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)],
  };
}

const KINDS = ['insert', 'webForm', 'open311', 'empty'] as const;
type Kind = (typeof KINDS)[number];
/** One database with its server, ready to measure: a task per kind, and the times and seconds measured so far. */
type Prepared = { target: BenchTarget; tasks: Record<Kind, () => Promise<void>>; times: Record<Kind, number[]>; seconds: Record<Kind, number> };

/** Creates the topic, the manager and the API key the requests need on `server`, and warms the four kinds up. */
async function prepareTarget(target: BenchTarget, server: RunningServer, settings: IntakeSettings): Promise<Prepared> {
  const deps = server.deps;
  const department = await ensureDepartment(deps.db, { name: 'Public Works' });
  const topic = await ensureTopic(deps.db, { name: 'Pothole', departmentId: department.id });
  const [manager] = await createSignedInStaff(deps, 1, 'manager', `intake-${target}`);
  const issued = await issueApiKey(deps, toActor({ ...manager.actor }), { name: 'Bench app' });
  if (issued.kind !== 'issued') throw new Error(`issuing an API key failed: ${issued.message}`);

  let sequence = 0;
  const webForm = async () => {
    sequence += 1;
    const result = await postGraphQL(server.url, SUBMIT_WEB_INQUIRY, {
      input: { subject: SUBJECT, question: QUESTION, name: 'Jordan Lee', email: `resident${sequence}@example.org`, phone: '+13035550100', topicId: topic.id },
    });
    if (!result.data?.submitWebInquiry.receipt) throw new Error(`web form rejected: ${JSON.stringify(result.data).slice(0, 300)}`);
  };
  const open311 = async () => {
    sequence += 1;
    const form = new URLSearchParams({
      api_key: issued.key,
      service_code: topic.id,
      description: QUESTION,
      address_string: '12 Elm Street',
      email: `resident${sequence}@example.org`,
      first_name: 'Jordan',
      last_name: 'Lee',
      phone: '+13035550100',
    });
    const response = await httpRequest(`${server.url}/open311/v2/requests.json`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: form.toString(),
    });
    if (!response.ok) throw new Error(`Open311 POST failed with HTTP ${response.status}: ${response.text.slice(0, 300)}`);
  };
  // The floor of the HTTP path: a GraphQL request that reads nothing and writes nothing.
  const empty = async () => {
    const result = await postGraphQL(server.url, '{ __typename }', {});
    if (result.data?.__typename !== 'Query') throw new Error(`empty query returned ${JSON.stringify(result).slice(0, 300)}`);
  };
  // The same inquiry row as the web form stores, without the contact, message, event and rate-limit rows.
  const insert = async () => {
    await deps.db.execute(sql`insert into inquiries (channel, subject, body, topic_id, department_id, status_token_hash)
      values ('web', ${SUBJECT}, ${QUESTION}, ${topic.id}, ${department.id}, md5(random()::text || clock_timestamp()::text))`);
  };
  const tasks = { insert, webForm, open311, empty };

  // Warm-up: connections, JIT, prepared statements.
  for (const kind of KINDS) await runConcurrently(20, settings.concurrency, tasks[kind]);
  return { target, tasks, times: { insert: [], webForm: [], open311: [], empty: [] }, seconds: { insert: 0, webForm: 0, open311: 0, empty: 0 } };
}

type Context = { settings: IntakeSettings; section: LoadSection; log: Logger };

/**
 * Opens a scratch database and a server for each target, one inside the
 * other, and runs `task` with all that were set up. A target that cannot be
 * set up is listed as not measured, and the others go on.
 */
async function withServers(targets: BenchTarget[], context: Context, task: (prepared: Prepared[]) => Promise<void>, prepared: Prepared[] = []): Promise<void> {
  if (targets.length === 0) return task(prepared);
  const [target, ...rest] = targets;
  let ready = false;
  try {
    await withScratchDatabase(target, context.section.machine, context.log, async (database) => {
      const server = await startInProcessServer(database, context.log);
      try {
        const measured = await prepareTarget(target, server, context.settings);
        ready = true;
        await withServers(rest, context, task, [...prepared, measured]);
      } finally {
        await server.close();
      }
    });
  } catch (error) {
    if (ready) throw error;
    context.section.skipped.push(`${target}: ${describeError(error)}`);
    context.log.error({ err: error, target }, 'intake benchmark of this database failed');
    await withServers(rest, context, task, prepared);
  }
}

/**
 * Runs the rounds: in each, every database and every kind in turn, so that
 * the ratios between kinds and between databases see the same machine.
 */
async function measure(prepared: Prepared[], settings: IntakeSettings): Promise<IntakeResult[]> {
  const perRound = Math.max(1, Math.floor(settings.requests / settings.rounds));
  for (let round = 0; round < settings.rounds; round += 1) {
    for (const target of prepared) {
      for (const kind of KINDS) {
        const started = performance.now();
        target.times[kind].push(...(await runConcurrently(perRound, settings.concurrency, target.tasks[kind])));
        target.seconds[kind] += (performance.now() - started) / 1000;
      }
    }
    process.stdout.write(`[intake] round ${round + 1}/${settings.rounds} done\n`);
  }
  return prepared.map(({ target, times, seconds }) => {
    const result: IntakeResult = {
      target,
      webForm: throughput(times.webForm, seconds.webForm),
      open311: throughput(times.open311, seconds.open311),
      insert: throughput(times.insert, seconds.insert),
      empty: throughput(times.empty, seconds.empty),
    };
    process.stdout.write(
      `[intake ${target}] web form ${perSecond(result.webForm.perSecond)}, Open311 ${perSecond(result.open311.perSecond)}, INSERT ${perSecond(result.insert.perSecond)}\n`,
    );
    return result;
  });
}

/** Returns the end-to-end submissions per second of both kinds together. */
export const combinedRate = (result: IntakeResult) => (result.webForm.count + result.open311.count) / (result.webForm.seconds + result.open311.seconds);

function checks(results: IntakeResult[]): Check[] {
  const list: Check[] = [];
  for (const result of results) {
    for (const kind of ['webForm', 'open311'] as const) {
      list.push({
        check: `${kind === 'webForm' ? 'web form' : 'Open311 POST'} ÷ raw INSERT (${result.target})`,
        measured: perSecond(result[kind].perSecond),
        reference: perSecond(result.insert.perSecond),
        result: result[kind].perSecond / result.insert.perSecond,
        unit: 'ratio',
        bound: 'min',
        target: INTAKE_TARGET_RATIO,
      });
    }
  }
  const postgres = results.find((result) => result.target === 'postgres');
  const pglite = results.find((result) => result.target === 'pglite');
  if (postgres && pglite) {
    list.push({
      check: 'embedded: PGlite ÷ PostgreSQL, intake (web form and Open311)',
      measured: perSecond(combinedRate(pglite)),
      reference: perSecond(combinedRate(postgres)),
      result: combinedRate(pglite) / combinedRate(postgres),
      unit: 'ratio',
      bound: 'min',
      target: EMBEDDED_TARGET_RATIO,
    });
  }
  return list;
}

export async function runIntakeScenario(log: Logger): Promise<void> {
  const settings = readSettings();
  const section: LoadSection = {
    scenario: 'intake',
    title: 'Intake benchmark',
    description: [
      'Residents\' submissions per second through a real server started in this process on 127.0.0.1 port 0:',
      'the public web form (the web client\'s `SubmitWebInquiry` mutation over HTTP) and Open311',
      '`POST /open311/v2/requests.json` with an API key issued by the server\'s own service. The reference is',
      'a raw `INSERT` of the same inquiry row into the same database through the same connection pool.',
      'A GraphQL request that does no work (`{ __typename }`) through the same HTTP path shows the floor that',
      'HTTP, Express and Apollo set on this machine. A server runs on each database at once, and each round runs',
      'the four kinds on each database in turn with the same concurrency, so that every ratio, PGlite ÷ PostgreSQL',
      'included, compares figures measured under the same machine load. The requests go through node:http with kept-alive connections,',
      'from a client thread of their own.',
      'The end-to-end path also checks the input, consumes the rate limit, finds or creates the contact,',
      'stores the first message and appends the inbox event.',
    ],
    date: new Date(),
    command: commandLine(SETTING_NAMES),
    machine: machine(),
    loadAverage: { start: os.loadavg(), end: os.loadavg() },
    settings: [
      `- \`BENCH_INTAKE_REQUESTS\`: requests of each kind (${settings.requests})`,
      `- \`BENCH_INTAKE_CONCURRENCY\`: requests in flight at once (${settings.concurrency})`,
      `- \`BENCH_INTAKE_ROUNDS\`: alternating rounds the requests are split into (${settings.rounds})`,
      `- \`BENCH_TARGETS\`: databases (${settings.targets.join(', ')})`,
    ],
    checks: [],
    details: [],
    skipped: [],
  };
  let results: IntakeResult[] = [];
  await withServers(settings.targets, { settings, section, log }, async (prepared) => {
    results = await measure(prepared, settings);
  });
  if (results.length === 0) throw new Error(`Intake: nothing was measured: ${section.skipped.join(' ')}`);
  section.checks = checks(results);
  section.details = renderIntakeDetails(results);
  writeLoadSection(section);
}
