import { randomBytes } from 'node:crypto';
import { and, asc, eq, sql, type SQL } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type * as Y from 'yjs';
import { z } from 'zod';
import type { Queryable, Transaction } from '../db/client.js';
import { articleRelations, articles, departments } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { isUuid } from '../auth/service.js';
import { findDepartment, findTopic, type DepartmentRecord } from '../directory/service.js';
import type { NotFoundError } from '../inquiries/service.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalText, requiredText } from '../validation/text.js';
import { createDocument } from './doc.js';
import { appendKbEvent, articleColumns, loadArticle, loadArticles, type ArticleAudience, type ArticleRecord, type ArticleStatus, type KbEventType } from './views.js';

/** Limits on article fields. */
export const TITLE_MAX = 500;
/** Maximum plain text accepted to start an article's document. */
export const BODY_MAX = 50_000;
const TAG_MAX = 60;
const TAGS_MAX = 20;
export const RELATED_MAX = 20;
const SLUG_MAX = 80;

export type ArticleVersionConflictError = { kind: 'version_conflict'; message: string; current: ArticleRecord };

export type ArticleError = InvalidInputResult | NotFoundError | ArticleVersionConflictError;
export type ArticleResult = { kind: 'ok'; article: ArticleRecord } | ArticleError;

export function articleNotFound(id: string): NotFoundError {
  return { kind: 'not_found', message: `No article with id ${id.slice(0, 40)}` };
}

/** Trims tags, drops blanks and case-insensitive repeats, and keeps the first spelling of each. */
const tagsSchema = z
  .array(z.string())
  .max(TAGS_MAX, `at most ${TAGS_MAX} tags`)
  .transform((values) => {
    const seen = new Set<string>();
    const tags: string[] = [];
    for (const value of values) {
      const tag = value.replace(/\s+/g, ' ').trim();
      if (!tag || seen.has(tag.toLowerCase())) continue;
      seen.add(tag.toLowerCase());
      tags.push(tag);
    }
    return tags;
  })
  .pipe(z.array(z.string().max(TAG_MAX, `each tag must be at most ${TAG_MAX} characters`)));

const audienceSchema = z.enum(['staff', 'public']);

const createSchema = z.object({
  title: requiredText('title', TITLE_MAX),
  body: optionalText('body', BODY_MAX),
  topicId: z.string().nullish(),
  departmentId: z.string().nullish(),
  tags: tagsSchema.nullish(),
  audience: audienceSchema.nullish(),
});

export type NewArticle = z.input<typeof createSchema>;

const updateSchema = z.object({
  title: requiredText('title', TITLE_MAX).nullish(),
  topicId: z.string().nullish(),
  departmentId: z.string().nullish(),
  tags: tagsSchema.nullish(),
  audience: audienceSchema.nullish(),
});

/** Only the fields present change. A null topicId or departmentId clears it; a null title, tags or audience is ignored. */
export type ArticlePatch = z.input<typeof updateSchema>;

/** Turns a title into a URL name: lower-case ASCII letters and digits joined by hyphens. */
export function slugify(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, SLUG_MAX)
    .replace(/-+$/g, '');
  return slug || 'article';
}

/**
 * Checks a topic and department pair the way routing does: a topic must
 * exist, a department given alone must exist, and a topic without a
 * department takes the topic's owner.
 */
async function resolveOwner(
  db: Queryable,
  topicId: string | null | undefined,
  departmentId: string | null | undefined,
  fieldPrefix: string,
): Promise<{ topicId: string | null; departmentId: string | null } | InvalidInputResult> {
  let department = departmentId ?? null;
  if (topicId) {
    const topic = await findTopic(db, topicId);
    if (!topic) return invalidField(`${fieldPrefix}topicId`, `no topic with id ${topicId}`);
    department ??= topic.departmentId;
  }
  if (department && !(await findDepartment(db, department))) {
    return invalidField(`${fieldPrefix}departmentId`, `no department with id ${department}`);
  }
  return { topicId: topicId ?? null, departmentId: department };
}

export type InsertArticleOptions = {
  status?: ArticleStatus;
  source?: { system: string; id: string };
  sourceInquiryId?: number;
};

/**
 * Inserts an article with a unique slug and stores its first document, made
 * from `body` (plain text, or a ready document), in the caller's transaction. The slug is the slugified title,
 * with -2, -3, … or finally a random suffix when that is taken.
 */
export async function insertArticle(
  tx: Transaction,
  actor: Actor | undefined,
  values: { title: string; body: string | Y.Doc; topicId: string | null; departmentId: string | null; tags: string[]; audience: ArticleAudience },
  options: InsertArticleOptions = {},
): Promise<ArticleRecord> {
  const base = slugify(values.title);
  const candidates = [base, ...Array.from({ length: 8 }, (_, index) => `${base}-${index + 2}`), `${base}-${randomBytes(4).toString('hex')}`];

  for (const slug of candidates) {
    const [row] = await tx
      .insert(articles)
      .values({
        slug,
        title: values.title,
        topicId: values.topicId,
        departmentId: values.departmentId,
        tags: values.tags,
        audience: values.audience,
        status: options.status ?? 'draft',
        createdById: actor?.id ?? null,
        updatedById: actor?.id ?? null,
        sourceSystem: options.source?.system ?? null,
        sourceId: options.source?.id ?? null,
        sourceInquiryId: options.sourceInquiryId ?? null,
      })
      .onConflictDoNothing({ target: articles.slug })
      .returning({ id: articles.id });
    if (!row) continue;

    await createDocument(tx, row.id, values.body, actor);
    const article = (await loadArticle(tx, row.id))!;
    await appendKbEvent(tx, 'created', article, actor);
    return article;
  }
  throw new Error(`no free slug for "${base}" after ${candidates.length} attempts`);
}

/** Creates a draft article; `body` is plain text that becomes its first document, one paragraph per line. */
export async function createArticle(deps: CoreDeps, actor: Actor, input: NewArticle): Promise<ArticleResult> {
  const parsed = createSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;

  const owner = await resolveOwner(deps.db, values.topicId, values.departmentId, 'input.');
  if ('kind' in owner) return owner;

  const article = await inTransaction(deps, (tx) =>
    insertArticle(tx, actor, {
      title: values.title,
      body: values.body ?? '',
      ...owner,
      tags: values.tags ?? [],
      audience: values.audience ?? 'staff',
    }),
  );
  deps.log.info({ articleId: article.id, by: actor.id }, 'article created');
  return { kind: 'ok', article };
}

type Change = {
  id: string;
  /** The version the caller's screen showed; undefined skips the check. */
  version?: number;
  /** Extra conditions on the current row. When one fails, `explain` returns the reason. */
  guard?: SQL;
  set: PgUpdateSetSource<typeof articles>;
  event: KbEventType;
  /** Runs in the same transaction after the update, before the article is read back. */
  after?: (tx: Transaction, articleId: string) => Promise<void>;
  /** Says why the guarded update matched no row; undefined means the version was stale. */
  explain?: (current: ArticleRecord) => ArticleResult | undefined;
};

/**
 * Applies one metadata change as a single conditional UPDATE that matches
 * only when the version and guard still hold, so of several concurrent
 * writers one succeeds and the others get a VersionConflict with the current
 * article. Every change increments `version` and appends one `kb` event.
 */
export async function applyArticleChange(deps: CoreDeps, actor: Actor, change: Change): Promise<ArticleResult> {
  if (!isUuid(change.id)) return articleNotFound(change.id);

  const result = await inTransaction(deps, async (tx): Promise<ArticleResult> => {
    const conditions = [eq(articles.id, change.id)];
    if (change.version !== undefined) conditions.push(eq(articles.version, change.version));
    if (change.guard) conditions.push(change.guard);

    const [updated] = await tx
      .update(articles)
      .set({ ...change.set, version: sql`${articles.version} + 1`, updatedAt: sql`now()`, updatedById: actor.id })
      .where(and(...conditions))
      .returning({ id: articles.id });

    if (!updated) {
      const current = await loadArticle(tx, change.id);
      if (!current) return articleNotFound(change.id);
      const reason = change.explain?.(current);
      if (reason) return reason;
      return {
        kind: 'version_conflict',
        message: `Article "${current.title}" changed since version ${change.version}; it is now at version ${current.version}. Reload and try again.`,
        current,
      };
    }

    await change.after?.(tx, updated.id);
    const article = (await loadArticle(tx, updated.id))!;
    await appendKbEvent(tx, change.event, article, actor);
    return { kind: 'ok', article };
  });

  if (result.kind === 'ok') deps.log.info({ articleId: change.id, change: change.event, by: actor.id }, 'article changed');
  return result;
}

/** Changes an article's title, topic, department, tags or audience. */
export async function updateArticle(deps: CoreDeps, actor: Actor, id: string, version: number, patch: ArticlePatch): Promise<ArticleResult> {
  const parsed = updateSchema.safeParse(patch);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;

  const set: Change['set'] = {};
  if (values.title != null) set.title = values.title;
  if (values.tags != null) set.tags = values.tags;
  if (values.audience != null) set.audience = values.audience;
  if (values.topicId !== undefined || values.departmentId !== undefined) {
    // A new topic without a department moves the article to the topic's owner, as routing does.
    const owner = await resolveOwner(deps.db, values.topicId, values.departmentId, 'input.');
    if ('kind' in owner) return owner;
    if (values.topicId !== undefined) set.topicId = owner.topicId;
    if (values.departmentId !== undefined || values.topicId) set.departmentId = owner.departmentId;
  }
  if (Object.keys(set).length === 0) return invalidField('input', 'give at least one field to change');

  return applyArticleChange(deps, actor, { id, version, set, event: 'updated' });
}

/** Records that the signed-in staff member checked the article is still correct today. */
export async function verifyArticle(deps: CoreDeps, actor: Actor, id: string, version?: number): Promise<ArticleResult> {
  return applyArticleChange(deps, actor, {
    id,
    version,
    set: { verifiedAt: sql`now()`, verifiedById: actor.id },
    event: 'verified',
  });
}

/** Archives an article: it leaves the public pages and default staff lists, and keeps its history. */
export async function archiveArticle(deps: CoreDeps, actor: Actor, id: string, version: number): Promise<ArticleResult> {
  return applyArticleChange(deps, actor, {
    id,
    version,
    guard: sql`${articles.status} <> 'archived'`,
    set: { status: 'archived' },
    event: 'archived',
    explain: (current) =>
      current.version === version && current.status === 'archived' ? invalidField('id', `article "${current.title}" is already archived`) : undefined,
  });
}

/** Replaces the article's "see also" list with `relatedIds`, in that order. */
export async function setRelatedArticles(deps: CoreDeps, actor: Actor, id: string, version: number, relatedIds: string[]): Promise<ArticleResult> {
  const unique = [...new Set(relatedIds)];
  if (unique.length > RELATED_MAX) return invalidField('relatedIds', `at most ${RELATED_MAX} related articles`);
  if (unique.includes(id)) return invalidField('relatedIds', 'an article cannot be related to itself');
  const malformed = unique.find((relatedId) => !isUuid(relatedId));
  if (malformed) return invalidField('relatedIds', `no article with id ${malformed.slice(0, 40)}`);
  const found = new Set((await loadArticles(deps.db, unique)).map((article) => article.id));
  const missing = unique.find((relatedId) => !found.has(relatedId));
  if (missing) return invalidField('relatedIds', `no article with id ${missing}`);

  return applyArticleChange(deps, actor, {
    id,
    version,
    set: {},
    event: 'related_set',
    after: async (tx, articleId) => {
      await tx.delete(articleRelations).where(eq(articleRelations.articleId, articleId));
      if (unique.length > 0) {
        await tx.insert(articleRelations).values(unique.map((relatedId, position) => ({ articleId, relatedId, position })));
      }
    },
  });
}

/** Returns the related articles of `articleId` in the editor's order, optionally only those matching `visible`. */
export async function loadRelatedArticles(db: Queryable, articleId: string, visible?: SQL): Promise<ArticleRecord[]> {
  const rows = await db
    .select(articleColumns)
    .from(articleRelations)
    .innerJoin(articles, eq(articles.id, articleRelations.relatedId))
    .where(visible ? and(eq(articleRelations.articleId, articleId), visible) : eq(articleRelations.articleId, articleId))
    .orderBy(asc(articleRelations.position));
  return rows;
}

const directorySchema = z.object({
  description: optionalText('description', 2000),
  responsibilities: z
    .array(z.string())
    .max(50, 'at most 50 responsibilities')
    .transform((values) => values.map((value) => value.replace(/\s+/g, ' ').trim()).filter(Boolean))
    .pipe(z.array(z.string().max(200, 'each responsibility must be at most 200 characters')))
    .optional(),
  phone: optionalText('phone', 40),
  email: optionalText('email', 254).pipe(z.email({ error: 'email must be an e-mail address such as name@example.org' }).optional()),
  hours: optionalText('hours', 500),
  website: optionalText('website', 500).refine((value) => value === undefined || /^https?:\/\//i.test(value), {
    message: 'website must start with http:// or https://',
  }),
  address: optionalText('address', 500),
});

export type DirectoryEntryInput = z.input<typeof directorySchema>;

export type DepartmentResult = { kind: 'ok'; department: DepartmentRecord } | InvalidInputResult | NotFoundError;

/**
 * Sets a department's directory entry: what it owns, how to reach it and
 * when. Fields absent from `input` keep their value; a blank one clears it.
 */
export async function updateDepartmentDirectory(deps: CoreDeps, actor: Actor, id: string, input: Record<string, unknown>): Promise<DepartmentResult> {
  const parsed = directorySchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  if (!(await findDepartment(deps.db, id))) return { kind: 'not_found', message: `No department with id ${id.slice(0, 40)}` };

  const set: Partial<typeof departments.$inferInsert> = {};
  for (const key of Object.keys(directorySchema.shape) as (keyof typeof directorySchema.shape)[]) {
    if (!(key in input)) continue;
    const value = parsed.data[key];
    if (key === 'description') set.description = (value as string | undefined) ?? '';
    else if (key === 'responsibilities') set.responsibilities = (value as string[] | undefined) ?? [];
    else set[key] = (value as string | undefined) ?? null;
  }
  if (Object.keys(set).length === 0) return invalidField('input', 'give at least one field to change');

  const [department] = await deps.db.update(departments).set(set).where(eq(departments.id, id)).returning();
  deps.log.info({ departmentId: id, fields: Object.keys(set), by: actor.id }, 'department directory entry changed');
  return { kind: 'ok', department };
}
