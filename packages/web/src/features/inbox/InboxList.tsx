import { For, Match, Show, Switch } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { InboxRow } from './InboxRow';
import './inbox.css';

export function InboxList(props: { openInquiryId: string | null }) {
  const workspace = useWorkspace();
  const inbox = workspace.inbox;

  return (
    <div class="inbox-list-region">
      <Switch>
        <Match when={inbox.state.status === 'loading' && inbox.state.items.length === 0}>
          <p class="inbox-message" role="status">
            Loading inquiries…
          </p>
        </Match>
        <Match when={inbox.state.status === 'error'}>
          <div class="alert alert-error inbox-message" role="alert">
            <p>{inbox.state.error}</p>
            <button type="button" class="button button-small" onClick={() => void inbox.reload()}>
              Try again
            </button>
          </div>
        </Match>
        <Match when={inbox.state.status === 'ready' && inbox.state.items.length === 0}>
          <p class="inbox-message" data-testid="inbox-empty">
            No inquiries match these filters.
          </p>
        </Match>
      </Switch>

      <ul
        id="inbox-list"
        class="inbox-list"
        classList={{ 'inbox-list-stale': inbox.state.status === 'loading' }}
        data-testid="inbox-list"
        aria-label="Inquiries"
        aria-busy={inbox.state.status === 'loading'}
        tabindex="-1"
      >
        <For each={inbox.state.items}>
          {(item) => (
            <InboxRow
              item={item}
              selected={item.id === props.openInquiryId}
              live={inbox.state.liveIds[item.id] === true}
            />
          )}
        </For>
      </ul>

      <Show when={inbox.state.status === 'ready' && inbox.state.hasNextPage}>
        <div class="load-more">
          <button
            type="button"
            class="button"
            data-testid="load-more-button"
            disabled={inbox.state.loadingMore}
            onClick={() => void inbox.loadMore()}
          >
            {inbox.state.loadingMore ? 'Loading…' : 'Load more'}
          </button>
        </div>
      </Show>
      <Show when={inbox.state.loadMoreError}>
        {(message) => (
          <p class="alert alert-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
    </div>
  );
}
