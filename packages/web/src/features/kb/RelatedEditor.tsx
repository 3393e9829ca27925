import { A } from '@solidjs/router';
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { query } from '../../lib/api';
import { ArticlesDocument, type ArticleDetailFragment } from '../../lib/graphql';
import { setRelatedArticles } from './actions';
import { createArticleAction } from './articleAction';

/** The server accepts at most this many related articles. */
const RELATED_MAX = 20;

type RelatedItem = { id: string; title: string };

/** Shows the "see also" articles and edits them: add by search, remove, reorder, save. */
export function RelatedEditor(props: { article: ArticleDetailFragment; onArticle: (article: ArticleDetailFragment) => void }) {
  const action = createArticleAction(props.onArticle);
  const [editing, setEditing] = createSignal(false);
  const [items, setItems] = createSignal<RelatedItem[]>([]);
  const [text, setText] = createSignal('');
  const [searchText, setSearchText] = createSignal('');
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(debounceTimer));

  const [candidates] = createResource(
    () => (editing() && searchText() !== '' ? searchText() : false),
    async (text) => (await query(ArticlesDocument, { filter: { query: text }, first: 8 })).articles.edges.map((edge) => edge.node.article),
  );
  const shownCandidates = () =>
    (candidates.state === 'ready' ? candidates() : []).filter((candidate) => candidate.id !== props.article.id && !items().some((item) => item.id === candidate.id));

  function startEditing(): void {
    setItems(props.article.relatedArticles.map((related) => ({ id: related.id, title: related.title })));
    setText('');
    setSearchText('');
    setEditing(true);
  }

  function move(index: number, offset: number): void {
    const next = [...items()];
    const [item] = next.splice(index, 1);
    if (item === undefined) return;
    next.splice(index + offset, 0, item);
    setItems(next);
  }

  async function save(): Promise<void> {
    const succeeded = await action.run(() =>
      setRelatedArticles({ id: props.article.id, version: props.article.version }, items().map((item) => item.id)),
    );
    if (succeeded) setEditing(false);
  }

  return (
    <section class="card" aria-labelledby="related-heading" data-testid="related-articles">
      <h2 id="related-heading">Related articles</h2>
      <Show
        when={editing()}
        fallback={
          <>
            <ul class="related-list">
              <For each={props.article.relatedArticles} fallback={<li class="muted">None yet.</li>}>
                {(related) => (
                  <li data-testid="related-article">
                    <A href={`/kb/${related.id}`}>{related.title}</A>
                  </li>
                )}
              </For>
            </ul>
            <button type="button" class="button button-small" data-testid="edit-related-button" onClick={startEditing}>
              Set related articles
            </button>
          </>
        }
      >
        <ol class="related-list">
          <For each={items()} fallback={<li class="muted">No related articles.</li>}>
            {(item, index) => (
              <li class="related-edit-row" data-testid="related-edit-row">
                <span>{item.title}</span>
                <span class="related-edit-buttons">
                  <button type="button" class="button button-small" aria-label={`Move ${item.title} up`} disabled={index() === 0} onClick={() => move(index(), -1)}>
                    ↑
                  </button>
                  <button type="button" class="button button-small" aria-label={`Move ${item.title} down`} disabled={index() === items().length - 1} onClick={() => move(index(), 1)}>
                    ↓
                  </button>
                  <button type="button" class="button button-small" aria-label={`Remove ${item.title}`} onClick={() => setItems(items().filter((other) => other.id !== item.id))}>
                    Remove
                  </button>
                </span>
              </li>
            )}
          </For>
        </ol>
        <label class="visually-hidden" for="related-search">
          Find an article to add
        </label>
        <input
          id="related-search"
          class="input"
          type="search"
          placeholder="Find an article to add"
          data-testid="related-search"
          value={text()}
          onInput={(event) => {
            const value = event.currentTarget.value;
            setText(value);
            clearTimeout(debounceTimer);
            debounceTimer = setTimeout(() => setSearchText(value.trim()), 200);
          }}
        />
        <ul class="related-candidates">
          <For each={shownCandidates()}>
            {(candidate) => (
              <li>
                <button
                  type="button"
                  class="button-link"
                  data-testid="related-candidate"
                  disabled={items().length >= RELATED_MAX}
                  onClick={() => setItems([...items(), { id: candidate.id, title: candidate.title }])}
                >
                  Add “{candidate.title}”
                </button>
              </li>
            )}
          </For>
        </ul>
        <Show when={items().length >= RELATED_MAX}>
          <p class="muted">An article can have at most {RELATED_MAX} related articles.</p>
        </Show>
        <Show when={action.error()}>
          {(message) => (
            <p class="alert alert-error" role="alert">
              {message()}
            </p>
          )}
        </Show>
        <div class="action-form-buttons">
          <button type="button" class="button" onClick={() => setEditing(false)}>
            Cancel
          </button>
          <button type="button" class="button button-primary" data-testid="related-save" disabled={action.busy()} onClick={() => void save()}>
            {action.busy() ? 'Saving…' : 'Save related'}
          </button>
        </div>
      </Show>
    </section>
  );
}
