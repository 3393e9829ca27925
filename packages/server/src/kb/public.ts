import { and, eq, or, sql } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { articleFeedback, articleRevisions, articles } from '../db/schema.js';
import type { CoreDeps } from '../core/deps.js';
import { isUuid } from '../auth/service.js';
import type { NotFoundError } from '../inquiries/service.js';
import { publiclyVisible } from './search.js';
import { articleColumns, revisionColumns, type ArticleRecord, type RevisionRecord } from './views.js';

/**
 * What anonymous callers can read and do: published public articles, shown
 * as their published revision, and the "did this answer your question?"
 * vote. Drafts, archived and staff-only articles are never returned, because
 * every query here includes `publiclyVisible`.
 */

export type PublicArticleView = { article: ArticleRecord; revision: RevisionRecord };
export type FeedbackCounts = { helpful: number; notHelpful: number };

/** Finds a published public article by its id or its slug. */
export async function findPublicArticle(db: Queryable, idOrSlug: string): Promise<PublicArticleView | undefined> {
  const key = idOrSlug.trim().slice(0, 200);
  const match = isUuid(key) ? or(eq(articles.id, key), eq(articles.slug, key)) : eq(articles.slug, key);
  const [row] = await db
    .select({ article: articleColumns, revision: revisionColumns })
    .from(articles)
    .innerJoin(articleRevisions, eq(articleRevisions.id, articles.publishedRevisionId))
    .where(and(publiclyVisible, match));
  return row;
}

export async function readFeedback(db: Queryable, articleId: string): Promise<FeedbackCounts> {
  const [row] = await db
    .select({ helpful: articleFeedback.helpful, notHelpful: articleFeedback.notHelpful })
    .from(articleFeedback)
    .where(eq(articleFeedback.articleId, articleId));
  return row ?? { helpful: 0, notHelpful: 0 };
}

export type VoteResult = { kind: 'ok'; articleId: string; counts: FeedbackCounts } | NotFoundError;

/**
 * Counts one anonymous answer to "did this answer your question?". Only the
 * two totals are stored: no voter, address or time, so a vote carries no
 * personal data and costs one upsert. It appends no event.
 */
export async function voteOnArticle(deps: CoreDeps, idOrSlug: string, helpful: boolean): Promise<VoteResult> {
  const found = await findPublicArticle(deps.db, idOrSlug);
  if (!found) return { kind: 'not_found', message: `No published article ${idOrSlug.slice(0, 80)}` };

  const articleId = found.article.id;
  const [row] = await deps.db
    .insert(articleFeedback)
    .values({ articleId, helpful: helpful ? 1 : 0, notHelpful: helpful ? 0 : 1 })
    .onConflictDoUpdate({
      target: articleFeedback.articleId,
      set: {
        helpful: sql`${articleFeedback.helpful} + ${helpful ? 1 : 0}`,
        notHelpful: sql`${articleFeedback.notHelpful} + ${helpful ? 0 : 1}`,
      },
    })
    .returning({ helpful: articleFeedback.helpful, notHelpful: articleFeedback.notHelpful });
  return { kind: 'ok', articleId, counts: row };
}
