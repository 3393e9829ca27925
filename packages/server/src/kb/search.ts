import { and, arrayContains, asc, count, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/client.js';
import { articleRevisions, articles, departments, topics } from '../db/schema.js';
import { isUuid } from '../auth/service.js';
import type { DepartmentRecord, TopicRecord } from '../directory/service.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { escapeHtml } from './richtext.js';
import { residentSynonyms } from './synonyms.js';
import { articleColumns, revisionColumns, type ArticleAudience, type ArticleRecord, type ArticleStatus, type RevisionRecord } from './views.js';

/**
 * Knowledge-base search on PostgreSQL full-text search, the same on PGlite
 * and PostgreSQL. A query runs in passes and the first pass that matches
 * anything gives the results:
 *
 *   all_words  English stemming, every word, the last one as a prefix (queries of up to five words)
 *   any_word   English stemming, any of the words (more matched words rank higher)
 *   simple     no stemming and no stop words removed, so "who" or "just" still match
 *   similar    pg_trgm word similarity, for typos ("potthole" finds "pothole")
 *
 * A query word also matches its synonyms (synonyms.ts) and, in a query of
 * several words, the most similar article word when it matches nothing.
 * all_words and any_word rank by the rarity of the matched words and by
 * whether they occur in the title or the body (weightedRank).
 *
 * User input never reaches to_tsquery's syntax: it is split into words of
 * letters and digits, and each word is passed as a bound parameter through
 * quote_literal, so it is always a single lexeme. Document and query both go
 * through kb_unaccent, so "Muller" finds "Müller" and the other way round.
 */

export type SearchMode = 'all_words' | 'any_word' | 'simple' | 'similar';

/** Words kept from a query; later ones are ignored. */
const MAX_TERMS = 12;
/** Queries of more words skip the all_words pass (see searchPasses). */
const ALL_WORDS_MAX_TERMS = 5;
/** Maximum length of a kept word. Longer words are cut, which only widens a prefix match. */
const TERM_MAX = 64;
export const PAGE_MAX = 100;

/** Highlight markers that ts_headline inserts; they become <mark> after the text is escaped. */
const MARK_START = '\u0002';
const MARK_END = '\u0003';
const TITLE_HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, HighlightAll=true`;
const SNIPPET_HEADLINE_OPTIONS = `StartSel=${MARK_START}, StopSel=${MARK_END}, MaxWords=35, MinWords=15, MaxFragments=2, FragmentDelimiter=" … "`;
/** Length of the snippet shown when there is no query to highlight. */
const PLAIN_SNIPPET_CHARS = 240;

/** Splits a query into lower-case words of letters and digits. */
export function searchTerms(input: string): string[] {
  const words = input.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.slice(0, MAX_TERMS).map((word) => word.slice(0, TERM_MAX));
}

type TextSearchConfig = 'english' | 'simple';

/** One query word and the words searched in its place as well (synonyms and spelling corrections). */
type TermGroup = { words: string[]; prefix: boolean };

/** Makes one group per query term, the last one matching as a prefix. */
function termGroups(terms: string[], expand: (term: string) => string[] = () => []): TermGroup[] {
  return terms.map((term, index) => ({ words: [term, ...expand(term).filter((word) => word !== term)], prefix: index === terms.length - 1 }));
}

/**
 * Builds the tsquery of one group: its words joined by OR, the first word as
 * a prefix when the group is the last one. Each word is a bound parameter
 * quoted by quote_literal, so it is one lexeme whatever it contains. With a
 * weight, the query matches only lexemes of that weight (A title, B body).
 */
function groupTsQuery(config: TextSearchConfig, group: TermGroup, weight: '' | 'A' | 'B' = ''): SQL {
  const parts = group.words.map((word, index) => {
    const labels = `${group.prefix && index === 0 ? '*' : ''}${weight}`;
    const suffix = labels ? `:${labels}` : '';
    return sql`to_tsquery(${sql.raw(`'${config}'`)}::regconfig, quote_literal(kb_unaccent(${word})) || ${suffix})`;
  });
  return parts.length === 1 ? parts[0] : sql`(${sql.join(parts, sql.raw(' || '))})`;
}

/** Builds a tsquery from the groups joined by `operator`. */
function buildTsQuery(config: TextSearchConfig, groups: TermGroup[], operator: '&&' | '||'): SQL {
  return sql`(${sql.join(
    groups.map((group) => groupTsQuery(config, group)),
    sql.raw(` ${operator} `),
  )})`;
}

/** Weight of a matched word by where it occurs: A is the title, B the body, context the article's topic name. */
const FIELD_WEIGHTS = { a: 1, b: 0.5, context: 0.3 } as const;
/**
 * BM25's length normalization b for title matches. A title match counts
 * 1 / (1 - b + b * title length / average title length) times its weight.
 * So a word matched in a short title counts more than in a long one.
 */
const TITLE_LENGTH_NORMALIZATION = 0.3;
/** Weight of two adjacent query words found adjacent in the document, times the rarer word's weight. */
const PHRASE_WEIGHT = 0.5;

/**
 * Ranks by the query words a document contains. Each word is weighted by
 * how rare it is among the searched documents (BM25's inverse document
 * frequency), by the field it occurs in (title, body or the topic name) and,
 * in the title, by the title's length. So a rare word in a short title
 * outranks common words such as "city" or "permit" in the body. Adjacent
 * query words found adjacent add a bonus, and ts_rank breaks ties.
 */
function weightedRank(columns: SearchColumns, groups: TermGroup[], frequencies: DocumentFrequencies): SQL<number> {
  const vector = columns.vector;
  const queries = groups.map((group) => groupTsQuery('english', group));
  const idf = inverseDocumentFrequencies(frequencies);
  const b = TITLE_LENGTH_NORMALIZATION;
  const titleLength = sql`length(ts_filter(${vector}, '{a}'))`;
  const titleNormalization = sql`(${sql.raw(String(1 - b))} + ${sql.raw(String(b))} * ${titleLength} / ${sql.raw(String(Math.max(frequencies.averageTitleLength, 1)))}::float8)`;
  // Weight-restricted queries ('word':A) test the title or the body without copying the vector.
  const terms = groups.flatMap((group, index) => [
    sql`${sql.raw(String(idf[index] * FIELD_WEIGHTS.a))}::float8 * (${vector} @@ ${groupTsQuery('english', group, 'A')})::int / ${titleNormalization}`,
    sql`${sql.raw(String(idf[index] * FIELD_WEIGHTS.b))}::float8 * (${vector} @@ ${groupTsQuery('english', group, 'B')})::int`,
    ...(columns.context ? [sql`${sql.raw(String(idf[index] * FIELD_WEIGHTS.context))}::float8 * (coalesce(${columns.context.rank} @@ ${queries[index]}, false))::int`] : []),
  ]);
  // Two query words that stand next to each other in the document too ("drivers license") are
  // likelier to name its subject than the same words apart, so each adjacent pair adds a bonus.
  // Stop words are skipped, and the distance between the two words is kept, as phraseto_tsquery does.
  const phrases: SQL[] = [];
  const kept = queries.map((_, index) => index).filter((index) => !frequencies.stopWord[index]);
  for (let k = 1; k < kept.length; k++) {
    const [first, second] = [kept[k - 1], kept[k]];
    const pairIdf = Math.min(idf[first], idf[second]) * PHRASE_WEIGHT;
    const phrase = sql`tsquery_phrase(${queries[first]}, ${queries[second]}, ${sql.raw(String(second - first))})`;
    phrases.push(sql`${sql.raw(String(pairIdf))}::float8 * (${vector} @@ ${phrase})::int`);
  }
  const tieBreak = sql`0.01 * ts_rank(${vector}, ${sql.join(queries, sql.raw(' || '))}, 1)`;
  return sql<number>`(${sql.join([...terms, ...phrases], sql.raw(' + '))} + ${tieBreak})`;
}

/**
 * Rows read to estimate how rare each query word is. Counting over every row
 * made each search scan the whole knowledge base, so the counts come from the
 * first rows the filter selects: exact up to this size, an estimate above it.
 */
const FREQUENCY_SAMPLE_ROWS = 2_000;

/** Number of sampled documents, their average number of title lexemes and, for each group, the number that match it. */
type DocumentFrequencies = { total: number; averageTitleLength: number; matching: number[]; stopWord: boolean[] };

async function documentFrequencies(source: SearchSource, groups: TermGroup[]): Promise<DocumentFrequencies> {
  const fields: Record<string, SQL> = {
    total: sql<number>`count(*)::int`,
    averageTitleLength: sql<number>`coalesce(avg(length(ts_filter(${source.columns.vector}, '{a}'))), 0)::float8`,
  };
  groups.forEach((group, index) => {
    fields[`n${index}`] = sql<number>`(count(*) filter (where ${source.columns.vector} @@ ${groupTsQuery('english', group)}))::int`;
    fields[`s${index}`] = sql<boolean>`numnode(${groupTsQuery('english', group)}) = 0`;
  });
  const [row] = await source.sample(fields, FREQUENCY_SAMPLE_ROWS);
  return {
    total: Number(row?.total ?? 0),
    averageTitleLength: Number(row?.averageTitleLength ?? 0),
    matching: groups.map((_, index) => Number(row?.[`n${index}`] ?? 0)),
    stopWord: groups.map((_, index) => row?.[`s${index}`] === true),
  };
}

/** Returns BM25's inverse document frequency of each group: ln(1 + (N - n + 0.5) / (n + 0.5)). */
function inverseDocumentFrequencies(frequencies: DocumentFrequencies): number[] {
  return frequencies.matching.map((matching) => Math.log(1 + (frequencies.total - matching + 0.5) / (matching + 0.5)));
}

/** Shortest query word that is replaced by a similar word when it matches no document. */
const CORRECTION_MIN_LENGTH = 4;
/** Minimum pg_trgm similarity between a query word and the vocabulary word that replaces it. */
const CORRECTION_MIN_SIMILARITY = 0.4;

/**
 * Returns a function that finds the word of `documents` most similar to a
 * misspelled query word ("grafitti" gives "graffiti"), or undefined.
 * `documents` is a query selecting a simple-configuration tsvector column,
 * because ts_stat lists the words of such a column. It is a constant of this
 * file and never contains user input.
 * ts_stat reads every listed document on each call, so `documents` lists at
 * most FREQUENCY_SAMPLE_ROWS of them: in a larger knowledge base, a word that
 * occurs only outside the sample is not offered as a correction.
 */
function vocabularyCorrector(db: Queryable, documents: string): (word: string) => Promise<string | undefined> {
  return async (word) => {
    const [row] = await db
      .select({ word: sql<string>`word` })
      .from(sql`ts_stat(${documents})`)
      .where(sql`similarity(word, kb_unaccent(${word})) >= ${CORRECTION_MIN_SIMILARITY}`)
      .orderBy(sql`similarity(word, kb_unaccent(${word})) desc`, sql`nentry desc`, sql`word`)
      .limit(1);
    return row?.word;
  };
}

/** Returns whether any row that the source's filter selects matches `query`. */
async function anyMatch(source: SearchSource, query: SQL): Promise<boolean> {
  const rows = await source.query({ found: sql<number>`1` }, and(source.filter, sql`${source.columns.vector} @@ ${query}`), { limit: 1 });
  return rows.length > 0;
}

/**
 * Adds a spelling correction to each group whose words match no document,
 * so one misspelled word of a question does not drop out of the ranking.
 * Returns undefined when nothing was corrected. A one-word query is left to
 * the similar pass, which compares it with the whole text.
 */
async function correctGroups(source: SearchSource, groups: TermGroup[], frequencies: DocumentFrequencies): Promise<TermGroup[] | undefined> {
  if (!source.correct || groups.length < 2) return undefined;
  let changed = false;
  const corrected: TermGroup[] = [];
  for (const [index, group] of groups.entries()) {
    const word = group.words[0];
    const candidate = frequencies.matching[index] === 0 && !frequencies.stopWord[index] && word.length >= CORRECTION_MIN_LENGTH && !/\d/.test(word);
    // The frequencies come from a sample, so a word missing from it is checked against every row.
    const misspelled = candidate && !(await anyMatch(source, groupTsQuery('english', group)));
    const correction = misspelled ? await source.correct(word) : undefined;
    if (correction && correction !== word) {
      corrected.push({ ...group, words: [...group.words, correction] });
      changed = true;
    } else {
      corrected.push(group);
    }
  }
  return changed ? corrected : undefined;
}

/** The searchable columns of one source (articles, published revisions, topics, departments). */
export type SearchColumns = {
  vector: SQL;
  simpleVector: SQL;
  text: SQL;
  title: SQL;
  body: SQL;
  /**
   * The row's context: the name of the article's topic, which FAQ answers such
   * as "How much is the rebate?" leave out of their own text. `rank` is its
   * English tsvector, which ranks below the body. `matches` returns a condition
   * that is true when the context matches a tsquery and that can use indexes.
   */
  context?: { rank: SQL; matches: (query: SQL) => SQL };
};

/** Returns a condition true when the row's text or its context matches `query`. */
function matchesWithContext(columns: SearchColumns, query: SQL): SQL {
  if (!columns.context) return sql`${columns.vector} @@ ${query}`;
  return sql`(${columns.vector} @@ ${query} or ${columns.context.matches(query)})`;
}

type Pass = {
  mode: SearchMode;
  match: (columns: SearchColumns) => SQL;
  rank: (columns: SearchColumns) => SQL<number>;
  /** The configuration and query that ts_headline highlights with. */
  headline: { config: 'kb_english' | 'kb_simple'; query: SQL };
};

/**
 * Largest share of the documents a word may match and still select rows in
 * the any_word pass. Words this common ("city", "pay") rank results but do
 * not widen them: otherwise every search of a long question would rank most
 * of the knowledge base. Search engines call this a common-terms query.
 */
const COMMON_WORD_SHARE = 0.1;

/** Returns the groups that match at most COMMON_WORD_SHARE of the documents, or all of them when none does. */
function informativeGroups(groups: TermGroup[], frequencies: DocumentFrequencies): TermGroup[] {
  const limit = Math.max(1, frequencies.total * COMMON_WORD_SHARE);
  const informative = groups.filter((_, index) => !frequencies.stopWord[index] && frequencies.matching[index] <= limit);
  return informative.length > 0 ? informative : groups;
}

function searchPasses(terms: string[], groups: TermGroup[], frequencies: DocumentFrequencies): Pass[] {
  const passes: Pass[] = [];
  const queries = groups.map((group) => groupTsQuery('english', group));

  const allWords = buildTsQuery('english', groups, '&&');
  // A query of more than ALL_WORDS_MAX_TERMS words is a sentence rather than keywords. Requiring
  // every word of it finds the articles that happen to repeat its filler words ("right now",
  // "who do I call"), so such queries start with any_word and rely on the ranking.
  if (groups.length <= ALL_WORDS_MAX_TERMS) {
    passes.push({
      mode: 'all_words',
      match: (columns) => sql`${columns.vector} @@ ${allWords}`,
      rank: (columns) => weightedRank(columns, groups, frequencies),
      headline: { config: 'kb_english', query: allWords },
    });
  }

  if (groups.length > 1) {
    const anyWord = buildTsQuery('english', informativeGroups(groups, frequencies), '||');
    passes.push({
      mode: 'any_word',
      match: (columns) => matchesWithContext(columns, anyWord),
      rank: (columns) => weightedRank(columns, groups, frequencies),
      headline: { config: 'kb_english', query: anyWord },
    });
  }

  // The simple and similar passes search the words as typed, without synonyms or corrections.
  const plainGroups = termGroups(terms);
  const simple = buildTsQuery('simple', plainGroups, '&&');
  passes.push({
    mode: 'simple',
    match: (columns) => sql`${columns.simpleVector} @@ ${simple}`,
    rank: (columns) => sql<number>`ts_rank(${columns.simpleVector}, ${simple})`,
    headline: { config: 'kb_simple', query: simple },
  });
  // `<%` is true when word_similarity reaches pg_trgm.word_similarity_threshold (0.6 by default),
  // and can use the trigram index on the search text.
  const phrase = sql`lower(kb_unaccent(${terms.join(' ')}))`;
  passes.push({
    mode: 'similar',
    match: (columns) => sql`${phrase} <% ${columns.text}`,
    rank: (columns) => sql<number>`word_similarity(${phrase}, ${columns.text})`,
    headline: { config: 'kb_simple', query: buildTsQuery('simple', plainGroups, '||') },
  });
  return passes;
}

/** Turns ts_headline output into HTML: the text escaped, the matched words in <mark>. */
export function headlineToHtml(raw: string): string {
  return escapeHtml(raw).replaceAll(MARK_START, '<mark>').replaceAll(MARK_END, '</mark>');
}

/** Returns the start of `text` as escaped HTML, cut at a word boundary, for results listed without a query. */
export function plainSnippet(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= PLAIN_SNIPPET_CHARS) return escapeHtml(flat);
  const cut = flat.slice(0, PLAIN_SNIPPET_CHARS);
  const space = cut.lastIndexOf(' ');
  return `${escapeHtml(space > PLAIN_SNIPPET_CHARS / 2 ? cut.slice(0, space) : cut)} …`;
}

/** One query of a search source: selects `fields` from the source's tables where `where` holds. */
type SourceQuery = (fields: Record<string, SQL>, where: SQL | undefined, options?: { orderBy?: SQL[]; limit?: number; offset?: number }) => Promise<Record<string, unknown>[]>;

type SearchSource = {
  columns: SearchColumns;
  key: SQL;
  filter: SQL | undefined;
  query: SourceQuery;
  /**
   * Selects `fields` over at most `limit` rows that the filter selects. The
   * fields may refer only to the column behind `columns.vector`.
   */
  sample: (fields: Record<string, SQL>, limit: number) => Promise<Record<string, unknown>[]>;
  /** Returns a correctly spelled word similar to a query word that matches nothing; without it, no correction. */
  correct?: (word: string) => Promise<string | undefined>;
};

export type Highlight = { titleHighlight: string; snippet: string };
export type RankedKey = { key: string; rank: number } & Highlight;
export type RankedPage = { mode: SearchMode; totalCount: number; items: RankedKey[] };

/**
 * Runs the search passes over `source` and returns one page of keys with
 * rank and highlights from the first pass that matches anything.
 */
async function searchSource(source: SearchSource, terms: string[], limit: number, offset: number): Promise<RankedPage> {
  let groups = termGroups(terms, residentSynonyms);
  let frequencies = await documentFrequencies(source, groups);
  const corrected = await correctGroups(source, groups, frequencies);
  if (corrected) {
    groups = corrected;
    frequencies = await documentFrequencies(source, groups);
  }
  const passes = searchPasses(terms, groups, frequencies);
  for (const pass of passes) {
    const where = and(source.filter, pass.match(source.columns));
    const [counted] = await source.query({ total: sql<number>`count(*)::int` }, where);
    const totalCount = Number(counted?.total ?? 0);
    if (totalCount === 0 && pass !== passes[passes.length - 1]) continue;
    if (totalCount === 0) return { mode: pass.mode, totalCount: 0, items: [] };

    const rank = pass.rank(source.columns);
    const page = await source.query({ key: source.key, rank }, where, { orderBy: [sql`2 desc`, sql`1 asc`], limit, offset });
    const keys = page.map((row) => String(row.key));
    const highlights = await readHighlights(source, keys, pass);
    const items = page.map((row) => ({ key: String(row.key), rank: Number(row.rank), ...highlights.get(String(row.key))! }));
    return { mode: pass.mode, totalCount, items };
  }
  throw new Error('searchPasses returned no pass');
}

/** Computes highlights only for the rows of one page, because ts_headline is slow. */
async function readHighlights(source: SearchSource, keys: string[], pass: Pass): Promise<Map<string, Highlight>> {
  if (keys.length === 0) return new Map();
  const config = sql.raw(`'${pass.headline.config}'::regconfig`);
  const rows = await source.query(
    {
      key: source.key,
      title: sql<string>`ts_headline(${config}, ${source.columns.title}, ${pass.headline.query}, ${TITLE_HEADLINE_OPTIONS})`,
      snippet: sql<string>`ts_headline(${config}, ${source.columns.body}, ${pass.headline.query}, ${SNIPPET_HEADLINE_OPTIONS})`,
    },
    and(source.filter, sql`${source.key} in (${sql.join(
      keys.map((key) => sql`${key}`),
      sql`, `,
    )})`),
  );
  return new Map(rows.map((row) => [String(row.key), { titleHighlight: headlineToHtml(String(row.title)), snippet: headlineToHtml(String(row.snippet)) }]));
}

// ---------------------------------------------------------------------------
// Cursors

/** Search results are ranked, so pages are offsets; the cursor is the offset of the next row. */
export function encodeOffsetCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

export function decodeOffsetCursor(cursor: string | null | undefined): number | InvalidInputResult {
  if (cursor == null) return 0;
  const match = /^o:(\d{1,9})$/.exec(Buffer.from(cursor, 'base64url').toString());
  if (!match) return invalidField('after', 'after must be the endCursor of a previous page');
  return Number(match[1]);
}

function pageSize(first: number | null | undefined): number | InvalidInputResult {
  const size = first ?? 25;
  if (!Number.isInteger(size) || size < 1 || size > PAGE_MAX) return invalidField('first', `first must be between 1 and ${PAGE_MAX}`);
  return size;
}

// ---------------------------------------------------------------------------
// Staff article search and listing

export type ArticleFilter = {
  query?: string | null;
  /** Defaults to DRAFT and PUBLISHED: archived articles are listed only when asked for. */
  statuses?: ArticleStatus[] | null;
  audiences?: ArticleAudience[] | null;
  topicId?: string | null;
  departmentId?: string | null;
  tag?: string | null;
  /** Only articles never verified or last verified before this instant. */
  verifiedBefore?: Date | null;
};

export type ArticleHit = { article: ArticleRecord; rank: number; titleHighlight: string; snippet: string };
export type ArticlePage = {
  mode: SearchMode | null;
  totalCount: number;
  items: ArticleHit[];
  /** Position of the first item in the whole result list. */
  offset: number;
  endCursor: string | null;
  hasNextPage: boolean;
};

const filterSchema = z.object({
  query: z.string().max(500, 'query must be at most 500 characters').nullish(),
  tag: z.string().max(100, 'tag must be at most 100 characters').nullish(),
});

function staffConditions(filter: ArticleFilter): SQL | undefined | InvalidInputResult {
  const conditions: SQL[] = [];
  const statuses = filter.statuses?.length ? filter.statuses : (['draft', 'published'] as ArticleStatus[]);
  conditions.push(inArray(articles.status, statuses));
  if (filter.audiences?.length) conditions.push(inArray(articles.audience, filter.audiences));
  if (filter.topicId) {
    if (!isUuid(filter.topicId)) return invalidField('filter.topicId', `no topic with id ${filter.topicId.slice(0, 40)}`);
    conditions.push(eq(articles.topicId, filter.topicId));
  }
  if (filter.departmentId) {
    if (!isUuid(filter.departmentId)) return invalidField('filter.departmentId', `no department with id ${filter.departmentId.slice(0, 40)}`);
    conditions.push(eq(articles.departmentId, filter.departmentId));
  }
  if (filter.tag?.trim()) conditions.push(arrayContains(articles.tags, [filter.tag.trim()]));
  if (filter.verifiedBefore) {
    const verifiedBefore = or(sql`${articles.verifiedAt} is null`, lt(articles.verifiedAt, filter.verifiedBefore));
    if (verifiedBefore) conditions.push(verifiedBefore);
  }
  return and(...conditions);
}

const topicNameVector = sql`${topics.nameVector}`;

/** The topic context of an article: its topic's name (topics are joined by the source's query). */
const articleTopicContext: NonNullable<SearchColumns['context']> = {
  rank: topicNameVector,
  matches: (query) => sql`${articles.topicId} in (select ${topics.id} from ${topics} where ${topicNameVector} @@ ${query})`,
};

const articleSearchColumns: SearchColumns = {
  vector: sql`${articles.searchVector}`,
  simpleVector: sql`${articles.searchVectorSimple}`,
  text: sql`${articles.searchText}`,
  title: sql`${articles.title}`,
  body: sql`${articles.bodyText}`,
  context: articleTopicContext,
};

/**
 * Returns a FROM item with at most `limit` rows of `column` that `rows`
 * selects, aliased as the column's table, so that expressions written for
 * the table work on the sample.
 */
function sampleOf(column: SQL, table: string, rows: SQL, limit: number): SQL {
  return sql`(select ${column} ${rows} limit ${sql.raw(String(limit))}) as ${sql.identifier(table)}`;
}

const whereClause = (filter: SQL | undefined) => (filter ? sql`where ${filter}` : sql``);

function articleSource(db: Queryable, filter: SQL | undefined): SearchSource {
  const rows = sql`from ${articles} ${whereClause(filter)}`;
  return {
    columns: articleSearchColumns,
    key: sql`${articles.id}`,
    filter,
    sample: async (fields, limit) => db.select(fields).from(sampleOf(sql`${articles.searchVector}`, 'articles', rows, limit)),
    correct: vocabularyCorrector(db, `select search_vector_simple from articles limit ${FREQUENCY_SAMPLE_ROWS}`),
    query: async (fields, where, options = {}) => {
      let query = db.select(fields).from(articles).leftJoin(topics, eq(topics.id, articles.topicId)).where(where).$dynamic();
      if (options.orderBy) query = query.orderBy(...options.orderBy);
      if (options.limit !== undefined) query = query.limit(options.limit);
      if (options.offset !== undefined) query = query.offset(options.offset);
      return query;
    },
  };
}

/**
 * Staff list and search of articles. With a query, results are ranked by
 * relevance and carry highlights; without one, they are sorted by title.
 */
export async function searchArticles(
  db: Queryable,
  filter: ArticleFilter,
  first?: number | null,
  after?: string | null,
): Promise<ArticlePage | InvalidInputResult> {
  const checked = filterSchema.safeParse(filter);
  if (!checked.success) return invalidField(`filter.${String(checked.error.issues[0].path[0])}`, checked.error.issues[0].message);
  const limit = pageSize(first);
  if (typeof limit !== 'number') return limit;
  const offset = decodeOffsetCursor(after);
  if (typeof offset !== 'number') return offset;
  const conditions = staffConditions(filter);
  if (conditions && 'kind' in conditions) return conditions;

  const terms = searchTerms(filter.query ?? '');
  if (terms.length === 0) {
    const [counted] = await db.select({ total: count() }).from(articles).where(conditions);
    const rows = await db.select(articleColumns).from(articles).where(conditions).orderBy(asc(articles.title), asc(articles.id)).limit(limit).offset(offset);
    const items = rows.map((article) => ({ article, rank: 0, titleHighlight: escapeHtml(article.title), snippet: plainSnippet(article.bodyText) }));
    return pageOf(null, Number(counted.total), items, offset);
  }

  const ranked = await searchSource(articleSource(db, conditions), terms, limit, offset);
  const keys = ranked.items.map((item) => item.key);
  const rows = keys.length ? await db.select(articleColumns).from(articles).where(inArray(articles.id, keys)) : [];
  const loaded = new Map(rows.map((row) => [row.id, row]));
  const items = ranked.items
    .filter((item) => loaded.has(item.key))
    .map((item) => ({ article: loaded.get(item.key)!, rank: item.rank, titleHighlight: item.titleHighlight, snippet: item.snippet }));
  return pageOf(ranked.mode, ranked.totalCount, items, offset);
}

function pageOf<T>(mode: SearchMode | null, totalCount: number, items: T[], offset: number) {
  const next = offset + items.length;
  return { mode, totalCount, items, offset, endCursor: items.length ? encodeOffsetCursor(next) : null, hasNextPage: next < totalCount };
}

// ---------------------------------------------------------------------------
// Public search: the published revision of PUBLISHED + PUBLIC articles only

export type PublicHit = { article: ArticleRecord; revision: RevisionRecord; rank: number; titleHighlight: string; snippet: string };
export type PublicPage = Omit<ArticlePage, 'items'> & { items: PublicHit[] };

/** The only rows anonymous callers may see. Every public query goes through this condition. */
export const publiclyVisible = and(eq(articles.status, 'published'), eq(articles.audience, 'public'), sql`${articles.publishedRevisionId} is not null`)!;

const revisionSearchColumns: SearchColumns = {
  vector: sql`${articleRevisions.searchVector}`,
  simpleVector: sql`${articleRevisions.searchVectorSimple}`,
  text: sql`${articleRevisions.searchText}`,
  title: sql`${articleRevisions.title}`,
  body: sql`${articleRevisions.bodyText}`,
  context: articleTopicContext,
};

function publicSource(db: Queryable, filter: SQL): SearchSource {
  const rows = sql`from ${articles} inner join ${articleRevisions} on ${articleRevisions.id} = ${articles.publishedRevisionId} where ${filter}`;
  return {
    columns: revisionSearchColumns,
    key: sql`${articles.id}`,
    filter,
    sample: async (fields, limit) => db.select(fields).from(sampleOf(sql`${articleRevisions.searchVector}`, 'article_revisions', rows, limit)),
    correct: vocabularyCorrector(
      db,
      `select r.search_vector_simple from articles a join article_revisions r on r.id = a.published_revision_id where a.status = 'published' and a.audience = 'public' limit ${FREQUENCY_SAMPLE_ROWS}`,
    ),
    query: async (fields, where, options = {}) => {
      let query = db
        .select(fields)
        .from(articles)
        .innerJoin(articleRevisions, eq(articleRevisions.id, articles.publishedRevisionId))
        .leftJoin(topics, eq(topics.id, articles.topicId))
        .where(where)
        .$dynamic();
      if (options.orderBy) query = query.orderBy(...options.orderBy);
      if (options.limit !== undefined) query = query.limit(options.limit);
      if (options.offset !== undefined) query = query.offset(options.offset);
      return query;
    },
  };
}

async function loadPublicRows(db: Queryable, ids: string[]): Promise<Map<string, { article: ArticleRecord; revision: RevisionRecord }>> {
  if (ids.length === 0) return new Map();
  const rows = await db
    .select({ article: articleColumns, revision: revisionColumns })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.publishedRevisionId))
    .where(and(publiclyVisible, inArray(articles.id, ids)));
  return new Map(rows.map((row) => [row.article.id, row]));
}

/** Search and list for residents, over published public revisions only. */
export async function searchPublicArticles(
  db: Queryable,
  options: { query?: string | null; topicId?: string | null; first?: number | null; after?: string | null },
): Promise<PublicPage | InvalidInputResult> {
  if ((options.query?.length ?? 0) > 500) return invalidField('query', 'query must be at most 500 characters');
  const limit = pageSize(options.first);
  if (typeof limit !== 'number') return limit;
  const offset = decodeOffsetCursor(options.after);
  if (typeof offset !== 'number') return offset;
  let filter = publiclyVisible;
  if (options.topicId) {
    if (!isUuid(options.topicId)) return invalidField('topicId', `no topic with id ${options.topicId.slice(0, 40)}`);
    filter = and(filter, eq(articles.topicId, options.topicId))!;
  }

  const terms = searchTerms(options.query ?? '');
  if (terms.length === 0) {
    const [counted] = await db.select({ total: count() }).from(articles).where(filter);
    const keys = await db.select({ id: articles.id }).from(articles).innerJoin(articleRevisions, eq(articleRevisions.id, articles.publishedRevisionId)).where(filter).orderBy(asc(articleRevisions.title), asc(articles.id)).limit(limit).offset(offset);
    const rows = await loadPublicRows(db, keys.map((key) => key.id));
    const items = keys
      .filter((key) => rows.has(key.id))
      .map((key) => {
        const row = rows.get(key.id)!;
        return { ...row, rank: 0, titleHighlight: escapeHtml(row.revision.title), snippet: plainSnippet(row.revision.bodyText) };
      });
    return pageOf(null, Number(counted.total), items, offset);
  }

  const ranked = await searchSource(publicSource(db, filter), terms, limit, offset);
  const rows = await loadPublicRows(db, ranked.items.map((item) => item.key));
  const items = ranked.items
    .filter((item) => rows.has(item.key))
    .map((item) => ({ ...rows.get(item.key)!, rank: item.rank, titleHighlight: item.titleHighlight, snippet: item.snippet }));
  return pageOf(ranked.mode, ranked.totalCount, items, offset);
}

// ---------------------------------------------------------------------------
// Directory: which department owns a question

export type DirectoryMatch = { department: DepartmentRecord; topic: TopicRecord | null; rank: number; titleHighlight: string; snippet: string };
export type DirectoryResult = { mode: SearchMode | null; hits: DirectoryMatch[] };

const english = (value: SQL, weight: 'A' | 'B') => sql`setweight(to_tsvector('english'::regconfig, kb_unaccent(${value})), ${sql.raw(`'${weight}'`)})`;
const simple = (value: SQL, weight: 'A' | 'B') => sql`setweight(to_tsvector('simple'::regconfig, kb_unaccent(${value})), ${sql.raw(`'${weight}'`)})`;

function directoryColumns(title: SQL, body: SQL): SearchColumns {
  return {
    vector: sql`(${english(title, 'A')} || ${english(body, 'B')})`,
    simpleVector: sql`(${simple(title, 'A')} || ${simple(body, 'B')})`,
    text: sql`lower(kb_unaccent(${title} || ' ' || ${body}))`,
    title,
    body,
  };
}

const departmentBody = sql`(${departments.description} || ' ' || array_to_string(${departments.responsibilities}, '. '))`;

/**
 * Finds the topics and departments that match a routing question such as
 * "tree touching a power line", best first. A topic hit carries the
 * department that owns the topic, so one search names the owner.
 */
export async function searchDirectory(db: Queryable, query: string, first?: number | null): Promise<DirectoryResult | InvalidInputResult> {
  if (query.length > 500) return invalidField('query', 'query must be at most 500 characters');
  const limit = pageSize(first ?? 10);
  if (typeof limit !== 'number') return limit;
  const terms = searchTerms(query);
  if (terms.length === 0) return { mode: null, hits: [] };

  const topicSource: SearchSource = {
    columns: directoryColumns(sql`${topics.name}`, sql`${topics.description}`),
    key: sql`${topics.id}`,
    filter: undefined,
    sample: async (fields, limit) => db.select(fields).from(sampleOf(sql`*`, 'topics', sql`from ${topics}`, limit)),
    query: async (fields, where, options = {}) => {
      let built = db.select(fields).from(topics).where(where).$dynamic();
      if (options.orderBy) built = built.orderBy(...options.orderBy);
      if (options.limit !== undefined) built = built.limit(options.limit);
      return built;
    },
  };
  const departmentSource: SearchSource = {
    columns: directoryColumns(sql`${departments.name}`, departmentBody),
    key: sql`${departments.id}`,
    filter: undefined,
    sample: async (fields, limit) => db.select(fields).from(sampleOf(sql`*`, 'departments', sql`from ${departments}`, limit)),
    query: async (fields, where, options = {}) => {
      let built = db.select(fields).from(departments).where(where).$dynamic();
      if (options.orderBy) built = built.orderBy(...options.orderBy);
      if (options.limit !== undefined) built = built.limit(options.limit);
      return built;
    },
  };

  // Both searches use the same passes; the stricter mode of the two is reported.
  const [topicPage, departmentPage] = [await searchSource(topicSource, terms, limit, 0), await searchSource(departmentSource, terms, limit, 0)];
  const modeOrder: SearchMode[] = ['all_words', 'any_word', 'simple', 'similar'];
  const pages = [topicPage, departmentPage].filter((page) => page.totalCount > 0);
  if (pages.length === 0) return { mode: null, hits: [] };
  const mode = modeOrder.find((candidate) => pages.some((page) => page.mode === candidate))!;
  const strict = pages.filter((page) => page.mode === mode);

  const topicItems = strict.includes(topicPage) ? topicPage.items : [];
  const departmentItems = strict.includes(departmentPage) ? departmentPage.items : [];
  const topicRows = topicItems.length ? await db.select().from(topics).where(inArray(topics.id, topicItems.map((item) => item.key))) : [];
  const departmentIds = [...new Set([...departmentItems.map((item) => item.key), ...topicRows.map((topic) => topic.departmentId)])];
  const departmentRows = departmentIds.length ? await db.select().from(departments).where(inArray(departments.id, departmentIds)) : [];
  const topicById = new Map(topicRows.map((row) => [row.id, row]));
  const departmentById = new Map(departmentRows.map((row) => [row.id, row]));

  const hits: DirectoryMatch[] = [
    ...topicItems.map((item) => {
      const topic = topicById.get(item.key)!;
      return { department: departmentById.get(topic.departmentId)!, topic, rank: item.rank, titleHighlight: item.titleHighlight, snippet: item.snippet };
    }),
    ...departmentItems.map((item) => ({
      department: departmentById.get(item.key)!,
      topic: null,
      rank: item.rank,
      titleHighlight: item.titleHighlight,
      snippet: item.snippet,
    })),
  ];
  // A topic outranks its own department at equal rank: it names the reason as well as the owner.
  hits.sort((a, b) => b.rank - a.rank || Number(b.topic !== null) - Number(a.topic !== null));
  return { mode, hits: hits.slice(0, limit) };
}

/** Returns the published articles that best match a question, for the suggestions in the inquiry view. */
export async function suggestArticles(db: Queryable, question: string, first: number): Promise<ArticleHit[]> {
  const page = await searchArticles(db, { query: question, statuses: ['published'] }, first);
  return 'kind' in page ? [] : page.items;
}

