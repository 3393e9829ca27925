import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import type { Logger } from 'pino';
import { authenticate, toActor } from '../../../server/src/auth/service.js';
import { readSessionToken } from '../../../server/src/http/cookies.js';
import { encodeCursor, readInbox, type InboxFilter } from '../../../server/src/inquiries/inbox.js';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import type { Actor, CoreDeps } from '../../../server/src/core/deps.js';
import type { Database, DatabaseHandle } from '../../../server/src/db/client.js';
import * as schema from '../../../server/src/db/schema.js';
import { queryRows } from '../corpus.js';
import type { ExplainedStatement } from '../measure.js';
import type { BenchTarget } from '../databases.js';
import { commandLine, machine, positiveSetting, readTargets } from '../environment.js';
import { seedingConnection } from '../reports/run.js';
import { seedReportsData } from '../reports/seed.js';
import { renderInboxDetails } from './inbox-render.js';
import { formatMs, writeLoadSection, type Check, type LoadSection } from './render.js';
import { createSignedInStaff, describeError, httpRequest, INBOX_QUERY, latency, postGraphQLTimed, startInProcessServer, WEB_PAGE_SIZE, withScratchDatabase, type Latency } from './support.js';

/**
 * The inbox scenario: the web client's Inbox query over a million seeded
 * inquiries, first page and a deep page, through Apollo in a real server,
 * and the same service call (the same SQL) behind a bare Node.js HTTP
 * handler. It measures three targets at once: the inbox's p95, the GraphQL
 * overhead (bare handler time ÷ Apollo time) and, with both databases,
 * PGlite against PostgreSQL.
 */

const SETTING_NAMES = ['BENCH_INBOX_INQUIRIES', 'BENCH_INBOX_REQUESTS', 'BENCH_INBOX_DEEP_FRACTION'];
const TARGET_P95_MS = 30;
const OVERHEAD_TARGET = 0.6;
const EMBEDDED_TARGET = 0.4;

type InboxSettings = { inquiries: number; requests: number; deepFraction: number; targets: BenchTarget[] };

function readSettings(): InboxSettings {
  return {
    inquiries: positiveSetting('BENCH_INBOX_INQUIRIES', 1_000_000, 10_000_000, true),
    requests: positiveSetting('BENCH_INBOX_REQUESTS', 60, 10_000, true),
    deepFraction: positiveSetting('BENCH_INBOX_DEEP_FRACTION', 0.5, 1, false),
    targets: readTargets(),
  };
}

/** The inbox views timed: the web client's default filter (open inquiries, anyone's) and every inquiry. */
const VIEWS: { key: string; title: string; filter: Record<string, unknown> }[] = [
  { key: 'open', title: 'open inquiries (the web client\'s default filter)', filter: { claim: 'ANYONE', statuses: ['OPEN'] } },
  { key: 'all', title: 'all inquiries', filter: { claim: 'ANYONE' } },
];

export type PageResult = {
  view: string;
  page: 'first' | 'deep';
  offset: number;
  apollo: Latency;
  bare: Latency;
  apolloMean: number;
  bareMean: number;
  /** EXPLAIN (ANALYZE, BUFFERS) of readInbox's page and count statements, on PostgreSQL only. */
  explain: ExplainedStatement[];
};
export type InboxResult = { target: BenchTarget; seedSeconds: number; inquiries: number; pages: PageResult[] };

const mean = (values: number[]) => values.reduce((sum, value) => sum + value, 0) / values.length;

/** Maps the GraphQL filter to the service's, as the resolver does. */
function serviceFilter(filter: Record<string, unknown>): InboxFilter {
  return {
    claim: String(filter.claim).toLowerCase() as InboxFilter['claim'],
    statuses: (filter.statuses as string[] | undefined)?.map((status) => status.toLowerCase()) as InboxFilter['statuses'],
  };
}

/**
 * Starts a bare Node.js HTTP server on 127.0.0.1 port 0 that reads
 * `{ filter, first, after }`, authenticates the session cookie, calls
 * readInbox like the inbox resolver and responds with the page as JSON.
 */
async function startBareServer(deps: CoreDeps): Promise<{ url: string; close: () => Promise<void> }> {
  const server = http.createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', async () => {
      try {
        const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as { filter: Record<string, unknown>; first: number; after?: string };
        const auth = await authenticate(deps, readSessionToken(request.headers.cookie));
        if (!auth) {
          response.writeHead(401).end();
          return;
        }
        const page = await readInbox(deps.db, toActor(auth.staff), serviceFilter(body.filter), body.first, body.after);
        if ('kind' in page) throw new Error(page.message);
        response.writeHead(200, { 'content-type': 'application/json' });
        response.end(
          JSON.stringify({
            edges: page.items.map((item) => ({ cursor: item.cursor, node: item.inquiry })),
            pageInfo: { endCursor: page.endCursor, hasNextPage: page.hasNextPage },
            totalCount: page.totalCount,
          }),
        );
      } catch (error) {
        response.writeHead(500).end(String(error));
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Posts to the bare handler and returns the request's milliseconds as the client thread measured them. */
async function postBare(url: string, body: Record<string, unknown>, cookie: string): Promise<number> {
  const response = await httpRequest(url, { method: 'POST', headers: { 'content-type': 'application/json', cookie }, body: JSON.stringify(body) });
  if (!response.ok) throw new Error(`bare inbox handler failed with HTTP ${response.status}: ${response.text.slice(0, 300)}`);
  return response.milliseconds;
}

/** Returns the cursor of the row at `offset` in the inbox order of `filter`, as readInbox would have returned it. */
async function cursorAt(deps: CoreDeps, filter: Record<string, unknown>, offset: number): Promise<string> {
  const statuses = filter.statuses ? sql`where status = 'open'` : sql``;
  const [row] = await queryRows(deps.db, sql`select created_at, id from inquiries ${statuses} order by created_at desc, id desc offset ${offset} limit 1`);
  if (!row) throw new Error(`no inquiry at offset ${offset}`);
  return encodeCursor({ createdAt: new Date(String(row.created_at)), id: Number(row.id) });
}

/**
 * Runs readInbox once through a drizzle instance that logs its SQL, then
 * EXPLAIN (ANALYZE, BUFFERS) on the page and count statements with the same
 * parameters (the hydration statements read rows by primary key).
 */
async function explainInbox(handle: DatabaseHandle, actor: Actor, filter: InboxFilter, after: string | undefined): Promise<ExplainedStatement[]> {
  const logged: { query: string; params: unknown[] }[] = [];
  const client = (handle.db as unknown as { $client: Sql }).$client;
  const loggingDb = drizzlePostgres(client, { schema, logger: { logQuery: (query, params) => logged.push({ query, params }) } });
  await readInbox(loggingDb as unknown as Database, actor, filter, WEB_PAGE_SIZE, after);
  const explained: ExplainedStatement[] = [];
  for (const { query, params } of logged.slice(0, 2)) {
    const rows = await client.unsafe(`explain (analyze, buffers) ${query}`, params as never[]);
    const plan = rows.map((row) => String(row['QUERY PLAN'])).join('\n');
    const execution = /Execution Time: ([\d.]+) ms/.exec(plan);
    explained.push({ statement: query, plan, executionMs: execution ? Number(execution[1]) : undefined });
  }
  return explained;
}

async function measureTarget(target: BenchTarget, settings: InboxSettings, section: LoadSection, log: Logger): Promise<InboxResult> {
  return withScratchDatabase(target, section.machine, log, async (database) => {
    const connection = await seedingConnection(database);
    let seed;
    try {
      seed = await seedReportsData(connection.execute, { inquiries: settings.inquiries, contacts: Math.max(1, Math.round(settings.inquiries * 0.3)), timeZone: 'America/Denver' }, log, `inbox ${target}`);
    } finally {
      connection.release();
    }
    const server = await startInProcessServer(database, log);
    const bare = await startBareServer(server.deps);
    try {
      const [agent] = await createSignedInStaff(server.deps, 1, 'agent', `inbox-${target}`);
      const pages: PageResult[] = [];
      for (const view of VIEWS) {
        const [{ total }] = await queryRows(server.deps.db, sql`select count(*)::int as total from inquiries ${view.filter.statuses ? sql`where status = 'open'` : sql``}`);
        const offset = Math.floor(Number(total) * settings.deepFraction);
        for (const page of ['first', 'deep'] as const) {
          const after = page === 'deep' ? await cursorAt(server.deps, view.filter, offset) : undefined;
          const variables = { filter: view.filter, first: WEB_PAGE_SIZE, ...(after ? { after } : {}) };
          const apollo: number[] = [];
          const bareTimes: number[] = [];
          // Five untimed pairs, then pairs alternating Apollo and the bare handler.
          for (let request = 0; request < settings.requests + 5; request += 1) {
            const { body: result, milliseconds: apolloMs } = await postGraphQLTimed(server.url, INBOX_QUERY, variables, agent.cookie);
            if (result.data?.inbox.edges.length !== WEB_PAGE_SIZE) throw new Error(`the ${page} page of ${view.key} returned ${result.data?.inbox.edges.length} rows`);
            if (result.data?.inbox.totalCount !== Number(total)) throw new Error(`the ${page} page of ${view.key} counted ${result.data?.inbox.totalCount} inquiries, not ${total}`);
            const bareMs = await postBare(bare.url, variables, agent.cookie);
            if (request >= 5) {
              apollo.push(apolloMs);
              bareTimes.push(bareMs);
            }
          }
          const explain = target === 'postgres' ? await explainInbox(database.handle, agent.actor, serviceFilter(view.filter), after) : [];
          const measured: PageResult = {
            view: view.key,
            page,
            offset: page === 'deep' ? offset : 0,
            apollo: latency(apollo),
            bare: latency(bareTimes),
            apolloMean: mean(apollo),
            bareMean: mean(bareTimes),
            explain,
          };
          pages.push(measured);
          process.stdout.write(`[inbox ${target}] ${view.key} ${page} page: Apollo p95 ${formatMs(measured.apollo.p95)} ms, bare p95 ${formatMs(measured.bare.p95)} ms\n`);
        }
      }
      return { target, seedSeconds: seed.seconds, inquiries: seed.counts.inquiries, pages };
    } finally {
      await bare.close();
      await server.close();
    }
  });
}

function checks(results: InboxResult[]): Check[] {
  const list: Check[] = [];
  for (const result of results) {
    for (const page of result.pages) {
      list.push({
        check: `inbox ${page.view}, ${page.page} page p95 (${result.target})`,
        measured: `${formatMs(page.apollo.p95)} ms`,
        reference: `${formatMs(page.bare.p95)} ms bare`,
        result: page.apollo.p95,
        unit: 'ms',
        bound: 'max',
        target: TARGET_P95_MS,
      });
    }
    const apolloMean = mean(result.pages.map((page) => page.apolloMean));
    const bareMean = mean(result.pages.map((page) => page.bareMean));
    list.push({
      check: `GraphQL overhead: Apollo ÷ bare handler, requests per second (${result.target})`,
      measured: `${(1000 / apolloMean).toFixed(1)}/s`,
      reference: `${(1000 / bareMean).toFixed(1)}/s`,
      result: bareMean / apolloMean,
      unit: 'ratio',
      bound: 'min',
      target: OVERHEAD_TARGET,
    });
  }
  const postgres = results.find((result) => result.target === 'postgres');
  const pglite = results.find((result) => result.target === 'pglite');
  if (postgres && pglite) {
    const postgresMean = mean(postgres.pages.map((page) => page.apolloMean));
    const pgliteMean = mean(pglite.pages.map((page) => page.apolloMean));
    list.push({
      check: 'embedded: PGlite ÷ PostgreSQL, inbox requests per second',
      measured: `${(1000 / pgliteMean).toFixed(1)}/s`,
      reference: `${(1000 / postgresMean).toFixed(1)}/s`,
      result: postgresMean / pgliteMean,
      unit: 'ratio',
      bound: 'min',
      target: EMBEDDED_TARGET,
    });
  }
  return list;
}

export async function runInboxScenario(log: Logger): Promise<void> {
  const settings = readSettings();
  const section: LoadSection = {
    scenario: 'inbox',
    title: 'Inbox benchmark',
    description: [
      `The web client's \`Inbox\` query (${WEB_PAGE_SIZE} rows a page, with \`totalCount\`) runs over ${settings.inquiries.toLocaleString('en-US')} inquiries seeded`,
      'with the reports benchmark\'s set-based SQL. A signed-in agent sends it one at a time over HTTP to a real server',
      'started in this process on 127.0.0.1 port 0. The deep page starts after the inquiry at',
      `\`BENCH_INBOX_DEEP_FRACTION\` of the view, through the cursor readInbox would have returned for it. The`,
      'reference is a bare Node.js HTTP handler in the same process. It authenticates the same cookie, calls the same',
      '`readInbox` service function (the same SQL) and answers with the page as JSON. The ratio of the two rates is',
      'the cost of Apollo, Express and GraphQL execution. Apollo and the bare handler alternate request by request.',
      'The PostgreSQL plans of the page and count statements follow the figures.',
    ],
    date: new Date(),
    command: commandLine(SETTING_NAMES),
    machine: machine(),
    loadAverage: { start: os.loadavg(), end: os.loadavg() },
    settings: [
      `- \`BENCH_INBOX_INQUIRIES\`: inquiries seeded (${settings.inquiries.toLocaleString('en-US')})`,
      `- \`BENCH_INBOX_REQUESTS\`: timed requests per page and path, after 5 untimed ones (${settings.requests})`,
      `- \`BENCH_INBOX_DEEP_FRACTION\`: where the deep page starts, as a fraction of the view's rows (${settings.deepFraction})`,
      `- \`BENCH_TARGETS\`: databases (${settings.targets.join(', ')})`,
    ],
    checks: [],
    details: [],
    skipped: [],
  };
  const results: InboxResult[] = [];
  for (const target of settings.targets) {
    try {
      results.push(await measureTarget(target, settings, section, log));
    } catch (error) {
      section.skipped.push(`${target}: ${describeError(error)}`);
      log.error({ err: error, target }, 'inbox benchmark of this database failed');
    }
  }
  if (results.length === 0) throw new Error(`Inbox: nothing was measured: ${section.skipped.join(' ')}`);
  section.checks = checks(results);
  section.details = renderInboxDetails(results);
  writeLoadSection(section);
}
