import { createResource, createSignal, Show } from 'solid-js';
import { mutate, query } from '../../lib/api';
import { MyCalendarFeedsDocument, ResetCalendarTokenDocument } from '../../lib/graphql';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Shows the signed-in person's calendar feed addresses with copy buttons, and resets them after a confirmation. */
export function CalendarLinks() {
  const [feeds, { mutate: setFeeds }] = createResource(async () => (await query(MyCalendarFeedsDocument, {})).myCalendarFeeds);
  const loaded = () => (feeds.state === 'ready' || feeds.state === 'refreshing' ? feeds.latest : undefined);
  const [confirming, setConfirming] = createSignal(false);
  const [message, setMessage] = createSignal<string | null>(null);

  async function copy(label: string, url: string): Promise<void> {
    try {
      await navigator.clipboard.writeText(url);
      setMessage(`${label} address copied.`);
    } catch {
      setMessage(`Copying failed. Select the ${label.toLowerCase()} address and copy it yourself.`);
    }
  }

  async function reset(): Promise<void> {
    setConfirming(false);
    setMessage(null);
    try {
      setFeeds((await mutate(ResetCalendarTokenDocument, {})).resetCalendarToken);
      setMessage('New addresses made. Calendar apps that used the old ones must subscribe again.');
    } catch (error) {
      setMessage(`The addresses were not reset: ${messageOf(error)}`);
    }
  }

  const feedRow = (id: string, label: string, url: string, testId: string) => (
    <div class="calendar-feed">
      <label for={id}>{label}</label>
      <input id={id} class="input" readOnly value={url} data-testid={testId} onFocus={(event) => event.currentTarget.select()} />
      <button type="button" class="button button-small" onClick={() => void copy(label, url)}>
        Copy
      </button>
    </div>
  );

  return (
    <section class="rota-panel" aria-labelledby="rota-calendar-heading" data-testid="calendar-links">
      <h2 id="rota-calendar-heading">Your calendar</h2>
      <p class="rota-muted">Subscribe to these iCalendar addresses in a calendar app. Anyone with an address can read it, so keep it private.</p>
      <Show when={feeds.error}>
        <p class="rota-error" role="alert">
          The calendar addresses could not be loaded: {messageOf(feeds.error)}
        </p>
      </Show>
      <Show when={loaded()}>
        {(current) => (
          <>
            {feedRow('calendar-personal', 'Personal', current().personalUrl, 'calendar-personal-url')}
            {feedRow('calendar-team', 'Team', current().teamUrl, 'calendar-team-url')}
          </>
        )}
      </Show>
      <Show
        when={confirming()}
        fallback={
          <button type="button" class="button button-small button-danger" data-testid="calendar-reset" onClick={() => setConfirming(true)}>
            Reset address
          </button>
        }
      >
        <div class="calendar-confirm" role="group" aria-label="Confirm the reset">
          <span>The current addresses will stop working. Reset them?</span>
          <button type="button" class="button button-small button-danger" data-testid="calendar-reset-confirm" onClick={() => void reset()}>
            Reset
          </button>
          <button type="button" class="button button-small" onClick={() => setConfirming(false)}>
            Cancel
          </button>
        </div>
      </Show>
      <p role="status" aria-live="polite" class="rota-status" data-testid="calendar-status">
        {message()}
      </p>
    </section>
  );
}
