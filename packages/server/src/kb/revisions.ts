import { and, desc, eq, sql } from 'drizzle-orm';
import { diffLines, diffWords, type Change as DiffChange } from 'diff';
import * as Y from 'yjs';
import type { Queryable, Transaction } from '../db/client.js';
import { articleRevisions, articles } from '../db/schema.js';
import type { Actor, CoreDeps } from '../core/deps.js';
import { isUuid } from '../auth/service.js';
import type { NotFoundError } from '../inquiries/service.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { changeDocument, lockedDocument } from './doc.js';
import { BODY_FRAGMENT, renderDocument } from './richtext.js';
import { applyArticleChange, articleNotFound, type ArticleResult } from './service.js';
import { loadArticle, revisionColumns, type RevisionRecord } from './views.js';

/**
 * Numbered revisions of an article. Publishing stores the title, plain text,
 * HTML and Yjs state as the next revision, and residents see that revision
 * until the next publish, while staff keep editing the working document.
 * Restoring copies an older revision into the working document as a Yjs
 * change, so open editors see it, and records that as a revision too.
 */

async function nextRevisionNumber(tx: Transaction, articleId: string): Promise<number> {
  const [row] = await tx
    .select({ number: sql<number>`coalesce(max(${articleRevisions.number}), 0)::int` })
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId));
  return (row?.number ?? 0) + 1;
}

/**
 * Stores the current working copy as the next revision and makes it the
 * published one, in the caller's transaction. Also used by the FAQ import.
 */
export async function publishInTransaction(tx: Transaction, articleId: string, actor: Actor | undefined): Promise<void> {
  const doc = await lockedDocument(tx, articleId, actor);
  const article = await loadArticle(tx, articleId);
  if (!doc || !article) throw new Error(`article ${articleId} vanished while publishing`);

  const rendered = renderDocument(doc);
  const [revision] = await tx
    .insert(articleRevisions)
    .values({
      articleId,
      number: await nextRevisionNumber(tx, articleId),
      kind: 'published',
      title: article.title,
      bodyText: rendered.text,
      bodyHtml: rendered.html,
      docState: Y.encodeStateAsUpdate(doc),
      authorId: actor?.id ?? null,
    })
    .returning({ id: articleRevisions.id });

  await tx
    .update(articles)
    .set({ status: 'published', publishedRevisionId: revision.id, publishedAt: sql`now()` })
    .where(eq(articles.id, articleId));
}

/**
 * Publishes the working copy as a new numbered revision. Works from any
 * status: a draft goes live, a published article gets its edits published,
 * an archived one comes back.
 */
export async function publishArticle(deps: CoreDeps, actor: Actor, id: string, version: number): Promise<ArticleResult> {
  return applyArticleChange(deps, actor, {
    id,
    version,
    set: {},
    event: 'published',
    after: (tx, articleId) => publishInTransaction(tx, articleId, actor),
  });
}

/** Lists every revision of an article, newest first. */
export async function listRevisions(db: Queryable, articleId: string): Promise<RevisionRecord[]> {
  if (!isUuid(articleId)) return [];
  return db
    .select(revisionColumns)
    .from(articleRevisions)
    .where(eq(articleRevisions.articleId, articleId))
    .orderBy(desc(articleRevisions.number));
}

export async function findRevision(db: Queryable, articleId: string, number: number): Promise<RevisionRecord | undefined> {
  if (!isUuid(articleId)) return undefined;
  const [row] = await db
    .select(revisionColumns)
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)));
  return row;
}

export async function findRevisionById(db: Queryable, id: string): Promise<RevisionRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const [row] = await db.select(revisionColumns).from(articleRevisions).where(eq(articleRevisions.id, id));
  return row;
}

export type DiffGranularity = 'words' | 'lines';
export type DiffSegment = { kind: 'added' | 'removed' | 'unchanged'; value: string };

export type RevisionDiff = {
  from: RevisionRecord;
  /** Undefined when comparing against the current working copy. */
  to: RevisionRecord | undefined;
  title: DiffSegment[];
  body: DiffSegment[];
};

export type DiffResult = { kind: 'ok'; diff: RevisionDiff } | NotFoundError | InvalidInputResult;

function toParts(changes: DiffChange[]): DiffSegment[] {
  return changes.map((change) => {
    let kind: DiffSegment['kind'] = 'unchanged';
    if (change.added) kind = 'added';
    else if (change.removed) kind = 'removed';
    return { kind, value: change.value };
  });
}

/**
 * Compares revision `fromNumber` with revision `toNumber`, or with the
 * current working copy when `toNumber` is null, using jsdiff word or line
 * diffs of the title and the plain-text body.
 */
export async function diffRevisions(
  db: Queryable,
  articleId: string,
  fromNumber: number,
  toNumber: number | null | undefined,
  granularity: DiffGranularity,
): Promise<DiffResult> {
  const article = isUuid(articleId) ? await loadArticle(db, articleId) : undefined;
  if (!article) return articleNotFound(articleId);

  const from = await findRevision(db, articleId, fromNumber);
  if (!from) return invalidField('from', `article has no revision ${fromNumber}`);
  let to: RevisionRecord | undefined;
  if (toNumber != null) {
    to = await findRevision(db, articleId, toNumber);
    if (!to) return invalidField('to', `article has no revision ${toNumber}`);
  }

  const newTitle = to ? to.title : article.title;
  const newBody = to ? to.bodyText : article.bodyText;
  return {
    kind: 'ok',
    diff: {
      from,
      to,
      title: toParts(diffWords(from.title, newTitle)),
      body: toParts(
        granularity === 'lines'
          ? diffLines(withFinalNewline(from.bodyText), withFinalNewline(newBody))
          : diffWords(from.bodyText, newBody),
      ),
    },
  };
}

/** Ends text with a line break, so a line diff does not report a changed last line as a changed line break. */
function withFinalNewline(text: string): string {
  return text !== '' && !text.endsWith('\n') ? `${text}\n` : text;
}

/**
 * Makes revision `number` the working copy again. The title is set back.
 * The document body is replaced through one Yjs change that deletes the
 * current blocks and inserts copies of the revision's blocks, and that change
 * is stored and sent to live editors like any other update. The restore is
 * recorded as a new revision of kind RESTORED. It does not publish.
 */
export async function restoreRevision(deps: CoreDeps, actor: Actor, articleId: string, number: number, version: number): Promise<ArticleResult> {
  if (!isUuid(articleId)) return articleNotFound(articleId);
  const [revision] = await deps.db
    .select({ title: articleRevisions.title, docState: articleRevisions.docState })
    .from(articleRevisions)
    .where(and(eq(articleRevisions.articleId, articleId), eq(articleRevisions.number, number)));
  if (!revision) {
    return (await loadArticle(deps.db, articleId)) ? invalidField('number', `article has no revision ${number}`) : articleNotFound(articleId);
  }

  const source = new Y.Doc();
  Y.applyUpdate(source, revision.docState);
  const blocks = source
    .getXmlFragment(BODY_FRAGMENT)
    .toArray()
    .filter((block): block is Y.XmlElement | Y.XmlText => block instanceof Y.XmlElement || block instanceof Y.XmlText);

  return applyArticleChange(deps, actor, {
    id: articleId,
    version,
    set: { title: revision.title },
    event: 'restored',
    after: async (tx, id) => {
      const changed = await changeDocument(tx, id, 'restore', actor, (doc) => {
        const body = doc.getXmlFragment(BODY_FRAGMENT);
        doc.transact(() => {
          body.delete(0, body.length);
          body.insert(0, blocks.map((block) => block.clone()));
        });
      });
      if (!changed) throw new Error(`article ${id} vanished while restoring`);

      await tx.insert(articleRevisions).values({
        articleId: id,
        number: await nextRevisionNumber(tx, id),
        kind: 'restored',
        restoredFromNumber: number,
        title: revision.title,
        bodyText: changed.text,
        bodyHtml: changed.html,
        docState: Y.encodeStateAsUpdate(changed.doc),
        authorId: actor.id,
      });
    },
  });
}
