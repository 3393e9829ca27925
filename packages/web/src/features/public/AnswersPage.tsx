import { A, useSearchParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { Highlighted } from '../../components/Highlighted';
import { query } from '../../lib/api';
import { PublicArticlesDocument } from '../../lib/graphql';
import { t } from './i18n';
import { PublicFrame } from './PublicFrame';

const SEARCH_DEBOUNCE_MS = 250;

/** Renders the public answers list at /answers: published public articles only, searchable, with ?q= kept in the address. */
export default function AnswersPage() {
  const [searchParams, setSearchParams] = useSearchParams<{ q?: string }>();
  const [text, setText] = createSignal(searchParams.q ?? '');
  let debounceTimer: ReturnType<typeof setTimeout> | undefined;
  onCleanup(() => clearTimeout(debounceTimer));

  createEffect(() => {
    document.title = `${t('answers.pageTitle')} · ${t('county')}`;
  });

  const [results] = createResource(
    () => ({ query: (searchParams.q ?? '').trim() }),
    async (source) => (await query(PublicArticlesDocument, { query: source.query === '' ? null : source.query, first: 30 })).publicArticles,
  );
  const shown = () => (results.state === 'ready' || results.state === 'refreshing' ? results.latest : undefined);

  return (
    <PublicFrame>
      <section class="public-card answers">
        <h1>{t('answers.pageTitle')}</h1>
        <p class="public-intro">{t('answers.intro')}</p>
        <form
          role="search"
          onSubmit={(event) => {
            event.preventDefault();
            clearTimeout(debounceTimer);
            setSearchParams({ q: text().trim() === '' ? undefined : text().trim() }, { replace: true });
          }}
        >
          <label class="answers-search-label" for="answers-search">
            {t('answers.searchLabel')}
          </label>
          <input
            id="answers-search"
            class="input answers-search"
            type="search"
            autocomplete="off"
            placeholder={t('answers.searchPlaceholder')}
            data-testid="answers-search"
            value={text()}
            onInput={(event) => {
              const value = event.currentTarget.value;
              setText(value);
              clearTimeout(debounceTimer);
              debounceTimer = setTimeout(() => setSearchParams({ q: value.trim() === '' ? undefined : value.trim() }, { replace: true }), SEARCH_DEBOUNCE_MS);
            }}
          />
        </form>

        <Show when={results.error}>
          <p class="alert alert-error" role="alert" data-testid="answers-error">
            {t('answers.loadFailed')}
          </p>
        </Show>
        <Show when={shown()} fallback={<p role="status">{t('answers.loading')}</p>}>
          {(connection) => (
            <>
              <p class="answers-count" role="status" data-testid="answers-count">
                {t('answers.resultCount', { count: connection().totalCount })}
              </p>
              <ol class="answers-list" data-testid="answers-list">
                <For
                  each={connection().edges}
                  fallback={
                    <li>
                      {t('answers.noResults')} <A href="/ask">{t('answers.askLink')}</A>
                    </li>
                  }
                >
                  {(edge) => (
                    <li class="answers-item" data-testid="answers-item" data-slug={edge.node.article.slug}>
                      <A class="answers-item-title" href={`/answers/${encodeURIComponent(edge.node.article.slug)}`}>
                        <Highlighted html={edge.node.titleHighlight} />
                      </A>
                      <Show when={edge.node.article.topic}>{(topic) => <span class="answers-topic">{topic().name}</span>}</Show>
                      <Show when={edge.node.snippet !== ''}>
                        <p class="answers-snippet">
                          <Highlighted html={edge.node.snippet} />
                        </p>
                      </Show>
                    </li>
                  )}
                </For>
              </ol>
              <p class="answers-ask">
                {t('answers.notFoundAsk')} <A href="/ask">{t('answers.askLink')}</A>
              </p>
            </>
          )}
        </Show>
      </section>
    </PublicFrame>
  );
}
