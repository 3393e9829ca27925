import fs from 'node:fs';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articles } from '../db/schema.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { FAQ_SOURCE_SYSTEM, faqSourceId, importFaqFile } from './faq-import.js';
import { searchArticles, searchPublicArticles } from './search.js';

/**
 * Search quality on the Boulder FAQ: each resident question in
 * fixtures/resident-questions.json is labelled with the FAQ row (topic and
 * exact question text) that answers it, plus any duplicate rows that answer
 * it equally well. The target is a labelled article in the staff search's
 * top 3 for at least 85% of the questions.
 */

type ArticleLabel = { topic: string; title: string };
type ResidentQuestion = ArticleLabel & { question: string; alsoAccepted?: ArticleLabel[] };

/** Results fetched per question; a miss is reported with its position up to this depth. */
const SEARCH_DEPTH = 10;
const TOP_K = 3;
const TARGET_TOP_K_RATE = 0.85;
const MIN_QUESTIONS = 100;

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const faqFile = path.resolve(repositoryRoot, '../shared/data/boulder-inquire-faq.csv');
const faqMissing = !fs.existsSync(faqFile);
if (faqMissing) console.warn(`Skipping the search quality tests: ${faqFile} is missing.`);

/**
 * resident-questions.json was written first and the search was tuned while
 * looking at its misses. resident-questions-holdout.json was written later,
 * for articles drawn at random, to see how the search does on questions it
 * was not tuned for: 27 of its 38 questions (71%) found their article in the
 * top 3 when it was written. The synonyms added after that also cover some
 * of its misses, so its current rate overstates unseen questions.
 */
const readQuestions = (file: string) => JSON.parse(fs.readFileSync(path.join(import.meta.dirname, 'fixtures', file), 'utf8')) as ResidentQuestion[];
const tuningQuestions = readQuestions('resident-questions.json');
const holdoutQuestions = readQuestions('resident-questions-holdout.json');
const questions = [...tuningQuestions, ...holdoutQuestions];

type Outcome = { question: ResidentQuestion; position: number | null; topTitle: string | undefined };
type Score = { top1: number; topK: number; holdoutTopK: number; misses: Outcome[] };

const rateWithin = (outcomes: Outcome[], limit: number) =>
  outcomes.filter((outcome) => outcome.position !== null && outcome.position <= limit).length / outcomes.length;

function score(outcomes: Outcome[]): Score {
  const holdout = outcomes.filter((outcome) => holdoutQuestions.includes(outcome.question));
  return {
    top1: rateWithin(outcomes, 1),
    topK: rateWithin(outcomes, TOP_K),
    holdoutTopK: rateWithin(holdout, TOP_K),
    misses: outcomes.filter((outcome) => outcome.position === null || outcome.position > TOP_K),
  };
}

const percent = (rate: number) => `${(rate * 100).toFixed(1)}%`;

/** Prints the rates and one line per miss: position (or "-" beyond the search depth), question, expected title and the title ranked first. */
function report(label: string, result: Score): void {
  const lines = [
    `${label}: top-1 ${percent(result.top1)}, top-${TOP_K} ${percent(result.topK)} (target ${percent(TARGET_TOP_K_RATE)}) of ${questions.length} questions, ${result.misses.length} misses; top-${TOP_K} of the ${holdoutQuestions.length} held-out questions ${percent(result.holdoutTopK)}`,
    ...result.misses.map(
      (miss) => `  ${String(miss.position ?? '-').padStart(2)} | ${miss.question.question} | expected: ${miss.question.title} | first: ${miss.topTitle ?? '(none)'}`,
    ),
  ];
  console.log(lines.join('\n'));
}

describe.skipIf(faqMissing).each(databaseKinds())('search quality on %s', (kind) => {
  let database: TestDatabase;
  /** Article id by FAQ source id. */
  const articleIds = new Map<string, string>();

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    const summary = await importFaqFile(database.deps, { file: faqFile });
    if (summary.failed.length > 0) throw new Error(`FAQ import failed for ${summary.failed.length} rows: ${JSON.stringify(summary.failed.slice(0, 3))}`);
    const rows = await database.deps.db
      .select({ id: articles.id, sourceId: articles.sourceId })
      .from(articles)
      .where(eq(articles.sourceSystem, FAQ_SOURCE_SYSTEM));
    for (const row of rows) articleIds.set(row.sourceId!, row.id);
  }, 300_000);
  afterAll(async () => {
    await database?.close();
  });

  /** Ids of the articles that answer `question`: the labelled one and its accepted duplicates. */
  function expectedIds(question: ResidentQuestion): Set<string> {
    const labels = [question, ...(question.alsoAccepted ?? [])];
    return new Set(labels.map((label) => articleIds.get(faqSourceId(label.topic, label.title))).filter((id) => id !== undefined));
  }

  /** Runs `search` for every question and records where the first expected article appears. */
  async function measure(search: (query: string) => Promise<{ id: string; title: string }[]>): Promise<Score> {
    const outcomes: Outcome[] = [];
    for (const question of questions) {
      const results = await search(question.question);
      const expected = expectedIds(question);
      const index = results.findIndex((result) => expected.has(result.id));
      outcomes.push({ question, position: index === -1 ? null : index + 1, topTitle: results[0]?.title });
    }
    return score(outcomes);
  }

  it('fixture is large and its labels resolve', () => {
    expect(questions.length).toBeGreaterThanOrEqual(MIN_QUESTIONS);
    const unresolved = questions
      .flatMap((question) => [question, ...(question.alsoAccepted ?? [])])
      .filter((label) => !articleIds.has(faqSourceId(label.topic, label.title)))
      .map((label) => `${label.topic} / ${label.title}`);
    expect(unresolved).toEqual([]);
  });

  it(`staff search finds ${percent(TARGET_TOP_K_RATE)} in top ${TOP_K}`, async () => {
    const result = await measure(async (query) => {
      const page = await searchArticles(database.deps.db, { query }, SEARCH_DEPTH);
      if ('kind' in page) throw new Error(`searchArticles rejected "${query}": ${page.message}`);
      return page.items.map((item) => ({ id: item.article.id, title: item.article.title }));
    });
    report(`staff search on ${kind}`, result);
    expect(result.topK).toBeGreaterThanOrEqual(TARGET_TOP_K_RATE);
  });

  it('public search reports its hit rates', async () => {
    const result = await measure(async (query) => {
      const page = await searchPublicArticles(database.deps.db, { query, first: SEARCH_DEPTH });
      if ('kind' in page) throw new Error(`searchPublicArticles rejected "${query}": ${page.message}`);
      return page.items.map((item) => ({ id: item.article.id, title: item.revision.title }));
    });
    report(`public search on ${kind}`, result);
    expect(result.topK).toBeGreaterThan(0);
  });
});
