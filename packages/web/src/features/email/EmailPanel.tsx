import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { TextField } from '../../components/TextField';
import type { InquiryDetailFragment } from '../../lib/graphql';
import { onInquiryUpdate } from '../../lib/inquiryUpdates';
import { formatDateTime } from '../../lib/time';
import { formatBytes, loadInquiryEmail, sendReply, statusLabels } from './emailApi';
import './email.css';

const kindLabels: Record<string, string> = { ACKNOWLEDGEMENT: 'Acknowledgement', SURVEY: 'Survey', REPLY: 'Reply', REMINDER: 'Reminder', CONFIRMATION: 'Confirmation' };

/**
 * Shows the e-mail part of the inquiry pane: the thread's attachments with
 * download links, the inquiry's sent and queued e-mails with their state, and
 * the reply composer. It reloads on every live event of the inquiry, so a
 * queued reply turns to sent (or failed) without a page reload.
 */
export function EmailPanel(props: { inquiry: InquiryDetailFragment }) {
  const [email, { refetch }] = createResource(() => props.inquiry.id, loadInquiryEmail);
  const removeListener = onInquiryUpdate((update) => {
    if (update.inquiry.id === props.inquiry.id) void refetch();
  });
  onCleanup(removeListener);

  return (
    <>
      <Show when={(email()?.attachments.length ?? 0) > 0}>
        <section class="card email-attachments" aria-labelledby={`attachments-${props.inquiry.id}`} data-testid="attachments">
          <h3 id={`attachments-${props.inquiry.id}`}>Attachments</h3>
          <ul class="attachment-list">
            <For each={email()?.attachments}>
              {(file) => (
                <li data-testid="attachment">
                  <a href={file.url} download={file.filename} data-testid="attachment-link">
                    {file.filename}
                  </a>{' '}
                  <span class="muted">
                    {file.contentType} · {formatBytes(file.sizeBytes)}
                  </span>
                </li>
              )}
            </For>
          </ul>
        </section>
      </Show>
      <Show when={props.inquiry.contact?.email}>
        {(address) => (
          <section class="card email-replies" aria-labelledby={`email-${props.inquiry.id}`}>
            <h3 id={`email-${props.inquiry.id}`}>E-mail</h3>
            <Show when={(email()?.outboundEmails.length ?? 0) > 0}>
              <ul class="outbound-list" data-testid="outbound-list">
                <For each={email()?.outboundEmails}>
                  {(item) => (
                    <li data-testid="outbound-email" data-status={item.status.toLowerCase()} data-kind={item.kind.toLowerCase()}>
                      <span class={`badge email-status email-status-${item.status.toLowerCase()}`} data-testid="outbound-status">
                        {statusLabels[item.status]}
                      </span>{' '}
                      {kindLabels[item.kind]}: {item.subject}
                      <span class="muted"> · {formatDateTime(item.sentAt ?? item.createdAt)}</span>
                      <Show when={item.status !== 'SENT' && item.lastError}>
                        {(error) => <span class="email-error"> · Last error: {error()}</span>}
                      </Show>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
            <ReplyComposer inquiryId={props.inquiry.id} address={address()} onQueued={() => void refetch()} />
          </section>
        )}
      </Show>
    </>
  );
}

function ReplyComposer(props: { inquiryId: string; address: string; onQueued: () => void }) {
  const [body, setBody] = createSignal('');
  const [busy, setBusy] = createSignal(false);
  const [error, setError] = createSignal<string | null>(null);
  const [notice, setNotice] = createSignal<string | null>(null);

  async function submit(): Promise<void> {
    setError(null);
    setNotice(null);
    if (body().trim() === '') {
      setError('Write the reply first.');
      return;
    }
    setBusy(true);
    const outcome = await sendReply(props.inquiryId, body().trim());
    setBusy(false);
    if (!outcome.ok) {
      setError(outcome.fieldErrors.body ?? outcome.message);
      return;
    }
    setBody('');
    setNotice('Reply queued. It is sent by the outbox; its state is shown above.');
    props.onQueued();
  }

  return (
    <form
      class="reply-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        id={`reply-${props.inquiryId}`}
        name="body"
        label={`Reply by e-mail to ${props.address}`}
        multiline
        value={body()}
        onInput={setBody}
        error={error() ?? undefined}
        hint="The reply is added to the thread and e-mailed with the inquiry's reference in the subject. Ctrl+Enter sends it."
        testId="reply-input"
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          }
        }}
      />
      <Show when={notice()}>
        <p class="alert alert-info" role="status" data-testid="reply-notice">
          {notice()}
        </p>
      </Show>
      <div class="action-form-buttons">
        <button type="submit" class="button button-primary" data-testid="send-reply-button" disabled={busy()}>
          {busy() ? 'Queueing…' : 'Send reply'}
        </button>
      </div>
    </form>
  );
}
