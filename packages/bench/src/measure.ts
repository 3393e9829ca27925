import type { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePostgres } from 'drizzle-orm/postgres-js';
import type { Sql } from 'postgres';
import type { Database, DatabaseHandle } from '../../server/src/db/client.js';
import * as schema from '../../server/src/db/schema.js';
import { searchArticles, searchPublicArticles, type SearchMode } from '../../server/src/kb/search.js';
import type { BenchQuery } from './queries.js';

export type SearchKind = 'staff' | 'public';

/** One timed call of a search service function. */
export type Sample = { search: SearchKind; query: string; mode: SearchMode | 'none'; totalCount: number; milliseconds: number };

/** Calls the service function behind the GraphQL field: `articles(filter: { query })` for staff, `publicArticles` for residents. */
async function runSearch(db: Database, search: SearchKind, query: string): Promise<{ mode: SearchMode | 'none'; totalCount: number }> {
  const page = search === 'staff' ? await searchArticles(db, { query }) : await searchPublicArticles(db, { query });
  if ('kind' in page) throw new Error(`${search} search rejected the query ${JSON.stringify(query)}: ${page.message}`);
  return { mode: page.mode ?? 'none', totalCount: page.totalCount };
}

export type Measurement = { samples: Sample[]; rounds: number; warmupSeconds: number; roundSeconds: number };

/**
 * Runs every query once untimed through both searches (the warm-up round),
 * then timed rounds, alternating staff and public search. It stops after
 * `maxRounds` rounds or after the first round that ends past
 * `budgetSeconds` of timed rounds, so a slow corpus gets fewer rounds.
 * At least one timed round always runs.
 */
export async function measureSearches(db: Database, queries: BenchQuery[], maxRounds: number, budgetSeconds: number): Promise<Measurement> {
  const searches: SearchKind[] = ['staff', 'public'];
  const warmupStarted = performance.now();
  for (const query of queries) for (const search of searches) await runSearch(db, search, query.text);
  const warmupSeconds = (performance.now() - warmupStarted) / 1000;

  const samples: Sample[] = [];
  const started = performance.now();
  let rounds = 0;
  while (rounds < maxRounds && (rounds === 0 || (performance.now() - started) / 1000 < budgetSeconds)) {
    for (const query of queries) {
      for (const search of searches) {
        const callStarted = performance.now();
        const result = await runSearch(db, search, query.text);
        samples.push({ search, query: query.text, ...result, milliseconds: performance.now() - callStarted });
      }
    }
    rounds += 1;
  }
  return { samples, rounds, warmupSeconds, roundSeconds: (performance.now() - started) / 1000 / rounds };
}

/** Returns the q-th quantile (0 < q ≤ 1) of `values` by the nearest-rank method. */
export function quantile(values: number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1];
}

/** One SQL statement of a search call with its EXPLAIN (ANALYZE, BUFFERS) output. */
export type ExplainedStatement = { statement: string; plan: string; executionMs: number | undefined };

type LoggedStatement = { query: string; params: unknown[] };

/**
 * Runs one staff search for `query` through a drizzle instance that logs
 * its SQL, then runs EXPLAIN (ANALYZE, BUFFERS) on each logged statement
 * with the same parameters. The plans are those of the SQL search.ts builds
 * at run time, whatever its current version.
 */
export async function explainStaffSearch(handle: DatabaseHandle, query: string): Promise<ExplainedStatement[]> {
  const logged: LoggedStatement[] = [];
  const logger = { logQuery: (statement: string, params: unknown[]) => logged.push({ query: statement, params }) };
  const client = (handle.db as unknown as { $client: PGlite | Sql }).$client;
  const loggingDb = handle.kind === 'pglite' ? drizzlePglite(client as PGlite, { schema, logger }) : drizzlePostgres(client as Sql, { schema, logger });
  await runSearch(loggingDb as unknown as Database, 'staff', query);

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
