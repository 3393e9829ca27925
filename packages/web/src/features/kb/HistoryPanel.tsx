import { createEffect, createResource, createSignal, For, on, Show } from 'solid-js';
import { query } from '../../lib/api';
import { ArticleDiffDocument, ArticleRevisionsDocument, type ArticleDetailFragment, type DiffGranularity } from '../../lib/graphql';
import { formatDateTime } from '../../lib/time';
import { restoreRevision } from './actions';
import { createArticleAction } from './articleAction';

/** Value of the "to" select that compares with the working copy instead of a revision. */
const WORKING_COPY = 'current';

type DiffPart = { kind: 'ADDED' | 'REMOVED' | 'UNCHANGED'; value: string };

function DiffText(props: { parts: readonly DiffPart[]; testId: string }) {
  return (
    <div class="diff-text" data-testid={props.testId}>
      <For each={props.parts}>
        {(part) =>
          part.kind === 'ADDED' ? (
            <ins class="diff-added" data-testid="diff-added">
              {part.value}
            </ins>
          ) : part.kind === 'REMOVED' ? (
            <del class="diff-removed" data-testid="diff-removed">
              {part.value}
            </del>
          ) : (
            <span>{part.value}</span>
          )
        }
      </For>
    </div>
  );
}

/** Lists an article's revisions, compares any two (or one with the working copy) and restores one. */
export function HistoryPanel(props: { article: ArticleDetailFragment; onArticle: (article: ArticleDetailFragment) => void }) {
  const action = createArticleAction(props.onArticle);
  const [revisions] = createResource(
    () => ({ id: props.article.id, version: props.article.version }),
    async (source) => (await query(ArticleRevisionsDocument, { id: source.id })).article?.revisions ?? [],
  );
  const loadedRevisions = () => (revisions.state === 'ready' || revisions.state === 'refreshing' ? revisions.latest ?? [] : []);

  const [from, setFrom] = createSignal<number | null>(null);
  const [to, setTo] = createSignal<string>(WORKING_COPY);
  const [granularity, setGranularity] = createSignal<DiffGranularity>('WORDS');
  const [comparing, setComparing] = createSignal(false);

  // Default comparison: the newest revision against the working copy.
  createEffect(
    on(loadedRevisions, (list) => {
      if (list.length > 0 && (from() === null || !list.some((revision) => revision.number === from()))) setFrom(list[0]!.number);
    }),
  );

  const [diff] = createResource(
    () => {
      const fromNumber = from();
      if (!comparing() || fromNumber === null) return false;
      return { from: fromNumber, to: to() === WORKING_COPY ? null : Number(to()), granularity: granularity(), version: props.article.version };
    },
    async (source) =>
      (await query(ArticleDiffDocument, { articleId: props.article.id, from: source.from, to: source.to, granularity: source.granularity })).articleDiff,
  );
  const shownDiff = () => (diff.state === 'ready' || diff.state === 'refreshing' ? diff.latest : undefined);

  function restore(number: number): void {
    if (!window.confirm(`Copy revision ${number} into the working copy? Everyone editing sees the change at once. It is not published until you publish.`)) return;
    void action.run(() => restoreRevision({ id: props.article.id, version: props.article.version }, number));
  }

  return (
    <section class="card history-panel" aria-labelledby="history-heading" data-testid="history-panel">
      <h2 id="history-heading">History</h2>
      <Show when={loadedRevisions().length > 0} fallback={<p class="muted">No revisions yet. Publishing makes the first one.</p>}>
        <table class="revision-table">
          <thead>
            <tr>
              <th scope="col">Revision</th>
              <th scope="col">Author</th>
              <th scope="col">Time</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={loadedRevisions()}>
              {(revision) => (
                <tr data-testid="revision-row" data-number={revision.number}>
                  <td>
                    {revision.number}
                    <Show when={revision.kind === 'RESTORED'}>
                      <span class="muted"> (restored {revision.restoredFromNumber ?? ''})</span>
                    </Show>
                    <Show when={props.article.publishedRevision?.id === revision.id}>
                      <span class="badge badge-article-published">Live</span>
                    </Show>
                  </td>
                  <td>{revision.author?.displayName ?? 'Unknown'}</td>
                  <td>{formatDateTime(revision.createdAt)}</td>
                  <td>
                    <button type="button" class="button button-small" data-testid="restore-button" disabled={action.busy()} onClick={() => restore(revision.number)}>
                      Restore
                    </button>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>

        <form
          class="diff-controls"
          onSubmit={(event) => {
            event.preventDefault();
            setComparing(true);
          }}
        >
          <label>
            Compare revision{' '}
            <select class="select" data-testid="diff-from" value={String(from() ?? '')} onChange={(event) => setFrom(Number(event.currentTarget.value))}>
              <For each={loadedRevisions()}>{(revision) => <option value={String(revision.number)}>{revision.number}</option>}</For>
            </select>
          </label>
          <label>
            with{' '}
            <select class="select" data-testid="diff-to" value={to()} onChange={(event) => setTo(event.currentTarget.value)}>
              <option value={WORKING_COPY}>the working copy</option>
              <For each={loadedRevisions()}>{(revision) => <option value={String(revision.number)}>revision {revision.number}</option>}</For>
            </select>
          </label>
          <label>
            by{' '}
            <select class="select" value={granularity()} onChange={(event) => setGranularity(event.currentTarget.value as DiffGranularity)}>
              <option value="WORDS">words</option>
              <option value="LINES">lines</option>
            </select>
          </label>
          <button type="submit" class="button button-small" data-testid="diff-button">
            Compare
          </button>
        </form>

        <Show when={diff.error}>
          <p class="alert alert-error" role="alert">
            The comparison failed: {diff.error instanceof Error ? diff.error.message : String(diff.error)}
          </p>
        </Show>
        <Show when={comparing() ? shownDiff() : undefined}>
          {(result) => (
            <div class="diff-view" data-testid="diff-view">
              <p class="muted">
                Revision {result().from.number} → {result().to === null ? 'working copy' : `revision ${result().to?.number}`}.{' '}
                <ins class="diff-added">Added</ins> <del class="diff-removed">removed</del>
              </p>
              <h3>Title</h3>
              <DiffText parts={result().title} testId="diff-title" />
              <h3>Body</h3>
              <DiffText parts={result().body} testId="diff-body" />
            </div>
          )}
        </Show>
      </Show>
      <Show when={action.error()}>
        {(message) => (
          <p class="alert alert-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
    </section>
  );
}
