import { A, useParams } from '@solidjs/router';
import { createResource, createSignal, onCleanup, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { query } from '../../lib/api';
import { ArticleDocument, KnowledgeBaseEventsDocument, type ArticleDetailFragment } from '../../lib/graphql';
import { startResumableStream } from '../../lib/live';
import { formatDateTime } from '../../lib/time';
import { archiveArticle, publishArticle, verifyArticle } from './actions';
import { createArticleAction } from './articleAction';
import { ArticleEditor, colorForStaff } from './ArticleEditor';
import { HistoryPanel } from './HistoryPanel';
import { articleStatusLabels, audienceLabels } from './labels';
import { MetadataForm } from './MetadataForm';
import { RelatedEditor } from './RelatedEditor';
import '../inquiry/inquiry.css';
import './kb.css';

/** Renders one article for staff: metadata, actions, the live body editor and its history. */
export default function ArticlePage() {
  const params = useParams<{ id: string }>();
  const [article, { mutate: setArticle }] = createResource(
    () => params.id,
    async (id) => (await query(ArticleDocument, { id })).article,
  );

  /** Shows `next` unless the page already shows a newer version of the same article. */
  function showArticle(next: ArticleDetailFragment): void {
    const current = article.state === 'ready' ? article() : null;
    if (current && current.id === next.id && current.version > next.version) return;
    setArticle(next);
  }

  // Changes made by others (publish, metadata, verification) arrive live.
  const stream = startResumableStream({
    document: KnowledgeBaseEventsDocument,
    selectEvent: (data) => data.knowledgeBaseEvents,
    onEvent: (event) => {
      if (event.article !== null && event.article.id === article.latest?.id) showArticle(event.article);
    },
    // Reloading quietly, not through the resource, keeps the editor on screen.
    onResumeWithoutPosition: () => {
      query(ArticleDocument, { id: params.id })
        .then((data) => {
          if (data.article !== null) showArticle(data.article);
        })
        .catch((error: unknown) => console.warn(`Reloading article ${params.id} after reconnecting failed`, error));
    },
  });
  onCleanup(stream.stop);

  return (
    <Show
      when={article()}
      fallback={
        <div class="kb-missing" data-testid="article-not-found">
          <h2>Article not found</h2>
          <p>No article has the id “{params.id}”. It may have been removed, or the link is wrong.</p>
          <A href="/kb">Back to the knowledge base</A>
        </div>
      }
    >
      {(current) => (
        <Show when={current().id} keyed>
          {(id) => <ArticleView id={id} article={current()} onArticle={showArticle} />}
        </Show>
      )}
    </Show>
  );
}

function ArticleView(props: { id: string; article: ArticleDetailFragment; onArticle: (article: ArticleDetailFragment) => void }) {
  const workspace = useWorkspace();
  const action = createArticleAction(props.onArticle);
  const [editingMetadata, setEditingMetadata] = createSignal(false);
  const me = workspace.me();
  const user = { name: me.displayName, color: colorForStaff(me.id), staffId: me.id };
  const target = () => ({ id: props.article.id, version: props.article.version });

  document.title = `${props.article.title} · Knowledge base · Civic Desk`;

  return (
    <article
      class="kb-article"
      data-testid="article-page"
      data-id={props.article.id}
      data-status={props.article.status.toLowerCase()}
      data-version={props.article.version}
    >
      <nav class="kb-breadcrumb">
        <A href="/kb">Knowledge base</A>
      </nav>
      <header class="kb-article-header">
        <h1 data-testid="article-title">{props.article.title}</h1>
        <div class="kb-article-badges">
          <span class={`badge badge-article-${props.article.status.toLowerCase()}`} data-testid="article-status">
            {articleStatusLabels[props.article.status]}
          </span>
          <span class="badge" data-testid="article-audience">
            {audienceLabels[props.article.audience]}
          </span>
        </div>
        <div class="kb-article-actions">
          <button
            type="button"
            class="button button-primary"
            data-testid="publish-button"
            disabled={action.busy()}
            onClick={() => void action.run(() => publishArticle(target()))}
          >
            {props.article.status === 'PUBLISHED' ? 'Publish changes' : 'Publish'}
          </button>
          <button type="button" class="button" data-testid="verify-button" disabled={action.busy()} onClick={() => void action.run(() => verifyArticle(target()))}>
            Mark verified
          </button>
          <button type="button" class="button" data-testid="edit-metadata-button" aria-expanded={editingMetadata()} onClick={() => setEditingMetadata(!editingMetadata())}>
            Edit details
          </button>
          <Show when={props.article.status !== 'ARCHIVED'}>
            <button
              type="button"
              class="button button-danger"
              data-testid="archive-button"
              disabled={action.busy()}
              onClick={() => {
                if (window.confirm('Archive this article? Residents and staff lists will no longer show it.')) {
                  void action.run(() => archiveArticle(target()));
                }
              }}
            >
              Archive
            </button>
          </Show>
        </div>
        <Show when={action.error()}>
          {(message) => (
            <p class="alert alert-error" role="alert" data-testid="article-action-error">
              {message()}
            </p>
          )}
        </Show>
      </header>

      <div class="kb-article-body">
        <div class="kb-article-main">
          <Show when={editingMetadata()}>
            <MetadataForm article={props.article} onArticle={props.onArticle} onDone={() => setEditingMetadata(false)} />
          </Show>
          <ArticleEditor articleId={props.id} user={user} editable={props.article.status !== 'ARCHIVED'} />
          <HistoryPanel article={props.article} onArticle={props.onArticle} />
        </div>

        <aside class="kb-article-side">
          <section class="card" aria-labelledby="article-details-heading">
            <h2 id="article-details-heading">Details</h2>
            <dl class="facts" data-testid="article-metadata">
              <dt>Topic</dt>
              <dd data-testid="article-topic">{props.article.topic?.name ?? 'None'}</dd>
              <dt>Department</dt>
              <dd data-testid="article-department">{props.article.department?.name ?? 'None'}</dd>
              <dt>Tags</dt>
              <dd data-testid="article-tags">{props.article.tags.length > 0 ? props.article.tags.join(', ') : 'None'}</dd>
              <dt>Audience</dt>
              <dd>{audienceLabels[props.article.audience]}</dd>
              <dt>Status</dt>
              <dd>
                {articleStatusLabels[props.article.status]}
                <Show when={props.article.publishedRevision}>{(revision) => <> · revision {revision().number}</>}</Show>
              </dd>
              <dt>Last verified</dt>
              <dd data-testid="article-verified">
                <Show when={props.article.verifiedAt} fallback="Never">
                  {(verifiedAt) => (
                    <>
                      {formatDateTime(verifiedAt())}
                      <Show when={props.article.verifiedBy}>{(staff) => <> by {staff().displayName}</>}</Show>
                    </>
                  )}
                </Show>
              </dd>
              <Show when={props.article.publishedAt}>
                {(publishedAt) => (
                  <>
                    <dt>Published</dt>
                    <dd>{formatDateTime(publishedAt())}</dd>
                  </>
                )}
              </Show>
              <dt>Updated</dt>
              <dd>
                {formatDateTime(props.article.updatedAt)}
                <Show when={props.article.updatedBy}>{(staff) => <> by {staff().displayName}</>}</Show>
              </dd>
              <Show when={props.article.sourceInquiry}>
                {(inquiry) => (
                  <>
                    <dt>From inquiry</dt>
                    <dd>
                      <A href={`/inquiries/${inquiry().id}`}>{inquiry().reference}</A>
                    </dd>
                  </>
                )}
              </Show>
              <Show when={props.article.audience === 'PUBLIC'}>
                <dt>Residents' votes</dt>
                <dd data-testid="article-feedback">
                  {props.article.feedback.helpful} helpful · {props.article.feedback.notHelpful} not helpful
                </dd>
              </Show>
            </dl>
          </section>
          <RelatedEditor article={props.article} onArticle={props.onArticle} />
        </aside>
      </div>
    </article>
  );
}
