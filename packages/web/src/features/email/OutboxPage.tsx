import { A } from '@solidjs/router';
import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import type { OutboundEmailStatus } from '../../lib/graphql';
import { onInquiryUpdate } from '../../lib/inquiryUpdates';
import { formatDateTime } from '../../lib/time';
import { loadOutbox, retryEmail, statusLabels } from './emailApi';
import './email.css';

type Filter = 'pending' | 'all';

const filterStatuses: Record<Filter, OutboundEmailStatus[] | null> = {
  pending: ['QUEUED', 'SENDING', 'FAILED'],
  all: null,
};

/** Shows the outbox (queued, failed and sent e-mails) with "Retry now", and reloads it on every e-mail event of the inbox stream. */
export default function OutboxPage() {
  const [filter, setFilter] = createSignal<Filter>('pending');
  const [outbox, { refetch }] = createResource(filter, (value) => loadOutbox(filterStatuses[value]));
  const [error, setError] = createSignal<string | null>(null);
  const [retrying, setRetrying] = createSignal<string | null>(null);

  const removeListener = onInquiryUpdate((update) => {
    if (update.eventType === 'REPLY_QUEUED' || update.eventType === 'EMAIL_STATUS_CHANGED' || update.eventType === 'CREATED') void refetch();
  });
  onCleanup(removeListener);

  async function retry(id: string): Promise<void> {
    setError(null);
    setRetrying(id);
    const outcome = await retryEmail(id);
    setRetrying(null);
    if (!outcome.ok) setError(outcome.message);
    void refetch();
  }

  return (
    <section class="outbox" aria-labelledby="outbox-heading" data-testid="outbox">
      <div class="outbox-header">
        <h1 id="outbox-heading">Outbox</h1>
        <label>
          Show{' '}
          <select value={filter()} onChange={(event) => setFilter(event.currentTarget.value as Filter)} data-testid="outbox-filter">
            <option value="pending">Queued and failed</option>
            <option value="all">All e-mails</option>
          </select>
        </label>
        <button type="button" class="button button-small" onClick={() => void refetch()}>
          Reload
        </button>
      </div>
      <Show when={outbox()?.outboxStatus}>
        {(status) => (
          <p class="muted" data-testid="outbox-summary">
            {status().queued} queued, {status().failed} failed.{' '}
            <Show when={!status().relayConfigured}>
              <strong data-testid="no-relay">No mail relay is configured (SMTP_RELAY_URL), so e-mails wait here until one is.</strong>
            </Show>
          </p>
        )}
      </Show>
      <Show when={error()}>
        <p class="alert alert-error" role="alert">
          {error()}
        </p>
      </Show>
      <Show when={(outbox()?.outbox.length ?? 0) > 0} fallback={<p class="muted">No e-mails to show.</p>}>
        <table class="outbox-table">
          <thead>
            <tr>
              <th scope="col">State</th>
              <th scope="col">Inquiry</th>
              <th scope="col">To</th>
              <th scope="col">Subject</th>
              <th scope="col">Attempts</th>
              <th scope="col">Next attempt</th>
              <th scope="col">Last error</th>
              <th scope="col">
                <span class="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            <For each={outbox()?.outbox}>
              {(item) => (
                <tr data-testid="outbox-row" data-status={item.status.toLowerCase()} data-kind={item.kind.toLowerCase()}>
                  <td>
                    <span class={`badge email-status email-status-${item.status.toLowerCase()}`}>{statusLabels[item.status]}</span>
                  </td>
                  <td>
                    <Show when={item.inquiry} fallback={<span class="muted">None</span>}>
                      {(inquiry) => <A href={`/inquiries/${inquiry().id}`}>{inquiry().reference}</A>}
                    </Show>
                  </td>
                  <td>{item.toAddress}</td>
                  <td>{item.subject}</td>
                  <td>{item.attempts}</td>
                  <td>{item.nextAttemptAt ? formatDateTime(item.nextAttemptAt) : '—'}</td>
                  <td class="email-error">{item.lastError ?? ''}</td>
                  <td>
                    <Show when={item.status === 'QUEUED' || item.status === 'FAILED'}>
                      <button
                        type="button"
                        class="button button-small"
                        data-testid="retry-button"
                        disabled={retrying() === item.id}
                        onClick={() => void retry(item.id)}
                      >
                        Retry now
                      </button>
                    </Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </Show>
    </section>
  );
}
