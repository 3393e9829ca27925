import { createSignal, For, onCleanup, Show } from 'solid-js';
import { TextField } from '../../components/TextField';
import type { InquiryDetailFragment, MessageKind } from '../../lib/graphql';
import { formatAge, formatDateTime, useClock } from '../../lib/time';
import { addNote } from './actions';
import { appendParagraph, markInsertTargetFocused, registerInsertTarget } from './answerInsertion';
import { createActionState } from './actionState';

type Message = InquiryDetailFragment['messages'][number];

const messageKindLabels: Record<MessageKind, string> = {
  RESIDENT: 'Resident message',
  REPLY: 'Reply',
  NOTE: 'Internal note',
};

/**
 * Renders the inquiry's own text followed by its messages, oldest first, and
 * the form for a new internal note. The inquiry text is skipped when the first
 * message repeats it word for word.
 */
export function Thread(props: { inquiry: InquiryDetailFragment }) {
  const showInquiryBody = () => {
    const body = props.inquiry.body.trim();
    const first = props.inquiry.messages[0];
    return body !== '' && !(first?.kind === 'RESIDENT' && first.body.trim() === body);
  };
  const contactName = () => props.inquiry.contact?.name ?? props.inquiry.contact?.email ?? 'Resident';
  // A call or visit logged by an agent: the text is the agent's notes, not the resident's words.
  const loggedBy = () => props.inquiry.loggedBy;

  return (
    <section class="thread" aria-labelledby={`thread-${props.inquiry.id}`}>
      <h3 id={`thread-${props.inquiry.id}`}>Thread</h3>
      <ol class="thread-list" data-testid="thread">
        <Show when={showInquiryBody()}>
          <li class="message" classList={{ 'message-resident': !loggedBy(), 'message-note': !!loggedBy() }} data-testid="thread-message" data-kind={loggedBy() ? 'logged' : 'resident'}>
            <div class="message-meta">
              <span class="message-author">{loggedBy()?.displayName ?? contactName()}</span>
              <span class="message-kind">{loggedBy() ? `Notes logged for ${contactName()}` : 'Original inquiry'}</span>
              <time datetime={props.inquiry.createdAt}>{formatDateTime(props.inquiry.createdAt)}</time>
            </div>
            <p class="message-body">{props.inquiry.body}</p>
          </li>
        </Show>
        <For each={props.inquiry.messages}>
          {(message) => <ThreadMessage message={message} residentName={contactName()} />}
        </For>
        <Show when={!showInquiryBody() && props.inquiry.messages.length === 0}>
          <li class="muted">No messages yet.</li>
        </Show>
      </ol>
      <NoteForm inquiryId={props.inquiry.id} />
    </section>
  );
}

function ThreadMessage(props: { message: Message; residentName: string }) {
  const now = useClock();
  const kind = () => props.message.kind.toLowerCase();
  const author = () =>
    props.message.author?.displayName ?? (props.message.kind === 'RESIDENT' ? props.residentName : 'Staff');

  return (
    <li
      class={`message message-${kind()}`}
      classList={{ 'message-visible-to-resident': props.message.visibility === 'PUBLIC' }}
      data-testid="thread-message"
      data-kind={kind()}
    >
      <div class="message-meta">
        <span class="message-author">{author()}</span>
        <span class="message-kind">{props.message.visibility === 'PUBLIC' && props.message.kind === 'NOTE' ? 'Public note' : messageKindLabels[props.message.kind]}</span>
        <Show when={props.message.visibility === 'PUBLIC'}>
          <span class="message-public" data-testid="message-public">
            Visible to the resident
          </span>
        </Show>
        <time datetime={props.message.createdAt} title={formatDateTime(props.message.createdAt)}>
          {formatAge(props.message.createdAt, now())}
        </time>
      </div>
      <p class="message-body">{props.message.body}</p>
    </li>
  );
}

function NoteForm(props: { inquiryId: string }) {
  const action = createActionState();
  const [body, setBody] = createSignal('');
  const [isPublic, setIsPublic] = createSignal(false);
  const [localError, setLocalError] = createSignal<string | null>(null);
  let input: HTMLInputElement | HTMLTextAreaElement | undefined;

  onCleanup(
    registerInsertTarget('note', (text) => {
      setBody(appendParagraph(body(), text));
      input?.focus();
      return true;
    }),
  );

  async function submit(): Promise<void> {
    setLocalError(null);
    if (body().trim() === '') {
      setLocalError('Write the note first.');
      return;
    }
    const saved = await action.run(() => addNote(props.inquiryId, body().trim(), isPublic()));
    if (saved) {
      setBody('');
      setIsPublic(false);
    }
  }

  const noteError = () => localError() ?? action.fieldErrors().body;

  return (
    <form
      class="note-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void submit();
      }}
    >
      <TextField
        id={`note-${props.inquiryId}`}
        name="body"
        label="Internal note"
        multiline
        value={body()}
        onInput={setBody}
        error={noteError()}
        hint="Only staff see notes, unless you tick the box below. Ctrl+Enter adds the note."
        testId="note-input"
        ref={(element) => {
          input = element;
          element.addEventListener('focus', () => markInsertTargetFocused('note'));
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
            event.preventDefault();
            void submit();
          }
        }}
      />
      <label class="note-public-choice">
        <input
          type="checkbox"
          data-testid="note-public"
          checked={isPublic()}
          onChange={(event) => setIsPublic(event.currentTarget.checked)}
        />
        Visible to the resident on their status page (without your name)
      </label>
      <Show when={action.error() && !noteError()}>
        <p class="alert alert-error" role="alert" data-testid="action-error">
          {action.error()}
        </p>
      </Show>
      <div class="action-form-buttons">
        <button type="submit" class="button" data-testid="add-note-button" disabled={action.busy()}>
          {action.busy() ? 'Adding…' : 'Add note'}
        </button>
      </div>
    </form>
  );
}
