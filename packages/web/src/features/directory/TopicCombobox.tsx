import { createEffect, createSignal, For, on, Show } from 'solid-js';
import type { Topic } from './directory';
import './directory.css';

type TopicComboboxProps = {
  /** The input's id; the listbox and options derive their ids from it. */
  id: string;
  /** The field name in server errors, such as "topicId". It also names the error's data-testid. */
  name: string;
  label: string;
  topics: Topic[];
  /** The selected topic id, or null for none. */
  value: string | null;
  onChange: (topicId: string | null) => void;
  error?: string;
  hint?: string;
  testId?: string;
  /** Maximum number of options shown at once. */
  maxOptions?: number;
};

function matchesQuery(topic: Topic, words: string[]): boolean {
  const haystack = `${topic.name} ${topic.department.name} ${topic.description}`.toLowerCase();
  return words.every((word) => haystack.includes(word));
}

/**
 * Renders a filterable topic picker that follows the WAI-ARIA combobox pattern:
 * typing filters, ArrowUp and ArrowDown move through the options, Enter picks
 * the highlighted option, and Escape closes the list. While the list is
 * closed, Enter and Escape reach the surrounding form or dialog.
 */
export function TopicCombobox(props: TopicComboboxProps) {
  const selectedTopic = () => props.topics.find((topic) => topic.id === props.value);
  const [text, setText] = createSignal(selectedTopic()?.name ?? '');
  const [open, setOpen] = createSignal(false);
  const [activeIndex, setActiveIndex] = createSignal(-1);

  const listId = () => `${props.id}-listbox`;
  const optionId = (index: number) => `${props.id}-option-${index}`;
  const errorId = () => `${props.id}-error`;
  const hintId = () => `${props.id}-hint`;

  const filteredTopics = () => {
    const words = text().trim().toLowerCase().split(/\s+/).filter(Boolean);
    // While the text still shows the selected topic, list every topic.
    const showAll = words.length === 0 || text() === selectedTopic()?.name;
    const matches = showAll ? props.topics : props.topics.filter((topic) => matchesQuery(topic, words));
    return matches.slice(0, props.maxOptions ?? 50);
  };

  // Show the chosen topic's name when the selection changes from outside.
  createEffect(
    on(
      () => selectedTopic()?.name,
      (name) => setText(name ?? ''),
      { defer: true },
    ),
  );

  // Keep the highlighted option visible while the arrow keys move through a long list.
  createEffect(() => {
    const index = activeIndex();
    if (!open() || index < 0) return;
    document.getElementById(optionId(index))?.scrollIntoView({ block: 'nearest' });
  });

  function openList(): void {
    setOpen(true);
    if (activeIndex() < 0 && filteredTopics().length > 0) setActiveIndex(0);
  }

  function closeList(): void {
    setOpen(false);
    setActiveIndex(-1);
  }

  function choose(topic: Topic | null): void {
    props.onChange(topic?.id ?? null);
    setText(topic?.name ?? '');
    closeList();
  }

  function handleKeyDown(event: KeyboardEvent): void {
    const options = filteredTopics();
    switch (event.key) {
      case 'ArrowDown':
        event.preventDefault();
        if (!open()) {
          openList();
          return;
        }
        setActiveIndex((index) => Math.min(options.length - 1, index + 1));
        return;
      case 'ArrowUp':
        event.preventDefault();
        if (!open()) {
          openList();
          return;
        }
        setActiveIndex((index) => Math.max(0, index - 1));
        return;
      case 'Enter': {
        const active = options[activeIndex()];
        if (open() && active !== undefined) {
          // Picking an option must not submit the form.
          event.preventDefault();
          choose(active);
        }
        return;
      }
      case 'Escape':
        if (open()) {
          // Close only the list, not the dialog around it.
          event.preventDefault();
          event.stopPropagation();
          closeList();
        }
        return;
    }
  }

  function handleBlur(): void {
    closeList();
    const typed = text().trim();
    if (typed === '') {
      if (props.value !== null) props.onChange(null);
      return;
    }
    // Accept an exact name typed without using the list, or else restore the selection.
    const exact = props.topics.find((topic) => topic.name.toLowerCase() === typed.toLowerCase());
    if (exact !== undefined) {
      choose(exact);
    } else {
      setText(selectedTopic()?.name ?? '');
    }
  }

  const describedBy = () => [props.hint ? hintId() : null, props.error ? errorId() : null].filter(Boolean).join(' ') || undefined;

  return (
    <div class="field combobox">
      <label for={props.id}>{props.label}</label>
      <div class="combobox-control">
        <input
          id={props.id}
          name={props.name}
          class="input"
          type="text"
          role="combobox"
          autocomplete="off"
          aria-autocomplete="list"
          aria-expanded={open()}
          aria-controls={listId()}
          aria-activedescendant={open() && activeIndex() >= 0 ? optionId(activeIndex()) : undefined}
          aria-invalid={props.error ? 'true' : undefined}
          aria-describedby={describedBy()}
          data-testid={props.testId}
          data-topic-id={props.value ?? ''}
          placeholder="Type to filter topics"
          value={text()}
          onInput={(event) => {
            setText(event.currentTarget.value);
            setOpen(true);
            setActiveIndex(filteredTopics().length > 0 ? 0 : -1);
          }}
          onKeyDown={handleKeyDown}
          onClick={() => (open() ? closeList() : openList())}
          onBlur={handleBlur}
        />
        <Show when={props.value !== null}>
          <button
            type="button"
            class="combobox-clear"
            aria-label={`Clear ${props.label.toLowerCase()}`}
            tabindex="-1"
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => choose(null)}
          >
            ×
          </button>
        </Show>
        <ul id={listId()} class="combobox-list" role="listbox" aria-label={props.label} hidden={!open()}>
          <For each={filteredTopics()} fallback={<li class="combobox-empty">No topic matches “{text()}”</li>}>
            {(topic, index) => (
              <li
                id={optionId(index())}
                class="combobox-option"
                classList={{ 'is-active': index() === activeIndex() }}
                role="option"
                aria-selected={topic.id === props.value}
                data-testid="topic-option"
                // Keep focus in the input so its blur does not close the list first.
                onMouseDown={(event) => event.preventDefault()}
                onClick={() => choose(topic)}
              >
                <span class="combobox-option-name">{topic.name}</span>
                <span class="combobox-option-detail">{topic.department.name}</span>
              </li>
            )}
          </For>
        </ul>
      </div>
      <Show when={props.hint}>
        <span id={hintId()} class="field-hint">
          {props.hint}
        </span>
      </Show>
      <Show when={props.error}>
        <span id={errorId()} class="field-error" data-testid={`field-error-${props.name}`}>
          {props.error}
        </span>
      </Show>
    </div>
  );
}
