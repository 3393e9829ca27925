import os from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Logger } from 'pino';
import { submitWebInquiry } from '../../../server/src/inquiries/intake.js';
import { claimInquiry } from '../../../server/src/inquiries/service.js';
import type { BenchTarget } from '../databases.js';
import { commandLine, machine, positiveSetting, readTargets } from '../environment.js';
import { formatMs, writeLoadSection, type Check, type LoadSection } from './render.js';
import { CLAIM_INQUIRY, createSignedInStaff, describeError, latency, postGraphQLTimed, startInProcessServer, withScratchDatabase, type Latency } from './support.js';

/**
 * The claim scenario: 50 signed-in agents send the web client's ClaimInquiry
 * mutation for the same new inquiry at the same moment, round after round,
 * through a real server in this process: over the agents' WebSockets, as the
 * web client sends it, and over HTTP, as an API client would. Exactly one
 * claim of each round must win. The reference is one agent claiming an
 * inquiry that no other agent claims.
 */

const SETTING_NAMES = ['BENCH_CLAIM_AGENTS', 'BENCH_CLAIM_ROUNDS'];
const TARGET_P99_MS = 20;
/** Unmeasured rounds before each racing path, so that code compiled on first use is not counted. */
const WARM_UP_ROUNDS = 2;

type ClaimSettings = { agents: number; rounds: number; targets: BenchTarget[] };
/**
 * `socket`: the race over the agents' WebSockets; `racing`: the same over HTTP;
 * `service`: the same through the claimInquiry service function, without HTTP and GraphQL.
 */
type ClaimResult = { target: BenchTarget; socket: Latency; racing: Latency; service: Latency; alone: Latency; rounds: number };

type SocketAnswer =
  | { type: 'opened' | 'closed' }
  | { type: 'raced'; results: { milliseconds: number; data?: { claimInquiry?: { inquiry?: unknown } } | null; errors?: { message: string }[] }[] }
  | { type: 'failed'; error: string };

/** The agents' graphql-ws clients, in their own thread (socket-client-worker.mjs), one request at a time. */
class SocketClients {
  private readonly worker = new Worker(new URL('./socket-client-worker.mjs', import.meta.url));

  request(message: Record<string, unknown>): Promise<SocketAnswer> {
    return new Promise((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      this.worker.once('error', onError);
      this.worker.once('message', (answer: SocketAnswer) => {
        this.worker.off('error', onError);
        if (answer.type === 'failed') reject(new Error(`socket clients: ${answer.error}`));
        else resolve(answer);
      });
      this.worker.postMessage(message);
    });
  }

  async close(): Promise<void> {
    await this.request({ type: 'close' }).catch(() => undefined);
    await this.worker.terminate();
  }
}

function readSettings(): ClaimSettings {
  return {
    agents: positiveSetting('BENCH_CLAIM_AGENTS', 50, 1_000, true),
    rounds: positiveSetting('BENCH_CLAIM_ROUNDS', 40, 10_000, true),
    targets: readTargets(),
  };
}

async function measureTarget(target: BenchTarget, settings: ClaimSettings, section: LoadSection, log: Logger): Promise<ClaimResult> {
  return withScratchDatabase(target, section.machine, log, async (database) => {
    const server = await startInProcessServer(database, log);
    try {
      const agents = await createSignedInStaff(server.deps, settings.agents, 'agent', `claim-${target}`);
      let inquiriesCreated = 0;
      const newInquiry = async () => {
        inquiriesCreated += 1;
        const number = inquiriesCreated;
        const created = await submitWebInquiry(server.deps, { subject: `Missed trash pickup ${number}`, question: 'The truck skipped our street on Monday.', email: `resident${number}@example.org` });
        if (created.kind !== 'created') throw new Error(`creating an inquiry failed: ${JSON.stringify(created).slice(0, 300)}`);
        return created.inquiry;
      };
      const claim = async (cookie: string, id: number, version: number) => {
        const { body, milliseconds } = await postGraphQLTimed(server.url, CLAIM_INQUIRY, { id: String(id), version }, cookie);
        return { milliseconds, won: body.data?.claimInquiry.inquiry != null };
      };

      // Warm-up, and the reference: one agent, no rival.
      const alone: number[] = [];
      for (let round = 0; round < settings.rounds; round += 1) {
        const inquiry = await newInquiry();
        const result = await claim(agents[round % agents.length].cookie, inquiry.id, inquiry.version);
        if (!result.won) throw new Error(`an uncontended claim of inquiry ${inquiry.id} lost`);
        if (round >= 3) alone.push(result.milliseconds);
      }

      // The race as the web client runs it: each agent's claim over that agent's open WebSocket.
      const sockets = new SocketClients();
      const socket: number[] = [];
      try {
        await sockets.request({ type: 'open', url: `${server.url.replace(/^http/, 'ws')}/graphql`, cookies: agents.map((agent) => agent.cookie) });
        for (let round = -WARM_UP_ROUNDS; round < settings.rounds; round += 1) {
          const inquiry = await newInquiry();
          const answer = await sockets.request({ type: 'race', query: CLAIM_INQUIRY, operationName: 'ClaimInquiry', variables: { id: String(inquiry.id), version: inquiry.version } });
          if (answer.type !== 'raced') throw new Error(`socket clients returned ${answer.type} for a race`);
          const failed = answer.results.find((result) => result.errors?.length);
          if (failed) throw new Error(`a claim over the socket failed: ${JSON.stringify(failed.errors).slice(0, 300)}`);
          const winners = answer.results.filter((result) => result.data?.claimInquiry?.inquiry != null).length;
          if (winners !== 1) throw new Error(`socket round ${round}: ${winners} of ${agents.length} claims of inquiry ${inquiry.id} won, expected exactly 1`);
          if (round >= 0) socket.push(...answer.results.map((result) => result.milliseconds));
        }
      } finally {
        await sockets.close();
      }

      const racing: number[] = [];
      for (let round = -WARM_UP_ROUNDS; round < settings.rounds; round += 1) {
        const inquiry = await newInquiry();
        const results = await Promise.all(agents.map((agent) => claim(agent.cookie, inquiry.id, inquiry.version)));
        const winners = results.filter((result) => result.won).length;
        if (winners !== 1) throw new Error(`round ${round}: ${winners} of ${agents.length} claims of inquiry ${inquiry.id} won, expected exactly 1`);
        if (round >= 0) racing.push(...results.map((result) => result.milliseconds));
      }
      const service: number[] = [];
      for (let round = -WARM_UP_ROUNDS; round < settings.rounds; round += 1) {
        const inquiry = await newInquiry();
        const results = await Promise.all(
          agents.map(async (agent) => {
            const started = performance.now();
            const outcome = await claimInquiry(server.deps, agent.actor, inquiry.id, inquiry.version);
            return { milliseconds: performance.now() - started, won: outcome.kind === 'ok' };
          }),
        );
        const winners = results.filter((result) => result.won).length;
        if (winners !== 1) throw new Error(`service round ${round}: ${winners} of ${agents.length} claims of inquiry ${inquiry.id} won, expected exactly 1`);
        if (round >= 0) service.push(...results.map((result) => result.milliseconds));
      }
      const result = { target, socket: latency(socket), racing: latency(racing), service: latency(service), alone: latency(alone), rounds: settings.rounds };
      process.stdout.write(
        `[claim ${target}] racing p99 ${formatMs(result.socket.p99)} ms over WebSockets, ${formatMs(result.racing.p99)} ms over HTTP; alone p99 ${formatMs(result.alone.p99)} ms\n`,
      );
      return result;
    } finally {
      await server.close();
    }
  });
}

export async function runClaimScenario(log: Logger): Promise<void> {
  const settings = readSettings();
  const section: LoadSection = {
    scenario: 'claim',
    title: 'Claim benchmark',
    description: [
      `${settings.agents} signed-in agents send the web client's \`ClaimInquiry\` mutation for the same new inquiry at`,
      'the same moment, through a real server started in this process on 127.0.0.1 port 0. The race runs first over',
      'each agent\'s graphql-ws WebSocket, which is how the web client sends a claim, then over HTTP, as an API client',
      'would send it. Each round checks that exactly one claim won. The clients run in a worker thread, and the latency',
      'of a claim runs from sending it to receiving its result there, so the last claims of a round include the time they',
      'waited behind the others. The reference is one agent claiming an inquiry with no rival over HTTP, measured first in',
      'the same run. The same race is then run through the `claimInquiry` service function directly, without HTTP and',
      'GraphQL, to separate the database\'s row locking from the queueing of 50 requests in one Node.js process.',
      `Each racing path starts with ${WARM_UP_ROUNDS} rounds that are not measured, as the reference skips its first three claims,`,
      'so that code compiled on first use and statements prepared on their second use are not counted.',
    ],
    date: new Date(),
    command: commandLine(SETTING_NAMES),
    machine: machine(),
    loadAverage: { start: os.loadavg(), end: os.loadavg() },
    settings: [
      `- \`BENCH_CLAIM_AGENTS\`: agents racing for each inquiry (${settings.agents})`,
      `- \`BENCH_CLAIM_ROUNDS\`: inquiries raced for, and uncontended claims for the reference (${settings.rounds})`,
      `- \`BENCH_TARGETS\`: databases (${settings.targets.join(', ')})`,
    ],
    checks: [],
    details: [],
    skipped: [],
  };
  const results: ClaimResult[] = [];
  for (const target of settings.targets) {
    try {
      results.push(await measureTarget(target, settings, section, log));
    } catch (error) {
      section.skipped.push(`${target}: ${describeError(error)}`);
      log.error({ err: error, target }, 'claim benchmark of this database failed');
    }
  }
  if (results.length === 0) throw new Error(`Claim: nothing was measured: ${section.skipped.join(' ')}`);
  section.checks = results.map(
    (result): Check => ({
      check: `claim p99, ${settings.agents} agents racing over their WebSockets (${result.target})`,
      measured: `${formatMs(result.socket.p99)} ms`,
      reference: `${formatMs(result.racing.p99)} ms over HTTP, ${formatMs(result.alone.p99)} ms alone`,
      result: result.socket.p99,
      unit: 'ms',
      bound: 'max',
      target: TARGET_P99_MS,
    }),
  );
  section.details = [
    '### Figures',
    '',
    '| database | claims per path | racing over WebSockets p50 / p95 / p99 / max (ms) | racing over HTTP p50 / p95 / p99 / max (ms) | racing service calls p50 / p99 (ms) | alone over HTTP p50 / p99 (ms) |',
    '|---|---:|---:|---:|---:|---:|',
    ...results.map(
      (result) =>
        `| ${result.target} | ${result.racing.count.toLocaleString('en-US')} | ${formatMs(result.socket.p50)} / ${formatMs(result.socket.p95)} / ${formatMs(result.socket.p99)} / ${formatMs(result.socket.max)} | ${formatMs(result.racing.p50)} / ${formatMs(result.racing.p95)} / ${formatMs(result.racing.p99)} / ${formatMs(result.racing.max)} | ${formatMs(result.service.p50)} / ${formatMs(result.service.p99)} | ${formatMs(result.alone.p50)} / ${formatMs(result.alone.p99)} |`,
    ),
  ];
  writeLoadSection(section);
}
