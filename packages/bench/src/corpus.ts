import { sql, type SQL } from 'drizzle-orm';
import type { Logger } from 'pino';
import type { CoreDeps } from '../../server/src/core/deps.js';
import type { Database } from '../../server/src/db/client.js';
import { FAQ_SOURCE_SYSTEM, importFaqFile } from '../../server/src/kb/faq-import.js';

/**
 * Builds the benchmark corpus: the FAQ imported once through the server's
 * importer, then grown with INSERT … SELECT copies of those articles. Each
 * copy's words are shuffled with its serial number as the seed, about one
 * body word in ten is dropped, and the serial is appended to the title. So
 * copies differ in word order and vocabulary instead of repeating the same
 * text. The generated search columns (search_vector,
 * search_vector_simple, search_text) are computed by PostgreSQL on insert,
 * and the GIN indexes are maintained as on any insert.
 */

export const COPY_SOURCE_SYSTEM = 'bench-copy';
/** Copies inserted per transaction, so no single statement inserts the whole 100,000-row batch. */
const COPY_CHUNK = 10_000;
/** One word in this many is dropped from a copy's body. */
const BODY_DROP_ONE_IN = 10;

/** Runs `query` and returns its rows on both drivers: postgres.js returns an array, PGlite an object with `rows`. */
export async function queryRows(db: Database, query: SQL): Promise<Record<string, unknown>[]> {
  const result = (await db.execute(query)) as unknown;
  if (Array.isArray(result)) return result as Record<string, unknown>[];
  return (result as { rows: Record<string, unknown>[] }).rows;
}

export async function countArticles(db: Database): Promise<number> {
  const [row] = await queryRows(db, sql`select count(*)::int as total from articles`);
  return Number(row.total);
}

/**
 * Imports the FAQ file with the server's importer and prepares the copy
 * source table. Returns the number of imported articles. Throws when
 * `signal` stops the import before the last row.
 */
export async function importSeedCorpus(deps: CoreDeps, faqFile: string, signal: AbortSignal): Promise<number> {
  const summary = await importFaqFile(deps, { file: faqFile, signal });
  if (summary.stopped) throw new Error(`FAQ import stopped at the run time limit after ${summary.created} of ${summary.total} rows`);
  if (summary.created === 0) throw new Error(`No articles were imported from ${faqFile}; ${summary.failed.length} rows failed`);

  // Each copy is built from one of these rows, chosen by its serial number modulo the row count.
  await deps.db.execute(sql`
    create table bench_source as
    select (row_number() over (order by a.slug) - 1)::int as position,
      a.slug, a.title, a.body_text, a.body_html, a.topic_id, a.department_id, a.tags, r.doc_state
    from articles a
    join article_revisions r on r.id = a.published_revision_id
    where a.source_system = ${FAQ_SOURCE_SYSTEM}`);
  await deps.db.execute(sql`create unique index on bench_source (position)`);

  // Shuffles the words of `value` in an order fixed by `seed`. With drop_one_in > 0 it also
  // drops about one word in drop_one_in. An input without words is returned unchanged.
  await deps.db.execute(sql`
    create function bench_shuffle(value text, seed bigint, drop_one_in int) returns text
    language sql immutable parallel safe as $$
      select coalesce(string_agg(word, ' ' order by md5(seed || ':' || position)), value)
      from regexp_split_to_table(value, '\\s+') with ordinality as t(word, position)
      where word <> '' and (drop_one_in = 0 or get_byte(decode(md5(seed || '/' || position), 'hex'), 0) % drop_one_in <> 0)
    $$`);
  return summary.created;
}

/**
 * Adds copies until the corpus has `target` articles, then runs ANALYZE.
 * Every copy is a PUBLISHED, PUBLIC article with one published revision
 * carrying the same text, so staff and public search both see it. Returns
 * the seconds spent.
 */
export async function growCorpus(db: Database, target: number, log: Logger): Promise<number> {
  const started = performance.now();
  const [source] = await queryRows(db, sql`select count(*)::int as total from bench_source`);
  const sourceCount = Number(source.total);
  const [copied] = await queryRows(db, sql`select coalesce(max(source_id::int), 0) as last from articles where source_system = ${COPY_SOURCE_SYSTEM}`);
  let nextSerial = Number(copied.last) + 1;
  let current = await countArticles(db);

  while (current < target) {
    const chunk = Math.min(COPY_CHUNK, target - current);
    const lastSerial = nextSerial + chunk - 1;
    await db.transaction(async (tx) => {
      await tx.execute(sql`
        create temp table bench_copies on commit drop as
        select s.serial, gen_random_uuid() as article_id, gen_random_uuid() as revision_id,
          src.slug || '-' || s.serial as slug,
          bench_shuffle(src.title, s.serial, 0) || ' #' || s.serial as title,
          bench_shuffle(src.body_text, s.serial, ${BODY_DROP_ONE_IN}) as body_text,
          src.body_html, src.topic_id, src.department_id, src.tags, src.doc_state
        from generate_series(${nextSerial}::int, ${lastSerial}::int) as s(serial)
        join bench_source src on src.position = s.serial % ${sourceCount}`);
      // articles.published_revision_id and article_revisions.article_id reference each other.
      // Both rows are inserted by one statement, so each foreign key finds its row when it is checked.
      await tx.execute(sql`
        with inserted as (
          insert into articles (id, slug, title, body_text, body_html, topic_id, department_id, tags, audience, status,
            published_revision_id, published_at, source_system, source_id)
          select article_id, slug, title, body_text, body_html, topic_id, department_id, tags, 'public', 'published',
            revision_id, now(), ${COPY_SOURCE_SYSTEM}, serial::text
          from bench_copies
          returning id
        )
        insert into article_revisions (id, article_id, number, kind, title, body_text, body_html, doc_state)
        select revision_id, article_id, 1, 'published', title, body_text, body_html, doc_state
        from bench_copies`);
    });
    nextSerial = lastSerial + 1;
    current += chunk;
    log.info({ articles: current, target, seconds: Math.round((performance.now() - started) / 1000) }, 'corpus grown');
  }

  await db.execute(sql`analyze`);
  return (performance.now() - started) / 1000;
}
