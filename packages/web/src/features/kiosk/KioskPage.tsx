import { createEffect, createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { createStore, reconcile } from 'solid-js/store';
import { useWorkspace } from '../../app/workspaceContext';
import { TextField } from '../../components/TextField';
import { mutate, query } from '../../lib/api';
import {
  CheckInVisitorDocument,
  LogWalkInOutcomeDocument,
  ServeNextVisitorDocument,
  VisitorLeftDocument,
  WalkInEventsDocument,
  WalkInKioskDocument,
  WalkInTodayDocument,
  type WalkInDayFiguresFieldsFragment,
  type WalkInErrorFieldsFragment,
  type WalkInVisitFieldsFragment,
} from '../../lib/graphql';
import { startResumableStream } from '../../lib/live';
import { createSecondTicker, formatDuration, secondsSince } from '../phone/timer';
import '../phone/phone.css';
import './kiosk.css';

type Visit = WalkInVisitFieldsFragment;

function errorText(error: WalkInErrorFieldsFragment): string {
  return error.__typename === 'InvalidInput' ? error.fields.map((field) => field.message).join(' ') : error.message;
}

/**
 * The walk-in kiosk for the agent on call: the waiting queue with waiting
 * times, check-in, serve next (Alt+N), the visitor being served with the
 * outcome form, and the day's figures. Every change arrives live, so two
 * kiosks stay in step.
 */
export default function KioskPage() {
  const workspace = useWorkspace();
  const myId = workspace.me().id;
  const now = createSecondTicker();
  const [queue, setQueue] = createStore<Visit[]>([]);
  const [figures, setFigures] = createSignal<WalkInDayFiguresFieldsFragment | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [name, setName] = createSignal('');
  const [reason, setReason] = createSignal('');

  const [initial] = createResource(() => query(WalkInKioskDocument, {}));
  createEffect(() => {
    const data = initial();
    if (!data) return;
    const known = new Set(queue.map((visit) => visit.id));
    setQueue((current) => [...current, ...data.walkInQueue.filter((visit) => !known.has(visit.id))].sort(byCheckIn));
    setFigures(data.walkInToday);
  });

  async function reloadFigures(): Promise<void> {
    setFigures((await query(WalkInTodayDocument, {})).walkInToday);
  }

  /** Keeps waiting and served visits in check-in order and drops completed ones. */
  function apply(visit: Visit): void {
    const others = queue.filter((entry) => entry.id !== visit.id);
    const next = visit.status === 'WAITING' || visit.status === 'SERVING' ? [...others, visit].sort(byCheckIn) : others;
    setQueue(reconcile(next, { key: 'id' }));
  }

  const stream = startResumableStream({
    document: WalkInEventsDocument,
    selectEvent: (data) => data.walkInEvents,
    onEvent: (event) => {
      apply(event.visit);
      void reloadFigures();
    },
  });
  onCleanup(stream.stop);

  const waiting = () => queue.filter((visit) => visit.status === 'WAITING');
  const mine = () => queue.find((visit) => visit.status === 'SERVING' && visit.servedBy?.id === myId) ?? null;
  const othersServing = () => queue.filter((visit) => visit.status === 'SERVING' && visit.servedBy?.id !== myId);

  /** Runs one queue mutation and shows its error, or applies the visit it returns. Returns true when it succeeded. */
  async function perform(send: () => Promise<{ visit: Visit | null; error: WalkInErrorFieldsFragment | null }>): Promise<boolean> {
    setError(null);
    try {
      const payload = await send();
      if (payload.error) {
        setError(errorText(payload.error));
        return false;
      }
      if (payload.visit) apply(payload.visit);
      return true;
    } catch (failure) {
      setError(`Nothing was saved: ${failure instanceof Error ? failure.message : String(failure)}`);
      return false;
    }
  }

  async function checkIn(): Promise<void> {
    const input = { visitorName: name(), reason: reason() };
    if (!(await perform(async () => (await mutate(CheckInVisitorDocument, { input })).checkInVisitor))) return;
    setName('');
    setReason('');
    document.getElementById('kiosk-visitor-name')?.focus();
  }

  async function serveNext(): Promise<void> {
    await perform(async () => (await mutate(ServeNextVisitorDocument, {})).serveNextVisitor);
  }

  async function left(visit: Visit): Promise<void> {
    await perform(async () => (await mutate(VisitorLeftDocument, { id: visit.id, version: visit.version })).visitorLeft);
  }

  function shortcut(event: KeyboardEvent): void {
    if (event.altKey && !event.ctrlKey && !event.metaKey && event.code === 'KeyN') {
      event.preventDefault();
      void serveNext();
    }
  }
  document.addEventListener('keydown', shortcut);
  onCleanup(() => document.removeEventListener('keydown', shortcut));

  return (
    <div class="kiosk-page" data-testid="kiosk-page">
      <h1>Walk-in kiosk</h1>
      <Show when={figures()}>
        {(day) => (
          <dl class="kiosk-figures" data-testid="kiosk-figures">
            <div>
              <dt>Waiting</dt>
              <dd data-testid="figure-waiting">{waiting().length}</dd>
            </div>
            <div>
              <dt>Served today</dt>
              <dd data-testid="figure-served">{day().served}</dd>
            </div>
            <div>
              <dt>Average wait</dt>
              <dd data-testid="figure-average-wait">{formatDuration(day().averageWaitSeconds)}</dd>
            </div>
            <div>
              <dt>Average service</dt>
              <dd data-testid="figure-average-service">{formatDuration(day().averageServiceSeconds)}</dd>
            </div>
          </dl>
        )}
      </Show>

      <Show when={error()}>
        {(message) => (
          <p class="alert alert-error" role="alert" data-testid="kiosk-error">
            {message()}
          </p>
        )}
      </Show>

      <div class="kiosk-columns">
        <section aria-labelledby="kiosk-queue-heading">
          <h2 id="kiosk-queue-heading">Waiting</h2>
          <button type="button" class="button button-primary kiosk-big" data-testid="kiosk-serve-next" aria-keyshortcuts="Alt+N" disabled={mine() !== null || waiting().length === 0} onClick={() => void serveNext()}>
            Serve next <kbd>Alt+N</kbd>
          </button>
          <ol class="kiosk-queue" data-testid="kiosk-queue">
            <For each={waiting()} fallback={<li class="kiosk-empty">Nobody is waiting.</li>}>
              {(visit) => (
                <li data-testid="kiosk-queue-item">
                  <span class="kiosk-name">{visit.visitorName}</span>
                  <SelfCheckInTag visit={visit} />
                  <span class="kiosk-reason">{visit.reason}</span>
                  <span class="kiosk-wait" title="Waiting time">
                    {formatDuration(secondsSince(visit.checkedInAt, now()))}
                  </span>
                  <button type="button" class="button button-small" onClick={() => void left(visit)}>
                    Left
                  </button>
                </li>
              )}
            </For>
          </ol>
          <Show when={othersServing().length > 0}>
            <h3>Being served</h3>
            <ul class="kiosk-queue">
              <For each={othersServing()}>
                {(visit) => (
                  <li data-testid="kiosk-served-elsewhere">
                    <span class="kiosk-name">{visit.visitorName}</span>
                    <span class="kiosk-reason">by {visit.servedBy?.displayName}</span>
                  </li>
                )}
              </For>
            </ul>
          </Show>

          <form
            class="kiosk-check-in"
            noValidate
            onSubmit={(event) => {
              event.preventDefault();
              void checkIn();
            }}
          >
            <h2>Check in a visitor</h2>
            <TextField id="kiosk-visitor-name" name="visitorName" label="Visitor name" required value={name()} onInput={setName} testId="kiosk-visitor-name" autocomplete="off" />
            <TextField id="kiosk-reason" name="reason" label="Reason for the visit" required value={reason()} onInput={setReason} testId="kiosk-reason" autocomplete="off" />
            <button type="submit" class="button" data-testid="kiosk-check-in">
              Check in
            </button>
          </form>
        </section>

        <section aria-labelledby="kiosk-serving-heading">
          <h2 id="kiosk-serving-heading">Serving</h2>
          <Show when={mine()} keyed fallback={<p class="kiosk-empty">Press Serve next to call the next visitor.</p>}>
            {(visit) => <ServingPanel visit={visit} now={now()} onDone={apply} onLeft={() => void left(visit)} />}
          </Show>
        </section>
      </div>
    </div>
  );
}

function byCheckIn(left: Visit, right: Visit): number {
  return Date.parse(left.checkedInAt) - Date.parse(right.checkedInAt) || left.id.localeCompare(right.id);
}

type OutcomeForm = { subject: string; outcome: string; visitorPhone: string; visitorEmail: string; notes: string };

/** Renders the visitor this agent serves: the service timer and the outcome form that completes the visit. */
function ServingPanel(props: { visit: Visit; now: number; onDone: (visit: Visit) => void; onLeft: () => void }) {
  const workspace = useWorkspace();
  const [form, setForm] = createStore<OutcomeForm>({ subject: props.visit.reason, outcome: '', visitorPhone: '', visitorEmail: '', notes: '' });
  const [errors, setErrors] = createStore<Partial<Record<keyof OutcomeForm, string>>>({});
  const [formError, setFormError] = createSignal<string | null>(null);
  const [saving, setSaving] = createSignal(false);

  async function save(): Promise<void> {
    if (saving()) return;
    setSaving(true);
    setFormError(null);
    try {
      const blank = (value: string) => value.trim() || null;
      const input = {
        subject: form.subject,
        outcome: form.outcome,
        visitorPhone: blank(form.visitorPhone),
        visitorEmail: blank(form.visitorEmail),
        notes: blank(form.notes),
      };
      const payload = (await mutate(LogWalkInOutcomeDocument, { id: props.visit.id, input })).logWalkInOutcome;
      if (payload.error) {
        if (payload.error.__typename === 'InvalidInput') {
          const next: Partial<Record<keyof OutcomeForm, string>> = {};
          for (const field of payload.error.fields) next[field.field.replace(/^input\./, '') as keyof OutcomeForm] = field.message;
          setErrors(reconcile(next));
        } else setFormError(payload.error.message);
        return;
      }
      if (payload.inquiry) workspace.showToast({ message: `Visit logged as ${payload.inquiry.reference}.`, href: `/inquiries/${payload.inquiry.id}`, linkText: 'Open' });
      if (payload.visit) props.onDone(payload.visit);
    } catch (failure) {
      setFormError(`Nothing was saved: ${failure instanceof Error ? failure.message : String(failure)}`);
    } finally {
      setSaving(false);
    }
  }

  const field = (name: keyof OutcomeForm, label: string, type: 'text' | 'tel' | 'email' = 'text', multiline = false) => (
    <TextField
      id={`kiosk-outcome-${name}`}
      name={name}
      label={label}
      type={type}
      multiline={multiline}
      required={name === 'subject' || name === 'outcome'}
      value={form[name]}
      onInput={(value) => {
        setForm(name, value);
        setErrors(name, undefined);
      }}
      error={errors[name]}
      testId={`kiosk-outcome-${name}`}
      autocomplete="off"
    />
  );

  return (
    <div class="kiosk-serving" data-testid="kiosk-serving">
      <p class="kiosk-serving-name" data-testid="kiosk-serving-name">
        {props.visit.visitorName}
      </p>
      <SelfCheckInTag visit={props.visit} />
      <p>{props.visit.reason}</p>
      <dl class="call-timers">
        <div>
          <dt>Waited</dt>
          <dd>{formatDuration(props.visit.waitSeconds)}</dd>
        </div>
        <div>
          <dt>Serving for</dt>
          <dd data-testid="kiosk-service-time">{formatDuration(props.visit.servedAt ? secondsSince(props.visit.servedAt, props.now) : null)}</dd>
        </div>
      </dl>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void save();
        }}
      >
        <Show when={formError()}>
          {(message) => (
            <p class="alert alert-error" role="alert">
              {message()}
            </p>
          )}
        </Show>
        {field('subject', 'Subject')}
        {field('outcome', 'Outcome')}
        <div class="quick-entry-row">
          {field('visitorPhone', 'Visitor phone', 'tel')}
          {field('visitorEmail', 'Visitor e-mail', 'email')}
        </div>
        {field('notes', 'Notes', 'text', true)}
        <div class="call-actions">
          <button type="submit" class="button button-primary" data-testid="kiosk-log-outcome" disabled={saving()}>
            {saving() ? 'Saving…' : 'Log outcome'}
          </button>
          <button type="button" class="button" data-testid="kiosk-visitor-left" onClick={() => props.onLeft()}>
            Visitor left
          </button>
        </div>
      </form>
    </div>
  );
}

const languageNames: Record<string, string> = { en: 'English', es: 'Spanish' };

/** Marks a visitor who checked in on the lobby screen, with the ticket code to call and the language they chose. */
function SelfCheckInTag(props: { visit: { selfCheckIn: boolean; ticketCode?: string | null; language?: string | null } }) {
  const details = () =>
    ['self check-in', props.visit.ticketCode, props.visit.language ? languageNames[props.visit.language] ?? props.visit.language : null].filter(Boolean).join(' · ');
  return (
    <Show when={props.visit.selfCheckIn}>
      <span class="kiosk-self" data-testid="kiosk-self-check-in">
        {details()}
      </span>
    </Show>
  );
}
