import { Repeater } from '@repeaterjs/repeater';
import { eq } from 'drizzle-orm';
import type { Resolvers } from '../graphql/generated.js';
import { actorOf } from '../graphql/context.js';
import { AppError } from '../core/errors.js';
import type { Queryable } from '../db/client.js';
import { articles } from '../db/schema.js';
import { findStaff, isUuid, toStaffSummary } from '../auth/service.js';
import { findDepartment, findTopic } from '../directory/service.js';
import type { EventRecord } from '../events/service.js';
import { loadInquiry } from '../inquiries/views.js';
import type { InvalidInputResult } from '../validation/result.js';
import { awarenessHub } from './awareness.js';
import { pushUpdate, resolveDocEvent, syncDocument, toBase64, type DocEventPayload } from './doc.js';
import { findLinkedArticle, saveAnswerAsArticle, suggestForInquiry } from './from-inquiry.js';
import { findPublicArticle, readFeedback, voteOnArticle } from './public.js';
import { diffRevisions, findRevisionById, listRevisions, publishArticle, restoreRevision } from './revisions.js';
import { encodeOffsetCursor, publiclyVisible, searchArticles, searchDirectory, searchPublicArticles } from './search.js';
import {
  archiveArticle,
  articleNotFound,
  createArticle,
  loadRelatedArticles,
  setRelatedArticles,
  updateArticle,
  updateDepartmentDirectory,
  verifyArticle,
} from './service.js';
import { articleColumns, loadArticle, type ArticleRecord, type KbEventType } from './views.js';

/** Query arguments that fail validation are errors, not typed results, because queries have no payload type. */
function throwIfInvalid<T extends object>(result: T | InvalidInputResult): T {
  if ('kind' in result && result.kind === 'invalid_input') throw new AppError('BAD_USER_INPUT', result.message);
  return result as T;
}

/** Inquiry ids are positive integers; anything else matches no inquiry. */
function parseInquiryId(id: string): number | undefined {
  const value = Number(id);
  return /^[0-9]{1,15}$/.test(id) && Number.isSafeInteger(value) && value > 0 ? value : undefined;
}

function parseAfter(after: string | null | undefined): number | undefined {
  if (after == null) return undefined;
  const value = Number(after);
  if (!Number.isSafeInteger(value) || value < 0) throw new AppError('BAD_USER_INPUT', 'after must be an event id');
  return value;
}

/** Finds an article by id or, failing that, by slug. */
async function findArticle(db: Queryable, idOrSlug: string): Promise<ArticleRecord | undefined> {
  if (isUuid(idOrSlug)) {
    const byId = await loadArticle(db, idOrSlug);
    if (byId) return byId;
  }
  const [bySlug] = await db.select(articleColumns).from(articles).where(eq(articles.slug, idOrSlug.slice(0, 200)));
  return bySlug;
}

/** Throws NOT_FOUND unless the article exists, so a subscription to a wrong id fails at once. */
async function requireArticle(db: Queryable, articleId: string): Promise<ArticleRecord> {
  const article = isUuid(articleId) ? await loadArticle(db, articleId) : undefined;
  if (!article) throw new AppError('NOT_FOUND', articleNotFound(articleId).message);
  return article;
}

/** Passes on the events of `source` for which `keep` is true; ending the result ends `source`. */
function filterEvents(source: AsyncIterableIterator<EventRecord>, keep: (event: EventRecord) => boolean): AsyncIterableIterator<EventRecord> {
  return new Repeater<EventRecord>(async (push, stop) => {
    void stop.then(() => source.return?.());
    try {
      for await (const event of source) {
        if (keep(event)) await push(event);
      }
      stop();
    } catch (error) {
      stop(error);
    }
  });
}

async function staffSummary(db: Queryable, id: string | null) {
  if (!id) return null;
  const staff = await findStaff(db, id);
  return staff ? toStaffSummary(staff) : null;
}

const errorTypeNames = {
  invalid_input: 'InvalidInput',
  not_found: 'NotFound',
  version_conflict: 'ArticleVersionConflict',
} as const;

export const kbResolvers: Resolvers = {
  Query: {
    async articles(_parent, args, context) {
      return throwIfInvalid(await searchArticles(context.deps.db, args.filter ?? {}, args.first, args.after));
    },
    article: async (_parent, args, context) => (await findArticle(context.deps.db, args.id)) ?? null,
    async articleDiff(_parent, args, context) {
      const result = await diffRevisions(context.deps.db, args.articleId, args.from, args.to, args.granularity ?? 'words');
      if (result.kind === 'not_found') return null;
      return throwIfInvalid(result).diff;
    },
    articleDocument: (_parent, args, context) => syncDocument(context.deps, args.articleId, args.stateVector),
    async searchDirectory(_parent, args, context) {
      return throwIfInvalid(await searchDirectory(context.deps.db, args.query, args.first));
    },
    async suggestedArticles(_parent, args, context) {
      const id = parseInquiryId(args.inquiryId);
      const first = args.first ?? 5;
      if (first < 1 || first > 20) throw new AppError('BAD_USER_INPUT', 'first must be between 1 and 20');
      const hits = id === undefined ? undefined : await suggestForInquiry(context.deps.db, id, first);
      if (!hits) throw new AppError('NOT_FOUND', `No inquiry with id ${args.inquiryId.slice(0, 40)}`);
      return hits;
    },
    async publicArticles(_parent, args, context) {
      return throwIfInvalid(await searchPublicArticles(context.deps.db, args));
    },
    publicArticle: async (_parent, args, context) => (await findPublicArticle(context.deps.db, args.slug)) ?? null,
  },
  Mutation: {
    createArticle: (_parent, args, context) => createArticle(context.deps, actorOf(context), args.input),
    updateArticle: (_parent, args, context) => updateArticle(context.deps, actorOf(context), args.id, args.version, args.input),
    verifyArticle: (_parent, args, context) => verifyArticle(context.deps, actorOf(context), args.id, args.version ?? undefined),
    archiveArticle: (_parent, args, context) => archiveArticle(context.deps, actorOf(context), args.id, args.version),
    publishArticle: (_parent, args, context) => publishArticle(context.deps, actorOf(context), args.id, args.version),
    setRelatedArticles: (_parent, args, context) => setRelatedArticles(context.deps, actorOf(context), args.id, args.version, args.relatedIds),
    restoreArticleRevision: (_parent, args, context) => restoreRevision(context.deps, actorOf(context), args.id, args.number, args.version),
    async pushArticleUpdate(_parent, args, context) {
      if (!isUuid(args.articleId)) return articleNotFound(args.articleId);
      return pushUpdate(context.deps, actorOf(context), args.articleId, args.update, args.origin);
    },
    async publishArticleAwareness(_parent, args, context) {
      actorOf(context);
      if (!isUuid(args.articleId) || !(await loadArticle(context.deps.db, args.articleId))) {
        return { ok: false, error: articleNotFound(args.articleId) };
      }
      const error = await awarenessHub(context.deps, context.dispatcher).publish(args.articleId, args.update, context.connectionId);
      return { ok: error === undefined, error: error ?? null };
    },
    async saveAnswerAsArticle(_parent, args, context) {
      const id = parseInquiryId(args.inquiryId);
      if (id === undefined) return { kind: 'not_found', message: `No inquiry with id ${args.inquiryId.slice(0, 40)}` };
      return saveAnswerAsArticle(context.deps, actorOf(context), id);
    },
    updateDepartmentDirectory: (_parent, args, context) =>
      updateDepartmentDirectory(context.deps, actorOf(context), args.id, args.input as Record<string, unknown>),
    voteOnArticle: (_parent, args, context) => voteOnArticle(context.deps, args.slug, args.helpful),
  },
  Subscription: {
    articleDocUpdates: {
      subscribe: async (_parent, args, context) => {
        await requireArticle(context.deps.db, args.articleId);
        const after = parseAfter(args.after);
        const ignoreOrigin = args.ignoreOrigin ?? undefined;
        return filterEvents(context.dispatcher.subscribe(['kb_doc'], after), (event) => {
          const payload = event.payload as DocEventPayload;
          return payload.articleId === args.articleId && (ignoreOrigin === undefined || payload.origin !== ignoreOrigin);
        });
      },
      resolve: (event: EventRecord, _args: unknown, context: { deps: { db: Queryable } }) => resolveDocEvent(context.deps.db, event),
    },
    articleAwareness: {
      subscribe: async (_parent, args, context) => {
        await requireArticle(context.deps.db, args.articleId);
        return awarenessHub(context.deps, context.dispatcher).subscribe(args.articleId, context.connectionId);
      },
      resolve: (update: Uint8Array, args: { articleId: string }) => ({ articleId: args.articleId, update }),
    },
    knowledgeBaseEvents: {
      subscribe: (_parent, args, context) => context.dispatcher.subscribe(['kb'], parseAfter(args.after)),
      resolve: (event: EventRecord) => ({
        id: event.id,
        type: event.type as KbEventType,
        occurredAt: event.createdAt,
        actorId: event.actorId,
        articleId: (event.payload as { articleId: string }).articleId,
      }),
    },
  },
  Article: {
    topic: async (article, _args, context) => (article.topicId ? ((await findTopic(context.deps.db, article.topicId)) ?? null) : null),
    department: async (article, _args, context) =>
      article.departmentId ? ((await findDepartment(context.deps.db, article.departmentId)) ?? null) : null,
    publishedRevision: async (article, _args, context) =>
      article.publishedRevisionId ? ((await findRevisionById(context.deps.db, article.publishedRevisionId)) ?? null) : null,
    verifiedBy: (article, _args, context) => staffSummary(context.deps.db, article.verifiedById),
    createdBy: (article, _args, context) => staffSummary(context.deps.db, article.createdById),
    updatedBy: (article, _args, context) => staffSummary(context.deps.db, article.updatedById),
    relatedArticles: (article, _args, context) => loadRelatedArticles(context.deps.db, article.id),
    revisions: (article, _args, context) => listRevisions(context.deps.db, article.id),
    sourceInquiry: async (article, _args, context) =>
      article.sourceInquiryId ? ((await loadInquiry(context.deps.db, article.sourceInquiryId)) ?? null) : null,
    feedback: (article, _args, context) => readFeedback(context.deps.db, article.id),
  },
  ArticleRevision: {
    author: (revision, _args, context) => staffSummary(context.deps.db, revision.authorId),
  },
  ArticleConnection: {
    edges: (page) => page.items.map((node, index) => ({ cursor: encodeOffsetCursor(page.offset + index + 1), node })),
    pageInfo: (page) => ({ endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
  },
  PublicArticleConnection: {
    edges: (page) => page.items.map((node, index) => ({ cursor: encodeOffsetCursor(page.offset + index + 1), node })),
    pageInfo: (page) => ({ endCursor: page.endCursor, hasNextPage: page.hasNextPage }),
  },
  PublicArticleHit: {
    article: (hit) => ({ article: hit.article, revision: hit.revision }),
  },
  PublicArticle: {
    id: (view) => view.article.id,
    slug: (view) => view.article.slug,
    title: (view) => view.revision.title,
    bodyHtml: (view) => view.revision.bodyHtml,
    bodyText: (view) => view.revision.bodyText,
    tags: (view) => view.article.tags,
    publishedAt: (view) => view.revision.createdAt,
    verifiedAt: (view) => view.article.verifiedAt,
    topic: async (view, _args, context) => (view.article.topicId ? ((await findTopic(context.deps.db, view.article.topicId)) ?? null) : null),
    department: async (view, _args, context) =>
      view.article.departmentId ? ((await findDepartment(context.deps.db, view.article.departmentId)) ?? null) : null,
    feedback: (view, _args, context) => readFeedback(context.deps.db, view.article.id),
    async relatedArticles(view, _args, context) {
      const related = await loadRelatedArticles(context.deps.db, view.article.id, publiclyVisible);
      const views = await Promise.all(related.map((article) => findPublicArticle(context.deps.db, article.id)));
      return views.filter((found) => found !== undefined);
    },
  },
  ArticleVotePayload: {
    feedback: (result) => (result.kind === 'ok' ? result.counts : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  ArticlePayload: {
    article: (result) => (result.kind === 'ok' ? result.article : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  SaveAnswerPayload: {
    article: (result) => (result.kind === 'ok' ? result.article : null),
    created: (result) => result.kind === 'ok' && result.created,
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  DepartmentPayload: {
    department: (result) => (result.kind === 'ok' ? result.department : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  ArticleError: {
    __resolveType: (error) => errorTypeNames[error.kind],
  },
  DepartmentError: {
    __resolveType: (error) => (error.kind === 'not_found' ? 'NotFound' : 'InvalidInput'),
  },
  ArticleDocumentSyncPayload: {
    sync: (result) => (result.kind === 'ok' ? result.sync : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  ArticleDocumentSync: {
    update: (sync) => toBase64(sync.update),
    stateVector: (sync) => toBase64(sync.stateVector),
    lastEventId: (sync) => String(sync.lastEventId),
  },
  PushArticleUpdatePayload: {
    stateVector: (result) => (result.kind === 'ok' ? toBase64(result.stateVector) : null),
    error: (result) => (result.kind === 'ok' ? null : result),
  },
  ArticleDocUpdate: {
    id: (view) => String(view.eventId),
    update: (view) => toBase64(view.update),
    actor: (view, _args, context) => staffSummary(context.deps.db, view.actorId),
  },
  ArticleAwarenessUpdate: {
    update: (view) => toBase64(view.update),
  },
  KnowledgeBaseEvent: {
    id: (event) => String(event.id),
    actor: (event, _args, context) => staffSummary(context.deps.db, event.actorId),
    article: async (event, _args, context) => (await loadArticle(context.deps.db, event.articleId)) ?? null,
  },
  Department: {
    // Departments stored in inbox events before the directory fields existed lack them.
    responsibilities: (department) => department.responsibilities ?? [],
  },
  Inquiry: {
    linkedArticle: async (inquiry, _args, context) => (await findLinkedArticle(context.deps.db, inquiry.id)) ?? null,
    hasLinkedArticle: async (inquiry, _args, context) => (await findLinkedArticle(context.deps.db, inquiry.id)) !== undefined,
  },
  ArticleAudience: { STAFF: 'staff', PUBLIC: 'public' },
  ArticleStatus: { DRAFT: 'draft', PUBLISHED: 'published', ARCHIVED: 'archived' },
  ArticleRevisionKind: { PUBLISHED: 'published', RESTORED: 'restored' },
  SearchMode: { ALL_WORDS: 'all_words', ANY_WORD: 'any_word', SIMPLE: 'simple', SIMILAR: 'similar' },
  DiffGranularity: { WORDS: 'words', LINES: 'lines' },
  DiffPartKind: { ADDED: 'added', REMOVED: 'removed', UNCHANGED: 'unchanged' },
  KnowledgeBaseEventType: {
    CREATED: 'created',
    UPDATED: 'updated',
    VERIFIED: 'verified',
    ARCHIVED: 'archived',
    PUBLISHED: 'published',
    RESTORED: 'restored',
    RELATED_SET: 'related_set',
  },
};
