import { A, useNavigate } from '@solidjs/router';
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { Highlighted } from '../../components/Highlighted';
import { query } from '../../lib/api';
import { ArticlesDocument, type ArticleAudience, type ArticleFilter, type ArticleStatus } from '../../lib/graphql';
import { formatDateTime } from '../../lib/time';
import { createArticle } from './actions';
import { DirectorySearch } from './DirectorySearch';
import { articleStatusLabels, audienceLabels } from './labels';
import '../inquiry/inquiry.css';
import './kb.css';

/** Milliseconds of typing pause before the search runs. */
const SEARCH_DEBOUNCE_MS = 200;

type StatusChoice = 'active' | ArticleStatus;

const statusChoices: { value: StatusChoice; label: string }[] = [
  { value: 'active', label: 'Draft and published' },
  { value: 'DRAFT', label: 'Draft' },
  { value: 'PUBLISHED', label: 'Published' },
  { value: 'ARCHIVED', label: 'Archived' },
];

/** Renders the staff knowledge base: search as you type, filters, the article list, a new-article form and the directory. */
export default function KbPage() {
  const workspace = useWorkspace();
  const [text, setText] = createSignal('');
  const [searchText, setSearchText] = createSignal('');
  const [topicId, setTopicId] = createSignal('');
  const [departmentId, setDepartmentId] = createSignal('');
  const [status, setStatus] = createSignal<StatusChoice>('active');
  const [audience, setAudience] = createSignal<ArticleAudience | ''>('');

  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(debounceTimer));
  function typeQuery(value: string): void {
    setText(value);
    clearTimeout(debounceTimer);
    debounceTimer = setTimeout(() => setSearchText(value.trim()), SEARCH_DEBOUNCE_MS);
  }

  const filter = (): ArticleFilter => ({
    query: searchText() === '' ? null : searchText(),
    topicId: topicId() === '' ? null : topicId(),
    departmentId: departmentId() === '' ? null : departmentId(),
    statuses: status() === 'active' ? null : [status() as ArticleStatus],
    audiences: audience() === '' ? null : [audience() as ArticleAudience],
  });

  const [results] = createResource(filter, async (current) => (await query(ArticlesDocument, { filter: current, first: 50 })).articles);
  // The previous list stays on screen while the next search runs.
  const shown = () => (results.state === 'ready' || results.state === 'refreshing' ? results.latest : undefined);

  document.title = 'Knowledge base · Civic Desk';

  return (
    <div class="kb-page" data-testid="kb-page">
      <section class="kb-main" aria-labelledby="kb-heading">
        <div class="kb-header">
          <h1 id="kb-heading">Knowledge base</h1>
          <NewArticleForm />
        </div>

        <div class="kb-search">
          <label class="visually-hidden" for="kb-search-input">
            Search articles
          </label>
          <input
            id="kb-search-input"
            class="input kb-search-input"
            type="search"
            placeholder="Search articles, such as “bulky waste pickup”"
            autocomplete="off"
            data-testid="kb-search"
            value={text()}
            onInput={(event) => typeQuery(event.currentTarget.value)}
          />
        </div>

        <div class="kb-filters" role="group" aria-label="Filters">
          <label class="kb-filter">
            <span>Topic</span>
            <select class="select" data-testid="kb-filter-topic" value={topicId()} onChange={(event) => setTopicId(event.currentTarget.value)}>
              <option value="">Any topic</option>
              <For each={workspace.directory.topics()}>{(topic) => <option value={topic.id}>{topic.name}</option>}</For>
            </select>
          </label>
          <label class="kb-filter">
            <span>Department</span>
            <select
              class="select"
              data-testid="kb-filter-department"
              value={departmentId()}
              onChange={(event) => setDepartmentId(event.currentTarget.value)}
            >
              <option value="">Any department</option>
              <For each={workspace.directory.departments()}>{(department) => <option value={department.id}>{department.name}</option>}</For>
            </select>
          </label>
          <label class="kb-filter">
            <span>Status</span>
            <select class="select" data-testid="kb-filter-status" value={status()} onChange={(event) => setStatus(event.currentTarget.value as StatusChoice)}>
              <For each={statusChoices}>{(choice) => <option value={choice.value}>{choice.label}</option>}</For>
            </select>
          </label>
          <label class="kb-filter">
            <span>Audience</span>
            <select
              class="select"
              data-testid="kb-filter-audience"
              value={audience()}
              onChange={(event) => setAudience(event.currentTarget.value as ArticleAudience | '')}
            >
              <option value="">Staff and public</option>
              <option value="STAFF">{audienceLabels.STAFF}</option>
              <option value="PUBLIC">{audienceLabels.PUBLIC}</option>
            </select>
          </label>
        </div>

        <Show when={results.error}>
          {(error) => (
            <p class="alert alert-error" role="alert" data-testid="kb-error">
              The articles could not be loaded: {error() instanceof Error ? (error() as Error).message : String(error())}
            </p>
          )}
        </Show>

        <Show when={shown()} fallback={<p class="muted" role="status">Loading articles…</p>}>
          {(connection) => (
            <>
              <p class="muted kb-count" role="status" data-testid="kb-count">
                {connection().totalCount === 1 ? '1 article' : `${connection().totalCount} articles`}
                <Show when={connection().mode === 'SIMILAR'}> (similar spellings)</Show>
              </p>
              <ol class="kb-list" data-testid="kb-list" aria-busy={results.loading ? 'true' : 'false'}>
                <For each={connection().edges} fallback={<li class="muted">No article matches. Try fewer words or other filters.</li>}>
                  {(edge) => (
                    <li class="kb-row" data-testid="kb-row" data-id={edge.node.article.id} data-status={edge.node.article.status.toLowerCase()}>
                      <A class="kb-row-title" href={`/kb/${edge.node.article.id}`} data-testid="kb-row-link">
                        <Highlighted html={edge.node.titleHighlight} />
                      </A>
                      <div class="kb-row-meta">
                        <span class={`badge badge-article-${edge.node.article.status.toLowerCase()}`}>
                          {articleStatusLabels[edge.node.article.status]}
                        </span>
                        <span class="badge">{audienceLabels[edge.node.article.audience]}</span>
                        <Show when={edge.node.article.topic}>{(topic) => <span>{topic().name}</span>}</Show>
                        <Show when={edge.node.article.department}>{(department) => <span class="muted">{department().name}</span>}</Show>
                        <span class="muted">Updated {formatDateTime(edge.node.article.updatedAt)}</span>
                      </div>
                      <Show when={edge.node.snippet !== ''}>
                        <p class="kb-snippet">
                          <Highlighted html={edge.node.snippet} testId="kb-row-snippet" />
                        </p>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
            </>
          )}
        </Show>
      </section>

      <aside class="kb-side">
        <DirectorySearch />
      </aside>
    </div>
  );
}

/** Renders a one-field form that creates a draft article and opens it. */
function NewArticleForm() {
  const navigate = useNavigate();
  const [title, setTitle] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);

  async function submit(): Promise<void> {
    if (busy()) return;
    if (title().trim() === '') {
      setError('Enter a title for the new article.');
      return;
    }
    setBusy(true);
    setError(null);
    const outcome = await createArticle({ title: title().trim() });
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.fieldErrors.title ?? outcome.message);
      return;
    }
    setTitle('');
    navigate(`/kb/${outcome.article.id}`);
  }

  return (
    <form
      class="kb-new"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <label class="visually-hidden" for="kb-new-title">
        New article title
      </label>
      <input
        id="kb-new-title"
        class="input"
        placeholder="New article title"
        data-testid="kb-new-title"
        maxLength={500}
        value={title()}
        onInput={(event) => setTitle(event.currentTarget.value)}
      />
      <button type="submit" class="button button-primary" data-testid="kb-new-submit" disabled={busy()}>
        {busy() ? 'Creating…' : 'New article'}
      </button>
      <Show when={error()}>
        {(message) => (
          <p class="field-error" role="alert" data-testid="kb-new-error">
            {message()}
          </p>
        )}
      </Show>
    </form>
  );
}
