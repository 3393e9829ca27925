import { Editor } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import StarterKit from '@tiptap/starter-kit';
import { createEffect, For, onCleanup, Show } from 'solid-js';
import { BODY_FIELD, createArticleDocProvider, type EditorUser, type SaveState } from './articleDocProvider';

/** Caret colours, dark enough for white label text. The collaboration caret extension accepts only #rrggbb. */
const CARET_COLORS = ['#b3261e', '#1b6ef3', '#0b7a3b', '#8e24aa', '#c25e00', '#00796b', '#ad1457', '#5d4037'];

/** Picks a stable colour for a staff member, so they keep it across sessions. */
export function colorForStaff(staffId: string): string {
  let hash = 0;
  for (const character of staffId) hash = (hash * 31 + character.charCodeAt(0)) >>> 0;
  return CARET_COLORS[hash % CARET_COLORS.length]!;
}

const saveLabels: Record<SaveState, string> = {
  loading: 'Loading…',
  saving: 'Saving…',
  saved: 'All changes saved',
  offline: 'Not saved — offline',
};

/** Builds another editor's caret with a name label, as text nodes only. */
function renderCaret(user: Record<string, unknown>): HTMLElement {
  const name = typeof user.name === 'string' ? user.name : 'Someone';
  const color = typeof user.color === 'string' ? user.color : 'transparent';
  const caret = document.createElement('span');
  caret.className = 'collaboration-carets__caret';
  caret.style.borderColor = color;
  caret.dataset.testid = 'remote-caret';
  const label = document.createElement('span');
  label.className = 'collaboration-carets__label';
  label.style.backgroundColor = color;
  label.dataset.testid = 'remote-caret-label';
  label.textContent = name;
  caret.append(label);
  return caret;
}

/** Renders the live co-editing body editor of one article, with its save state and the list of who is editing. */
export function ArticleEditor(props: { articleId: string; user: EditorUser; editable: boolean }) {
  const provider = createArticleDocProvider(props.articleId, props.user);
  let host: HTMLDivElement | undefined;
  let editor: Editor | null = null;

  createEffect(() => {
    if (!provider.ready() || editor !== null || host === undefined) return;
    editor = new Editor({
      element: host,
      editable: props.editable,
      extensions: [
        // Collaboration brings its own Yjs-aware undo, and a trailing node added
        // by every client at once would duplicate empty paragraphs.
        StarterKit.configure({ undoRedo: false, trailingNode: false }),
        Collaboration.configure({ document: provider.doc, field: BODY_FIELD }),
        CollaborationCaret.configure({ provider: { awareness: provider.awareness }, user: props.user, render: renderCaret }),
      ],
      editorProps: {
        attributes: { class: 'article-editor-content', 'data-testid': 'article-editor', 'aria-label': 'Article body', role: 'textbox', 'aria-multiline': 'true' },
      },
    });
  });

  createEffect(() => editor?.setEditable(props.editable));

  // Closing the tab with unsaved changes shows the browser's leave-page prompt.
  const warnBeforeUnload = (event: BeforeUnloadEvent) => {
    if (provider.saveState() === 'saving' || provider.saveState() === 'offline') event.preventDefault();
  };
  window.addEventListener('beforeunload', warnBeforeUnload);

  onCleanup(() => {
    window.removeEventListener('beforeunload', warnBeforeUnload);
    editor?.destroy();
    editor = null;
    provider.destroy();
  });

  return (
    <section class="card article-editor" aria-label="Body">
      <div class="article-editor-bar">
        <span
          class={`save-state save-state-${provider.saveState()}`}
          role="status"
          data-testid="save-state"
          data-state={provider.saveState()}
          title={provider.lastError() ?? undefined}
        >
          {saveLabels[provider.saveState()]}
        </span>
        <ul class="editing-now" aria-label="Editing now" data-testid="editing-now">
          <For each={provider.collaborators()}>
            {(person) => (
              <li class="editing-person" data-testid="editing-person" data-name={person.name} data-self={person.isSelf ? 'true' : 'false'}>
                <span class="editing-dot" style={{ 'background-color': person.color }} aria-hidden="true" />
                {person.isSelf ? `${person.name} (you)` : person.name}
              </li>
            )}
          </For>
        </ul>
      </div>
      <Show when={!provider.ready()}>
        <p class="muted" role="status">
          Loading the article body…
        </p>
      </Show>
      <div ref={host} class="article-editor-host" />
    </section>
  );
}
