import { Show } from 'solid-js';
import { socketState } from '../lib/api';

/** Shows a banner while the live connection is down and the client reconnects. */
export function ConnectionBanner() {
  return (
    <div class="connection-banner-region" role="status" aria-live="polite">
      <Show when={socketState() === 'reconnecting'}>
        <div class="connection-banner" data-testid="connection-banner">
          <span class="connection-spinner" aria-hidden="true" />
          <strong>Reconnecting…</strong>
          <span>Live updates are paused. Changes made meanwhile appear as soon as the connection is back.</span>
        </div>
      </Show>
    </div>
  );
}
