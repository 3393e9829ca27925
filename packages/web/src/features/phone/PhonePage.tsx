import { A } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { useWorkspace } from '../../app/workspaceContext';
import { TextField } from '../../components/TextField';
import { mutate, query } from '../../lib/api';
import {
  AnswerCallDocument,
  EndCallDocument,
  HangUpUnansweredDocument,
  LogInquiryFromCallDocument,
  PhoneCallEventsDocument,
  RecentCallsDocument,
  StartSoftphoneCallDocument,
  type PhoneCallFieldsFragment,
  type PhoneCallPayloadFieldsFragment,
} from '../../lib/graphql';
import { startResumableStream } from '../../lib/live';
import { createSecondTicker, formatDuration, secondsSince } from './timer';
import './phone.css';

type Call = Omit<PhoneCallFieldsFragment, 'callerNumber'> & { callerNumber?: string | null };

const outcomeLabels: Record<string, string> = {
  RINGING: 'Ringing',
  ANSWERED: 'Answered',
  ENDED: 'Ended',
  ABANDONED: 'Abandoned',
  SHORT_HANGUP: 'Short hang-up',
};

/**
 * The softphone panel, for centers without a connected phone system: the
 * agent records an incoming call, marks it answered and ended, watches the
 * wait and talk time, and logs the inquiry from it. Calls reported by a
 * phone system appear in the same list, live.
 */
export default function PhonePage() {
  const workspace = useWorkspace();
  const myId = workspace.me().id;
  const now = createSecondTicker();
  const [calls, setCalls] = createStore<Call[]>([]);
  const [callerNumber, setCallerNumber] = createSignal('');
  const [error, setError] = createSignal<string | null>(null);
  const [selectedId, setSelectedId] = createSignal<string | null>(null);

  const [initial] = createResource(async () => (await query(RecentCallsDocument, {})).recentCalls);

  /** Stores a call's newest state; an event carries no full number, so a known one is kept. */
  function upsert(call: Call): void {
    const index = calls.findIndex((entry) => entry.id === call.id);
    if (index === -1) {
      setCalls((list) => [call, ...list]);
      return;
    }
    setCalls(index, reconcile({ ...call, callerNumber: call.callerNumber ?? calls[index].callerNumber }));
  }

  const stream = startResumableStream({
    document: PhoneCallEventsDocument,
    selectEvent: (data) => data.phoneCallEvents,
    onEvent: (event) => upsert(event.call),
  });
  onCleanup(stream.stop);

  // Live events may arrive before the list loads; they are newer, so they win.
  createEffect(() => {
    const list = initial();
    if (!list) return;
    const known = new Set(calls.map((call) => call.id));
    setCalls((current) => [...current, ...list.filter((call) => !known.has(call.id))]);
  });

  const selected = () => calls.find((call) => call.id === selectedId()) ?? null;

  async function run(action: () => Promise<PhoneCallPayloadFieldsFragment>): Promise<void> {
    setError(null);
    try {
      const payload = await action();
      if (payload.error) {
        setError(payload.error.__typename === 'InvalidInput' ? payload.error.fields.map((field) => field.message).join(' ') : payload.error.message);
        return;
      }
      if (payload.call) {
        upsert(payload.call);
        setSelectedId(payload.call.id);
      }
    } catch (failure) {
      setError(`Nothing was saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    }
  }

  const start = () =>
    run(async () => {
      const payload = (await mutate(StartSoftphoneCallDocument, { callerNumber: callerNumber().trim() || null })).startSoftphoneCall;
      if (payload.call) setCallerNumber('');
      return payload;
    });

  return (
    <div class="phone-page" data-testid="phone-page">
      <h1>Phone</h1>
      <section class="phone-start" aria-labelledby="phone-start-heading">
        <h2 id="phone-start-heading">Softphone</h2>
        <form
          class="phone-start-form"
          onSubmit={(event) => {
            event.preventDefault();
            void start();
          }}
        >
          <TextField
            id="softphone-caller-number"
            name="callerNumber"
            type="tel"
            label="Caller number (optional)"
            value={callerNumber()}
            onInput={setCallerNumber}
            testId="softphone-caller-number"
            autocomplete="off"
          />
          <button type="submit" class="button button-primary" data-testid="softphone-start">
            Incoming call
          </button>
        </form>
        <Show when={error()}>
          {(message) => (
            <p class="alert alert-error" role="alert" data-testid="softphone-error">
              {message()}
            </p>
          )}
        </Show>
      </section>

      <Show when={selected()}>{(call) => <CallPanel call={call()} now={now()} myId={myId} run={run} onLogged={upsert} />}</Show>

      <section aria-labelledby="recent-calls-heading">
        <h2 id="recent-calls-heading">Recent calls</h2>
        <table class="phone-calls" data-testid="recent-calls">
          <thead>
            <tr>
              <th scope="col">Caller</th>
              <th scope="col">Status</th>
              <th scope="col">Wait</th>
              <th scope="col">Talk</th>
              <th scope="col">Agent</th>
              <th scope="col">Inquiry</th>
            </tr>
          </thead>
          <tbody>
            <For each={calls}>
              {(call) => (
                <tr data-testid="recent-call" data-outcome={call.outcome} classList={{ selected: call.id === selectedId() }}>
                  <td>
                    <button type="button" class="button-link" onClick={() => setSelectedId(call.id)}>
                      {call.callerMasked ?? 'Unknown number'}
                    </button>
                  </td>
                  <td>{outcomeLabels[call.outcome]}</td>
                  <td>{formatDuration(call.waitSeconds ?? (call.outcome === 'RINGING' ? secondsSince(call.offeredAt, now()) : null))}</td>
                  <td>{formatDuration(call.talkSeconds ?? (call.outcome === 'ANSWERED' && call.answeredAt ? secondsSince(call.answeredAt, now()) : null))}</td>
                  <td>{call.answeredByName ?? ''}</td>
                  <td>
                    <Show when={call.inquiry}>{(inquiry) => <A href={`/inquiries/${inquiry().id}`}>{inquiry().reference}</A>}</Show>
                  </td>
                </tr>
              )}
            </For>
          </tbody>
        </table>
      </section>
    </div>
  );
}

type CallPanelProps = {
  call: Call;
  now: number;
  myId: string;
  run: (action: () => Promise<PhoneCallPayloadFieldsFragment>) => Promise<void>;
  onLogged: (call: Call) => void;
};

/** Renders the selected call: its timers, the buttons that fit its state, and the form that logs its inquiry. */
function CallPanel(props: CallPanelProps) {
  const softphone = () => props.call.source === 'SOFTPHONE';
  const waitSeconds = () => props.call.waitSeconds ?? secondsSince(props.call.offeredAt, props.now);
  const talkSeconds = () => props.call.talkSeconds ?? (props.call.answeredAt ? secondsSince(props.call.answeredAt, props.now) : null);
  const canLog = () =>
    (props.call.outcome === 'ANSWERED' || props.call.outcome === 'ENDED') && !props.call.inquiry && (!props.call.answeredBy || props.call.answeredBy.id === props.myId);

  return (
    <section class="call-panel" aria-labelledby="call-panel-heading" data-testid="call-panel" data-outcome={props.call.outcome}>
      <h2 id="call-panel-heading">
        Call from {props.call.callerMasked ?? 'an unknown number'} · <span data-testid="call-status">{outcomeLabels[props.call.outcome]}</span>
      </h2>
      <dl class="call-timers">
        <div>
          <dt>Wait</dt>
          <dd data-testid="call-wait">{formatDuration(waitSeconds())}</dd>
        </div>
        <div>
          <dt>Talk</dt>
          <dd data-testid="call-talk">{formatDuration(talkSeconds())}</dd>
        </div>
      </dl>
      <Show when={softphone()}>
        <div class="call-actions">
          <Show when={props.call.outcome === 'RINGING'}>
            <button type="button" class="button button-primary" data-testid="softphone-answer" onClick={() => void props.run(async () => (await mutate(AnswerCallDocument, { id: props.call.id })).answerCall)}>
              Answer
            </button>
            <button type="button" class="button" data-testid="softphone-hang-up" onClick={() => void props.run(async () => (await mutate(HangUpUnansweredDocument, { id: props.call.id })).hangUpUnanswered)}>
              Caller hung up
            </button>
          </Show>
          <Show when={props.call.outcome === 'ANSWERED'}>
            <button type="button" class="button button-primary" data-testid="softphone-end" onClick={() => void props.run(async () => (await mutate(EndCallDocument, { id: props.call.id })).endCall)}>
              End call
            </button>
          </Show>
        </div>
      </Show>
      <Show when={props.call.inquiry}>
        {(inquiry) => (
          <p data-testid="call-inquiry">
            Logged as <A href={`/inquiries/${inquiry().id}`}>{inquiry().reference}</A>.
          </p>
        )}
      </Show>
      <Show when={canLog()}>
        <CallInquiryForm call={props.call} onLogged={props.onLogged} />
      </Show>
    </section>
  );
}

type FormState = { subject: string; callerName: string; callerPhone: string; callerEmail: string; notes: string };

/** The inquiry form of an answered call; the call's times are taken from the call record. */
function CallInquiryForm(props: { call: Call; onLogged: (call: Call) => void }) {
  const workspace = useWorkspace();
  const [form, setForm] = createStore<FormState>({ subject: '', callerName: '', callerPhone: props.call.callerNumber ?? '', callerEmail: '', notes: '' });
  const [errors, setErrors] = createStore<Partial<Record<keyof FormState, string>>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);

  async function save(): Promise<void> {
    if (saving()) return;
    if (form.subject.trim() === '') {
      setErrors(reconcile({ subject: 'Enter the reason for the call in a few words.' }));
      return;
    }
    setSaving(true);
    setFormError(null);
    try {
      const blank = (value: string) => value.trim() || null;
      const input = {
        subject: form.subject.trim(),
        callerName: blank(form.callerName),
        callerPhone: blank(form.callerPhone),
        callerEmail: blank(form.callerEmail),
        notes: blank(form.notes),
      };
      const payload = (await mutate(LogInquiryFromCallDocument, { callId: props.call.id, input })).logInquiryFromCall;
      if (payload.error) {
        if (payload.error.__typename === 'InvalidInput') {
          const next: Partial<Record<keyof FormState, string>> = {};
          for (const field of payload.error.fields) next[field.field.replace(/^input\./, '') as keyof FormState] = field.message;
          setErrors(reconcile(next));
        } else setFormError(payload.error.message);
        return;
      }
      if (payload.call) props.onLogged(payload.call);
      if (payload.inquiry) {
        workspace.showToast({ message: `Call logged as ${payload.inquiry.reference}.`, href: `/inquiries/${payload.inquiry.id}`, linkText: 'Open' });
      }
    } catch (failure) {
      setFormError(`Nothing was saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setSaving(false);
    }
  }

  const field = (name: keyof FormState, label: string, type: 'text' | 'tel' | 'email' = 'text', multiline = false) => (
    <TextField
      id={`call-inquiry-${name}`}
      name={name}
      label={label}
      type={type}
      multiline={multiline}
      required={name === 'subject'}
      value={form[name]}
      onInput={(value) => {
        setForm(name, value);
        setErrors(name, undefined);
      }}
      error={errors[name]}
      testId={`call-inquiry-${name}`}
      autocomplete="off"
    />
  );

  return (
    <form
      class="call-inquiry-form"
      data-testid="call-inquiry-form"
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <h3>Log the inquiry</h3>
      <Show when={formError()}>
        {(message) => (
          <p class="alert alert-error" role="alert">
            {message()}
          </p>
        )}
      </Show>
      {field('subject', 'Reason for the call')}
      <div class="quick-entry-row">
        {field('callerName', 'Caller name')}
        {field('callerPhone', 'Caller phone', 'tel')}
      </div>
      {field('callerEmail', 'Caller e-mail', 'email')}
      {field('notes', 'Notes', 'text', true)}
      <button type="submit" class="button button-primary" data-testid="call-inquiry-submit" disabled={saving()}>
        {saving() ? 'Saving…' : 'Log inquiry'}
      </button>
    </form>
  );
}
