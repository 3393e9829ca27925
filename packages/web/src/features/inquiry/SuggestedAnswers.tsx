import { A } from '@solidjs/router';
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { Highlighted } from '../../components/Highlighted';
import { query } from '../../lib/api';
import { SuggestedArticlesDocument } from '../../lib/graphql';
import { insertAnswer } from './answerInsertion';

/** How many suggestions are shown; each gets the shortcut Alt+1 … Alt+SUGGESTION_COUNT. */
const SUGGESTION_COUNT = 5;

const targetLabels = { note: 'the note box', resolution: 'the resolution note' } as const;

/**
 * Lists published articles that match the inquiry, and inserts one's answer
 * text into the note or resolution box with a button or Alt+1 … Alt+5.
 */
export function SuggestedAnswers(props: { inquiryId: string; subject: string }) {
  const [suggestions] = createResource(
    () => ({ id: props.inquiryId, subject: props.subject }),
    async (source) => (await query(SuggestedArticlesDocument, { inquiryId: source.id, first: SUGGESTION_COUNT })).suggestedArticles,
  );
  const loaded = () => (suggestions.state === 'ready' || suggestions.state === 'refreshing' ? suggestions.latest ?? [] : []);
  const [inserted, setInserted] = createSignal<string | null>(null);

  function insert(index: number): void {
    const hit = loaded()[index];
    if (hit === undefined) return;
    const target = insertAnswer(hit.article.bodyText);
    setInserted(target === null ? 'There is no text box to insert into.' : `Inserted “${hit.article.title}” into ${targetLabels[target]}.`);
  }

  function handleShortcut(event: KeyboardEvent): void {
    if (!event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    // event.code does not depend on the keyboard layout, and on macOS Option+1 types "¡" as event.key.
    const match = /^Digit([1-9])$/.exec(event.code);
    if (match === null) return;
    const index = Number(match[1]) - 1;
    if (index >= SUGGESTION_COUNT || index >= loaded().length) return;
    event.preventDefault();
    insert(index);
  }
  document.addEventListener('keydown', handleShortcut);
  onCleanup(() => document.removeEventListener('keydown', handleShortcut));

  return (
    <section class="card suggested-answers" aria-labelledby={`suggested-${props.inquiryId}`} data-testid="suggested-answers">
      <h3 id={`suggested-${props.inquiryId}`}>Suggested answers</h3>
      <Show when={suggestions.error}>
        <p class="muted" role="alert">
          Suggestions could not be loaded.
        </p>
      </Show>
      <Show when={suggestions.state === 'ready' && loaded().length === 0}>
        <p class="muted">No published article matches this inquiry.</p>
      </Show>
      <ol class="suggestion-list">
        <For each={loaded()}>
          {(hit, index) => (
            <li class="suggestion" data-testid="suggested-answer" data-article-id={hit.article.id}>
              <div class="suggestion-line">
                <A class="suggestion-title" href={`/kb/${hit.article.id}`}>
                  <Highlighted html={hit.titleHighlight} />
                </A>
                <button
                  type="button"
                  class="button button-small"
                  data-testid="insert-answer-button"
                  aria-keyshortcuts={`Alt+${index() + 1}`}
                  title={`Insert the answer (Alt+${index() + 1})`}
                  onClick={() => insert(index())}
                >
                  Insert <kbd>Alt+{index() + 1}</kbd>
                </button>
              </div>
              <Show when={hit.snippet !== ''}>
                <p class="suggestion-snippet">
                  <Highlighted html={hit.snippet} />
                </p>
              </Show>
            </li>
          )}
        </For>
      </ol>
      <Show when={inserted()}>
        {(message) => (
          <p class="muted" role="status" data-testid="insert-status">
            {message()}
          </p>
        )}
      </Show>
    </section>
  );
}
