import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { and, eq } from 'drizzle-orm';
import { articles } from '../db/schema.js';
import { inTransaction, type CoreDeps } from '../core/deps.js';
import { ensureDepartment, ensureTopic } from '../directory/service.js';
import { ImportInputError, type RowFailure } from '../import/csv311.js';
import { publishInTransaction } from './revisions.js';
import { BODY_MAX, insertArticle, TITLE_MAX } from './service.js';
import { appendKbEvent, loadArticle } from './views.js';

/**
 * Imports a knowledge-base FAQ export with the columns Topic, Category,
 * Department, question and answer (the City of Boulder "Inquire Boulder"
 * FAQ). Each row becomes a PUBLISHED, PUBLIC article: the question is the
 * title, the answer the body (seeded as a Yjs document), Department the
 * owning department, Topic the topic and Category a tag. Each article's
 * source id is a hash of its topic and question, so a second run skips the
 * rows imported before.
 */

export const FAQ_SOURCE_SYSTEM = 'boulder-faq';
/** The file name looked for in the demo data folder on first start. */
export const DEMO_FAQ_FILE = 'boulder-inquire-faq.csv';

const REQUIRED_COLUMNS = ['Topic', 'Category', 'Department', 'question', 'answer'] as const;

export type FaqImportOptions = {
  file: string;
  /** Called before the first row and after each row, with `total` the number of data rows. */
  onProgress?: (done: number, total: number) => void;
  /** Stops the import after the current row, and the summary then has `stopped: true`. */
  signal?: AbortSignal;
};

export type FaqImportSummary = {
  file: string;
  /** Data rows in the file, without the header. */
  total: number;
  created: number;
  /** Rows whose source id was already imported. */
  skipped: number;
  failed: RowFailure[];
  /** Distinct departments and topics named by the file. */
  departments: number;
  topics: number;
  stopped: boolean;
};

type FaqRow = Record<(typeof REQUIRED_COLUMNS)[number], string>;

/** Collapses white space, including the no-break spaces the export leaves after department names. */
function singleLine(value: string | undefined): string {
  return (value ?? '').replace(/\s+/g, ' ').trim();
}

/** Returns the source id of a row: the first 32 hex digits of SHA-256 over topic and question. */
export function faqSourceId(topic: string, question: string): string {
  return createHash('sha256').update(`${topic}\n${question}`).digest('hex').slice(0, 32);
}

/** Reads and checks the file. Throws ImportInputError when it is missing, unreadable or lacks a column. */
export function readFaqFile(file: string): FaqRow[] {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportInputError(`Cannot read ${file}: ${(error as Error).message}`);
  }
  let rows: Record<string, string>[];
  try {
    rows = parse(text, { bom: true, columns: true, skip_empty_lines: true, relax_column_count: true });
  } catch (error) {
    throw new ImportInputError(`${file} is not a readable CSV file: ${(error as Error).message}`);
  }
  const header = rows.length > 0 ? Object.keys(rows[0]) : [];
  const missing = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (rows.length > 0 && missing.length > 0) {
    throw new ImportInputError(`${file} lacks the column(s) ${missing.join(', ')}; expected a header row of ${REQUIRED_COLUMNS.join(', ')}`);
  }
  return rows as FaqRow[];
}

/**
 * Imports every row of `options.file`, one transaction per row. Rows that
 * cannot be used are listed in `failed` and do not stop the run. A database
 * error stops the run and is thrown; the rows written stay, and the next run
 * continues after them.
 */
export async function importFaqFile(deps: CoreDeps, options: FaqImportOptions): Promise<FaqImportSummary> {
  const file = path.resolve(options.file);
  const rows = readFaqFile(file);
  const summary: FaqImportSummary = {
    file,
    total: rows.length,
    created: 0,
    skipped: 0,
    failed: [],
    departments: 0,
    topics: 0,
    stopped: false,
  };

  const departmentIds = new Map<string, string>();
  const topicIds = new Map<string, string>();
  options.onProgress?.(0, rows.length);

  for (const [index, raw] of rows.entries()) {
    if (options.signal?.aborted) {
      summary.stopped = true;
      break;
    }
    const row = index + 2;
    const topicName = singleLine(raw.Topic);
    const category = singleLine(raw.Category);
    const departmentName = singleLine(raw.Department);
    const question = singleLine(raw.question);
    const answer = (raw.answer ?? '').trim();

    const problem = !question
      ? 'question is empty'
      : !answer
        ? 'answer is empty'
        : question.length > TITLE_MAX
          ? `question is longer than ${TITLE_MAX} characters`
          : answer.length > BODY_MAX
            ? `answer is longer than ${BODY_MAX} characters`
            : undefined;
    const sourceId = faqSourceId(topicName, question);
    if (problem) {
      summary.failed.push({ row, sourceId, reason: problem });
      options.onProgress?.(index + 1, rows.length);
      continue;
    }

    let departmentId: string | null = null;
    if (departmentName) {
      departmentId = departmentIds.get(departmentName) ?? (await ensureDepartment(deps.db, { name: departmentName })).id;
      departmentIds.set(departmentName, departmentId);
    }
    let topicId: string | null = null;
    if (topicName && departmentId) {
      // A topic that already exists keeps its department; the article still names the file's department.
      topicId = topicIds.get(topicName) ?? (await ensureTopic(deps.db, { name: topicName, departmentId })).id;
      topicIds.set(topicName, topicId);
    }

    const created = await inTransaction(deps, async (tx) => {
      const [existing] = await tx
        .select({ id: articles.id })
        .from(articles)
        .where(and(eq(articles.sourceSystem, FAQ_SOURCE_SYSTEM), eq(articles.sourceId, sourceId)));
      if (existing) return false;

      const article = await insertArticle(
        tx,
        undefined,
        { title: question, body: answer, topicId, departmentId, tags: category ? [category] : [], audience: 'public' },
        { source: { system: FAQ_SOURCE_SYSTEM, id: sourceId } },
      );
      await publishInTransaction(tx, article.id, undefined);
      await appendKbEvent(tx, 'published', (await loadArticle(tx, article.id))!);
      return true;
    });
    if (created) summary.created += 1;
    else summary.skipped += 1;
    options.onProgress?.(index + 1, rows.length);
  }

  summary.departments = departmentIds.size;
  summary.topics = topicIds.size;
  return summary;
}

/**
 * Imports the FAQ from `dir` on a server's first start, when the file is
 * there. A missing file is logged and skipped, because the product must
 * start without it; an unreadable one is logged as an error and skipped.
 */
export async function importDemoFaq(deps: CoreDeps, dir: string): Promise<FaqImportSummary | undefined> {
  const log = deps.log.child({ module: 'faq-import' });
  const file = path.join(dir, DEMO_FAQ_FILE);
  if (!fs.existsSync(file)) {
    log.info({ file }, 'FAQ file not found, so no knowledge-base articles are imported');
    return undefined;
  }
  try {
    const summary = await importFaqFile(deps, { file });
    log.info(
      { file, rows: summary.total, created: summary.created, skipped: summary.skipped, failed: summary.failed.length },
      'FAQ articles imported',
    );
    if (summary.failed.length > 0) log.warn({ file, failures: summary.failed.slice(0, 10) }, 'some FAQ rows were not imported');
    return summary;
  } catch (error) {
    if (!(error instanceof ImportInputError)) throw error;
    log.error({ err: error, file }, 'FAQ file could not be read, skipping it');
    return undefined;
  }
}
