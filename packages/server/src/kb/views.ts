import { eq, getTableColumns, inArray } from 'drizzle-orm';
import type { Queryable, Transaction } from '../db/client.js';
import { articleRevisions, articles } from '../db/schema.js';
import type { Actor } from '../core/deps.js';
import { appendEvent } from '../events/service.js';

export type ArticleRow = typeof articles.$inferSelect;
export type ArticleAudience = ArticleRow['audience'];
export type ArticleStatus = ArticleRow['status'];

/** An article without its generated search columns, which only the database reads. */
export type ArticleRecord = Omit<ArticleRow, 'searchVector' | 'searchVectorSimple' | 'searchText'>;

export type RevisionRow = typeof articleRevisions.$inferSelect;
/** A revision without its document state and search columns. */
export type RevisionRecord = Omit<RevisionRow, 'docState' | 'searchVector' | 'searchVectorSimple' | 'searchText'>;

const { searchVector: _v, searchVectorSimple: _s, searchText: _t, ...articleColumnSet } = getTableColumns(articles);
/** The columns of ArticleRecord, for select(). */
export const articleColumns = articleColumnSet;

const {
  docState: _d,
  searchVector: _rv,
  searchVectorSimple: _rs,
  searchText: _rt,
  ...revisionColumnSet
} = getTableColumns(articleRevisions);
/** The columns of RevisionRecord, for select(). */
export const revisionColumns = revisionColumnSet;

export async function loadArticle(db: Queryable, id: string): Promise<ArticleRecord | undefined> {
  const [row] = await db.select(articleColumns).from(articles).where(eq(articles.id, id));
  return row;
}

/** Loads articles by id and returns them in the order of `ids`, skipping ids that match none. */
export async function loadArticles(db: Queryable, ids: readonly string[]): Promise<ArticleRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db.select(articleColumns).from(articles).where(inArray(articles.id, [...ids]));
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.map((id) => byId.get(id)).filter((row): row is ArticleRecord => row !== undefined);
}

export type KbEventType = 'created' | 'updated' | 'verified' | 'archived' | 'published' | 'restored' | 'related_set';

export type KbEventView = { id: number; type: KbEventType; occurredAt: Date; actorId: string | null; articleId: string };

/** Appends an article change to the `kb` stream; subscribers load the article as it is when they receive it. */
export function appendKbEvent(tx: Transaction, type: KbEventType, article: Pick<ArticleRecord, 'id' | 'version' | 'status'>, actor?: Actor) {
  return appendEvent(tx, {
    stream: 'kb',
    type,
    actorId: actor?.id ?? null,
    payload: { articleId: article.id, version: article.version, status: article.status },
  });
}
