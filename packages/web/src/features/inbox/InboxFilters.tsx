import { createSignal, For, onCleanup, Show } from 'solid-js';
import type { SetStoreFunction } from 'solid-js/store';
import { useWorkspace } from '../../app/workspaceContext';
import type { Channel, ClaimFilter, InquiryStatus } from '../../lib/graphql';
import { createChannelCounts } from './channelCounts';
import { defaultInboxFilter, type InboxFilterState } from './filters';
import { channelLabels, channels, claimFilterLabels } from './labels';

/** Maximum length of the search text that the inbox query accepts (MAX_SEARCH_LENGTH in the server's inquiries/inbox.ts). */
const MAX_SEARCH_LENGTH = 200;

/** Delay between the last keystroke in the search box and the reload, in milliseconds. */
const SEARCH_DEBOUNCE_MS = 300;

const claimFilters: ClaimFilter[] = ['ANYONE', 'MINE', 'UNCLAIMED'];

type InboxFiltersProps = {
  filter: InboxFilterState;
  setFilter: SetStoreFunction<InboxFilterState>;
};

export function InboxFilters(props: InboxFiltersProps) {
  const workspace = useWorkspace();
  const [searchText, setSearchText] = createSignal(props.filter.text);
  const channelCounts = createChannelCounts(() => props.filter);
  let searchTimer: ReturnType<typeof setTimeout> | undefined;
  let searchInput: HTMLInputElement | undefined;

  function scheduleSearch(text: string): void {
    setSearchText(text);
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => props.setFilter('text', text), SEARCH_DEBOUNCE_MS);
  }

  function toggleChannel(channel: Channel): void {
    const selected = props.filter.channels;
    props.setFilter('channels', selected.includes(channel) ? selected.filter((item) => item !== channel) : [...selected, channel]);
  }

  function clearFilters(): void {
    clearTimeout(searchTimer);
    setSearchText('');
    props.setFilter({ ...defaultInboxFilter, channels: [] });
  }

  // "/" focuses the search box unless the user is typing somewhere.
  function focusSearchOnSlash(event: KeyboardEvent): void {
    if (event.key !== '/' || event.altKey || event.ctrlKey || event.metaKey) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return;
    event.preventDefault();
    searchInput?.focus();
  }
  document.addEventListener('keydown', focusSearchOnSlash);
  onCleanup(() => {
    clearTimeout(searchTimer);
    document.removeEventListener('keydown', focusSearchOnSlash);
  });

  return (
    <form class="inbox-filters" data-testid="inbox-filters" role="search" aria-label="Inbox filters" onSubmit={(event) => event.preventDefault()}>
      <div class="filter-search">
        <label class="visually-hidden" for="filter-text">
          Search inquiries
        </label>
        <input
          id="filter-text"
          ref={searchInput}
          class="input"
          type="search"
          placeholder="Search reference, subject, text, name, e-mail"
          data-testid="filter-text"
          maxLength={MAX_SEARCH_LENGTH}
          value={searchText()}
          onInput={(event) => scheduleSearch(event.currentTarget.value)}
          onKeyDown={(event) => {
            if (event.key === 'Enter') {
              clearTimeout(searchTimer);
              props.setFilter('text', event.currentTarget.value);
            }
          }}
        />
        <kbd class="filter-search-key" aria-hidden="true">
          /
        </kbd>
      </div>

      <fieldset class="filter-group">
        <legend class="visually-hidden">Channel</legend>
        <div class="chip-row" role="group" aria-label="Channel">
          <For each={channels}>
            {(channel) => (
              <button
                type="button"
                class="chip"
                aria-pressed={props.filter.channels.includes(channel)}
                data-testid="filter-channel"
                data-channel={channel}
                onClick={() => toggleChannel(channel)}
              >
                {channelLabels[channel]}{' '}
                <Show when={channelCounts()}>
                  {(counts) => (
                    // The noun is for screen readers, so that a chip reads "Phone 8 inquiries".
                    <span class="chip-count" data-testid="channel-count">
                      {counts()[channel] ?? 0}
                      <span class="visually-hidden"> {(counts()[channel] ?? 0) === 1 ? 'inquiry' : 'inquiries'}</span>
                    </span>
                  )}
                </Show>
              </button>
            )}
          </For>
        </div>
      </fieldset>

      <div class="filter-grid">
        <div class="field">
          <label for="filter-status">Status</label>
          <select
            id="filter-status"
            class="select"
            data-testid="filter-status"
            value={props.filter.status}
            onChange={(event) => props.setFilter('status', event.currentTarget.value as InquiryStatus | '')}
          >
            <option value="OPEN">Open</option>
            <option value="RESOLVED">Resolved</option>
            <option value="">Any status</option>
          </select>
        </div>

        <div class="field">
          <label for="filter-claim">Claimed by</label>
          <select
            id="filter-claim"
            class="select"
            data-testid="filter-claim"
            value={props.filter.claim}
            onChange={(event) => props.setFilter('claim', event.currentTarget.value as ClaimFilter)}
          >
            <For each={claimFilters}>{(claim) => <option value={claim}>{claimFilterLabels[claim]}</option>}</For>
          </select>
        </div>

        <div class="field">
          <label for="filter-topic">Topic</label>
          <select
            id="filter-topic"
            class="select"
            data-testid="filter-topic"
            value={props.filter.topicId}
            onChange={(event) => props.setFilter('topicId', event.currentTarget.value)}
          >
            <option value="">Any topic</option>
            <For each={workspace.directory.topics()}>{(topic) => <option value={topic.id}>{topic.name}</option>}</For>
          </select>
        </div>

        <div class="field">
          <label for="filter-department">Department</label>
          <select
            id="filter-department"
            class="select"
            data-testid="filter-department"
            value={props.filter.departmentId}
            onChange={(event) => props.setFilter('departmentId', event.currentTarget.value)}
          >
            <option value="">Any department</option>
            <For each={workspace.directory.departments()}>
              {(department) => <option value={department.id}>{department.name}</option>}
            </For>
          </select>
        </div>
      </div>

      <Show when={workspace.directory.error()}>{(message) => <p class="field-error">{message()}</p>}</Show>

      <div class="filter-footer">
        <span class="inbox-count" data-testid="inbox-count" aria-live="polite">
          <Show when={workspace.inbox.state.status === 'ready'} fallback={workspace.inbox.state.status === 'loading' ? 'Loading…' : ''}>
            {workspace.inbox.state.totalCount} {workspace.inbox.state.totalCount === 1 ? 'inquiry' : 'inquiries'}
          </Show>
        </span>
        <button type="button" class="button-link" data-testid="clear-filters" onClick={clearFilters}>
          Clear filters
        </button>
      </div>
    </form>
  );
}
