import { createSignal, onCleanup, onMount, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { useWorkspace, type QuickEntryKind } from '../../app/workspaceContext';
import { TextField } from '../../components/TextField';
import { mutate } from '../../lib/api';
import { LogPhoneCallDocument, LogWalkInDocument, type InquiryPayloadFieldsFragment } from '../../lib/graphql';
import { interpretPayload } from '../inquiry/actions';
import { TopicCombobox } from '../directory/TopicCombobox';
import './intake.css';

type QuickEntryForm = {
  subject: string;
  name: string;
  phone: string;
  email: string;
  topicId: string | null;
  notes: string;
  /** The call start as a datetime-local value, in the browser's time zone. */
  callStartedAt: string;
};

/** Formats a Date as a datetime-local input value (local time, to the second). */
function toLocalInputValue(date: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return (
    `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}` +
    `T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`
  );
}

function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Maps the server's input field names onto this form's field names. */
const serverFieldNames: Record<string, keyof QuickEntryForm> = {
  subject: 'subject',
  callerName: 'name',
  visitorName: 'name',
  callerPhone: 'phone',
  visitorPhone: 'phone',
  callerEmail: 'email',
  topicId: 'topicId',
  notes: 'notes',
  callStartedAt: 'callStartedAt',
  callEndedAt: 'callStartedAt',
};

type QuickEntryDialogProps = {
  kind: QuickEntryKind;
  onClose: () => void;
};

/**
 * Renders the compact form for logging a phone call or a walk-in visit. Enter saves
 * from any field (Shift+Enter adds a line in the notes), and Escape closes.
 */
export function QuickEntryDialog(props: QuickEntryDialogProps) {
  const workspace = useWorkspace();
  const openedAt = new Date();
  const openedAtValue = toLocalInputValue(openedAt);
  const isPhone = () => props.kind === 'phone';
  const title = () => (isPhone() ? 'Log a phone call' : 'Log a walk-in visit');

  const [form, setForm] = createStore<QuickEntryForm>({
    subject: '',
    name: '',
    phone: '',
    email: '',
    topicId: null,
    notes: '',
    callStartedAt: openedAtValue,
  });
  const [fieldErrors, setFieldErrors] = createStore<Partial<Record<keyof QuickEntryForm, string>>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);

  /** Stores a field's new value and clears its error, which described the old value. */
  function edit(field: 'subject' | 'name' | 'phone' | 'email' | 'notes' | 'callStartedAt', value: string): void {
    setForm(field, value);
    setFieldErrors(field, undefined);
  }

  let dialog: HTMLDialogElement | undefined;
  let formElement: HTMLFormElement | undefined;
  let firstField: HTMLInputElement | HTMLTextAreaElement | undefined;
  const previouslyFocused = document.activeElement instanceof HTMLElement ? document.activeElement : null;

  onMount(() => {
    dialog?.showModal();
    firstField?.focus();
  });
  onCleanup(() => previouslyFocused?.focus());

  /** Returns the call start as ISO 8601: the exact opening time unless the field was edited, and null when it is invalid. */
  function callStartIso(): string | null {
    if (form.callStartedAt === openedAtValue) return openedAt.toISOString();
    const parsed = new Date(form.callStartedAt);
    return Number.isNaN(parsed.getTime()) ? null : parsed.toISOString();
  }

  function validateLocally(): boolean {
    const errors: Partial<Record<keyof QuickEntryForm, string>> = {};
    if (form.subject.trim() === '') errors.subject = 'Enter the reason for the contact in a few words.';
    if (isPhone() && callStartIso() === null) errors.callStartedAt = 'Enter when the call started.';
    setFieldErrors(reconcile(errors));
    return Object.keys(errors).length === 0;
  }

  async function send(): Promise<InquiryPayloadFieldsFragment> {
    const common = { subject: form.subject.trim(), topicId: form.topicId, notes: blankToNull(form.notes) };
    if (isPhone()) {
      const input = {
        ...common,
        callerName: blankToNull(form.name),
        callerPhone: blankToNull(form.phone),
        callerEmail: blankToNull(form.email),
        callStartedAt: callStartIso() ?? openedAt.toISOString(),
        // The call ends when the agent saves the log.
        callEndedAt: new Date().toISOString(),
      };
      return (await mutate(LogPhoneCallDocument, { input })).logPhoneCall;
    }
    const input = { ...common, visitorName: blankToNull(form.name), visitorPhone: blankToNull(form.phone) };
    return (await mutate(LogWalkInDocument, { input })).logWalkIn;
  }

  async function save(): Promise<void> {
    if (saving()) return;
    setFormError(null);
    if (!validateLocally()) return;

    setSaving(true);
    let payload: InquiryPayloadFieldsFragment;
    try {
      payload = await send();
    } catch (error) {
      setSaving(false);
      setFormError(`Nothing was saved: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    setSaving(false);

    const outcome = interpretPayload(payload);
    if (outcome.ok) {
      workspace.showToast({
        message: `${isPhone() ? 'Phone call' : 'Walk-in'} logged as ${outcome.inquiry.reference}.`,
        href: `/inquiries/${encodeURIComponent(outcome.inquiry.id)}`,
        linkText: 'Open',
      });
      props.onClose();
      return;
    }

    const errors: Partial<Record<keyof QuickEntryForm, string>> = {};
    const unplaced: string[] = [];
    for (const [serverName, message] of Object.entries(outcome.fieldErrors)) {
      const name = serverFieldNames[serverName];
      if (name === undefined) unplaced.push(message);
      else errors[name] = message;
    }
    setFieldErrors(reconcile(errors));
    setFormError(unplaced.length > 0 ? unplaced.join(' ') : outcome.message);
  }

  function submitOnEnter(event: KeyboardEvent): void {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      formElement?.requestSubmit();
    }
  }

  const idOf = (name: string) => `quick-entry-${name}`;

  function submitLabel(): string {
    if (saving()) return 'Saving…';
    return isPhone() ? 'Log call' : 'Log visit';
  }

  return (
    <dialog
      ref={dialog}
      class="quick-entry"
      aria-labelledby="quick-entry-title"
      data-testid="quick-entry-dialog"
      data-kind={props.kind}
      onCancel={(event) => {
        // Escape closes through the parent, which unmounts this dialog.
        event.preventDefault();
        props.onClose();
      }}
    >
      <form
        ref={formElement}
        class="quick-entry-form"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <header class="quick-entry-header">
          <h2 id="quick-entry-title">{title()}</h2>
          <button type="button" class="button-link quick-entry-close" aria-label="Close" onClick={() => props.onClose()}>
            ×
          </button>
        </header>

        <Show when={formError()}>
          {(message) => (
            <p class="alert alert-error" role="alert" data-testid="quick-entry-error">
              {message()}
            </p>
          )}
        </Show>

        <TextField
          id={idOf('subject')}
          name="subject"
          label={isPhone() ? 'Reason for the call' : 'Reason for the visit'}
          required
          value={form.subject}
          onInput={(value) => edit('subject', value)}
          error={fieldErrors.subject}
          testId="quick-entry-subject"
          ref={(element) => (firstField = element)}
          maxLength={200}
        />

        <div class="quick-entry-row">
          <TextField
            id={idOf('name')}
            name="name"
            label={isPhone() ? 'Caller name' : 'Visitor name'}
            value={form.name}
            onInput={(value) => edit('name', value)}
            error={fieldErrors.name}
            testId="quick-entry-name"
            autocomplete="off"
          />
          <TextField
            id={idOf('phone')}
            name="phone"
            type="tel"
            label={isPhone() ? 'Caller phone' : 'Visitor phone'}
            value={form.phone}
            onInput={(value) => edit('phone', value)}
            error={fieldErrors.phone}
            testId="quick-entry-phone"
            autocomplete="off"
          />
        </div>

        <Show when={isPhone()}>
          <TextField
            id={idOf('email')}
            name="email"
            type="email"
            label="Caller e-mail"
            value={form.email}
            onInput={(value) => edit('email', value)}
            error={fieldErrors.email}
            testId="quick-entry-email"
            autocomplete="off"
          />
        </Show>

        <TopicCombobox
          id={idOf('topic')}
          name="topicId"
          label="Topic"
          topics={workspace.directory.topics()}
          value={form.topicId}
          onChange={(topicId) => setForm('topicId', topicId)}
          error={fieldErrors.topicId}
          testId="quick-entry-topic"
        />

        <TextField
          id={idOf('notes')}
          name="notes"
          label="Notes"
          multiline
          value={form.notes}
          onInput={(value) => edit('notes', value)}
          onKeyDown={submitOnEnter}
          error={fieldErrors.notes}
          hint="Shift+Enter starts a new line."
          testId="quick-entry-notes"
        />

        <Show when={isPhone()}>
          <TextField
            id={idOf('call-started')}
            name="callStartedAt"
            type="datetime-local"
            step="1"
            label="Call started"
            value={form.callStartedAt}
            onInput={(value) => edit('callStartedAt', value)}
            error={fieldErrors.callStartedAt}
            hint="Set to when this form opened. The call end is recorded when you save."
            testId="quick-entry-call-started"
          />
        </Show>

        <footer class="quick-entry-footer">
          <span class="quick-entry-keys">
            <kbd>Enter</kbd> save · <kbd>Esc</kbd> close
          </span>
          <button type="button" class="button" onClick={() => props.onClose()}>
            Cancel
          </button>
          <button type="submit" class="button button-primary" data-testid="quick-entry-submit" disabled={saving()}>
            {submitLabel()}
          </button>
        </footer>
      </form>
    </dialog>
  );
}
