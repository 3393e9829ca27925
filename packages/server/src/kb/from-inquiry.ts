import { eq, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Queryable } from '../db/client.js';
import { articles } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import type { NotFoundError } from '../inquiries/service.js';
import { loadInquiry } from '../inquiries/views.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { BODY_FRAGMENT, paragraphElement } from './richtext.js';
import { suggestArticles, type ArticleHit } from './search.js';
import { insertArticle, TITLE_MAX } from './service.js';
import { articleColumns, type ArticleRecord } from './views.js';

/** The knowledge base as seen from an inquiry: suggested answers, and turning an answer into an article. */

/** Returns the article made from this inquiry's answer, if there is one. */
export async function findLinkedArticle(db: Queryable, inquiryId: number): Promise<ArticleRecord | undefined> {
  const [row] = await db.select(articleColumns).from(articles).where(eq(articles.sourceInquiryId, inquiryId));
  return row;
}

/** Returns published articles matching the inquiry's subject and question, best first; undefined for an unknown inquiry. */
export async function suggestForInquiry(db: Queryable, inquiryId: number, first: number): Promise<ArticleHit[] | undefined> {
  const inquiry = await loadInquiry(db, inquiryId);
  if (!inquiry) return undefined;
  return suggestArticles(db, `${inquiry.subject} ${inquiry.body}`, first);
}

export type SaveAnswerResult = { kind: 'ok'; article: ArticleRecord; created: boolean } | NotFoundError | InvalidInputResult;

/** Builds the draft's document: the resident's question as a quotation, then the answer, one paragraph per line. */
function draftDocument(question: string, answer: string): Y.Doc {
  const doc = new Y.Doc();
  const body = doc.getXmlFragment(BODY_FRAGMENT);
  const lines = (text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => line.trim())
      .filter(Boolean);
  doc.transact(() => {
    const questionLines = lines(question);
    if (questionLines.length > 0) {
      const quote = new Y.XmlElement('blockquote');
      quote.insert(0, questionLines.map((line) => paragraphElement(line)));
      body.insert(body.length, [quote]);
    }
    body.insert(body.length, lines(answer).map((line) => paragraphElement(line)));
  });
  return doc;
}

/**
 * Creates a DRAFT staff article from an answered inquiry: the subject becomes
 * the title, the question a quotation and the resolution note the answer,
 * under the inquiry's topic and department. An inquiry gives at most one
 * article; asking again returns the existing one with `created: false`.
 */
export async function saveAnswerAsArticle(deps: CoreDeps, actor: Actor, inquiryId: number): Promise<SaveAnswerResult> {
  const inquiry = await loadInquiry(deps.db, inquiryId);
  if (!inquiry) return { kind: 'not_found', message: `No inquiry with id ${inquiryId}` };
  const answer = inquiry.resolutionNote?.trim();
  if (!answer) {
    return invalidField('inquiryId', `inquiry ${inquiry.reference} has no answer yet; resolve it with a resolution note first`);
  }

  const result = await inTransaction(deps, async (tx): Promise<SaveAnswerResult> => {
    // Two agents saving the same answer at once: the second waits here, then finds the first's article.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`kb:inquiry:${inquiryId}`}))`);
    const existing = await findLinkedArticle(tx, inquiryId);
    if (existing) return { kind: 'ok', article: existing, created: false };

    const article = await insertArticle(
      tx,
      actor,
      {
        title: inquiry.subject.slice(0, TITLE_MAX),
        body: draftDocument(inquiry.body, answer),
        topicId: inquiry.topic?.id ?? null,
        departmentId: inquiry.department?.id ?? inquiry.topic?.departmentId ?? null,
        tags: [],
        audience: 'staff',
      },
      { sourceInquiryId: inquiryId },
    );
    return { kind: 'ok', article, created: true };
  });

  if (result.kind === 'ok' && result.created) {
    deps.log.info({ articleId: result.article.id, inquiryId, by: actor.id }, 'answer saved as a draft article');
  }
  return result;
}
