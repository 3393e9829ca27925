import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { count, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { articleRevisions, articles, departments } from '../db/schema.js';
import { ImportInputError } from '../import/csv311.js';
import { databaseKinds, useTestDatabase } from '../../test/support/database.js';
import { FAQ_SOURCE_SYSTEM, importFaqFile } from './faq-import.js';
import { findPublicArticle } from './public.js';
import { searchPublicArticles } from './search.js';

const repositoryRoot = path.resolve(import.meta.dirname, '../../../..');
const faqFile = path.resolve(repositoryRoot, '../shared/data/boulder-inquire-faq.csv');
const faqMissing = !fs.existsSync(faqFile);
if (faqMissing) console.warn(`Skipping the real FAQ import tests: ${faqFile} is missing.`);

/** Counts the file's rows and distinct trimmed departments and topics, read independently of the importer. */
function expectedCounts(file: string) {
  const rows = parse(fs.readFileSync(file), { bom: true, columns: true }) as Record<string, string>[];
  const trim = (value: string) => value.replace(/\s+/g, ' ').trim();
  return {
    rows: rows.length,
    departments: new Set(rows.map((row) => trim(row.Department))).size,
    topics: new Set(rows.map((row) => trim(row.Topic))).size,
  };
}

function writeTempCsv(text: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-faq-'));
  const file = path.join(dir, 'faq.csv');
  fs.writeFileSync(file, text);
  return file;
}

describe.each(databaseKinds())('FAQ import on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  const deps = () => testDatabase().deps;

  async function countRows(table: typeof articles | typeof articleRevisions): Promise<number> {
    const [row] = await deps().db.select({ value: count() }).from(table);
    return Number(row.value);
  }

  it('imports a small file and lists bad rows', async () => {
    const file = writeTempCsv(
      [
        'Topic,Category,Department,question,answer',
        'Pothole,Transportation,Public Works\u00a0,How do I report a pothole?,"Use the app.\nOr call 311."',
        'Pothole,Transportation,Public Works\u00a0,Who fixes it?,',
        'Bears,Animals,Planning,Why are there bears in Boulder?,Open space surrounds the city.',
      ].join('\n'),
    );
    const summary = await importFaqFile(deps(), { file });

    expect(summary).toMatchObject({ total: 3, created: 2, skipped: 0, departments: 2, topics: 2, stopped: false });
    expect(summary.failed).toEqual([expect.objectContaining({ row: 3, reason: 'answer is empty' })]);
    const [department] = await deps().db.select().from(departments).where(eq(departments.name, 'Public Works'));
    expect(department).toBeDefined();

    const [article] = await deps().db.select().from(articles).where(eq(articles.title, 'How do I report a pothole?'));
    expect(article).toMatchObject({ status: 'published', audience: 'public', tags: ['Transportation'], sourceSystem: FAQ_SOURCE_SYSTEM });
    expect(article.bodyHtml).toBe('<p>Use the app.</p><p>Or call 311.</p>');
    expect((await findPublicArticle(deps().db, article.slug))?.revision.number).toBe(1);
  });

  it('rejects a file without the FAQ columns', async () => {
    const file = writeTempCsv('Unique Key,Created Date\n1,2020-01-01\n');
    await expect(importFaqFile(deps(), { file })).rejects.toBeInstanceOf(ImportInputError);
  });

  it.skipIf(faqMissing)('imports every FAQ row once', { timeout: 180_000 }, async () => {
    const expected = expectedCounts(faqFile);
    const progress: number[] = [];

    const first = await importFaqFile(deps(), { file: faqFile, onProgress: (done) => progress.push(done) });
    expect(first.failed).toEqual([]);
    expect(first).toMatchObject({ total: expected.rows, created: expected.rows, skipped: 0, departments: expected.departments, topics: expected.topics });
    expect(progress.at(-1)).toBe(expected.rows);
    expect(await countRows(articles)).toBe(expected.rows);
    expect(await countRows(articleRevisions)).toBe(expected.rows);

    const page = await searchPublicArticles(deps().db, { query: 'bears', first: 5 });
    if ('kind' in page) throw new Error(page.message);
    expect(page.totalCount).toBeGreaterThan(0);
    expect(page.items[0].revision.title.toLowerCase()).toContain('bear');

    const second = await importFaqFile(deps(), { file: faqFile });
    expect(second).toMatchObject({ total: expected.rows, created: 0, skipped: expected.rows });
    expect(await countRows(articles)).toBe(expected.rows);
    expect(await countRows(articleRevisions)).toBe(expected.rows);
  });
});
