/** Article mutations, with their typed errors turned into messages for the person at the screen. */
import { mutate } from '../../lib/api';
import {
  ArchiveArticleDocument,
  CreateArticleDocument,
  PublishArticleDocument,
  RestoreArticleRevisionDocument,
  SetRelatedArticlesDocument,
  UpdateArticleDocument,
  VerifyArticleDocument,
  type ArticleDetailFragment,
  type ArticlePayloadFieldsFragment,
  type CreateArticleInput,
  type UpdateArticleInput,
} from '../../lib/graphql';
import { toFieldErrors } from '../inquiry/actions';

export type ArticleOutcome =
  | { ok: true; article: ArticleDetailFragment }
  | { ok: false; message: string; fieldErrors: Record<string, string>; current?: ArticleDetailFragment };

function failure(message: string, fieldErrors: Record<string, string> = {}, current?: ArticleDetailFragment): ArticleOutcome {
  return { ok: false, message, fieldErrors, current };
}

/** Interprets an ArticlePayload; a version conflict carries the current article so the page can show it. */
export function interpretArticlePayload(payload: ArticlePayloadFieldsFragment): ArticleOutcome {
  const error = payload.error;
  if (error === null) {
    if (payload.article === null) return failure('The server returned neither the article nor an error. Reload the page and try again.');
    return { ok: true, article: payload.article };
  }
  switch (error.__typename) {
    case 'ArticleVersionConflict':
      return failure(
        'Someone changed this article while you were working on it, so nothing was saved. The latest version is now shown. Check it and try again.',
        {},
        error.current,
      );
    case 'NotFound':
      return failure('This article was not found. It may have been removed; go back to the knowledge base.');
    case 'InvalidInput':
      return failure(error.fields.length > 0 ? 'Check the highlighted fields.' : error.message, toFieldErrors(error.fields));
  }
}

async function run(perform: () => Promise<ArticlePayloadFieldsFragment>): Promise<ArticleOutcome> {
  try {
    return interpretArticlePayload(await perform());
  } catch (error) {
    return failure(error instanceof Error ? error.message : String(error));
  }
}

type ArticleVersion = { id: string; version: number };

export function createArticle(input: CreateArticleInput): Promise<ArticleOutcome> {
  return run(async () => (await mutate(CreateArticleDocument, { input })).createArticle);
}

export function updateArticle(target: ArticleVersion, input: UpdateArticleInput): Promise<ArticleOutcome> {
  return run(async () => (await mutate(UpdateArticleDocument, { id: target.id, version: target.version, input })).updateArticle);
}

export function verifyArticle(target: ArticleVersion): Promise<ArticleOutcome> {
  return run(async () => (await mutate(VerifyArticleDocument, { id: target.id, version: target.version })).verifyArticle);
}

export function archiveArticle(target: ArticleVersion): Promise<ArticleOutcome> {
  return run(async () => (await mutate(ArchiveArticleDocument, { id: target.id, version: target.version })).archiveArticle);
}

export function publishArticle(target: ArticleVersion): Promise<ArticleOutcome> {
  return run(async () => (await mutate(PublishArticleDocument, { id: target.id, version: target.version })).publishArticle);
}

export function setRelatedArticles(target: ArticleVersion, relatedIds: string[]): Promise<ArticleOutcome> {
  return run(
    async () => (await mutate(SetRelatedArticlesDocument, { id: target.id, version: target.version, relatedIds })).setRelatedArticles,
  );
}

export function restoreRevision(target: ArticleVersion, number: number): Promise<ArticleOutcome> {
  return run(
    async () => (await mutate(RestoreArticleRevisionDocument, { id: target.id, version: target.version, number })).restoreArticleRevision,
  );
}
