import { A } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, Match, onCleanup, onMount, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { GraphQLRequestError, mutate, query } from '../../lib/api';
import {
  SelfCheckInDocument,
  SelfCheckInTopicsDocument,
  WalkInQueueLengthDocument,
  type SelfCheckInMutation,
  type WalkInQueueLengthQuery,
} from '../../lib/graphql';
import { classifyServerMessage, describeProblem, type FieldProblem } from './fieldProblems';
import { language, t } from './i18n';
import { PublicFrame } from './PublicFrame';
import './public.css';

type CheckInForm = { name: string; reason: string; topicId: string };
type FieldName = keyof CheckInForm;
type Ticket = NonNullable<SelfCheckInMutation['selfCheckIn']['receipt']>;
type QueueLength = WalkInQueueLengthQuery['walkInQueueLength'];
type FormError = { code: 'form' | 'network' | 'unknown' } | { code: 'rateLimited'; minutes: number };

const fieldOrder: FieldName[] = ['name', 'reason', 'topicId'];
const fieldInputIds: Record<FieldName, string> = { name: 'checkin-name', reason: 'checkin-reason', topicId: 'checkin-topic' };
const fieldLabelKeys: Record<FieldName, string> = { name: 'checkIn.name', reason: 'checkIn.reason', topicId: 'checkIn.topic' };
const emptyForm: CheckInForm = { name: '', reason: '', topicId: '' };

/** Maximum lengths, the same as the server's limits for a self check-in. */
const maxLengths = { name: 100, reason: 500 } as const;

/** Seconds the confirmation stays on screen before the form comes back empty for the next visitor. */
const RESET_AFTER_SECONDS = 20;

/**
 * Renders the lobby tablet's self check-in screen at /check-in. It sends only
 * `selfCheckIn` and shows only the visitor's own ticket code and place in
 * line. The confirmation clears itself after RESET_AFTER_SECONDS or on
 * "Done", and the next visitor gets an empty form.
 */
export default function CheckInPage() {
  const [form, setForm] = createStore<CheckInForm>({ ...emptyForm });
  const [problems, setProblems] = createStore<Partial<Record<FieldName, FieldProblem>>>({});
  const [formError, setFormError] = createSignal<FormError | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [ticket, setTicket] = createSignal<Ticket | null>(null);
  const [secondsLeft, setSecondsLeft] = createSignal(RESET_AFTER_SECONDS);
  const [topics] = createResource(async () => (await query(SelfCheckInTopicsDocument, {})).publicTopics);
  // Loaded outside a resource, so a refresh after each visitor does not suspend the form and lose its focus.
  const [queueLength, setQueueLength] = createSignal<QueueLength | null>(null);
  let nameInput: HTMLInputElement | HTMLTextAreaElement | undefined;
  let errorSummary: HTMLDivElement | undefined;
  let doneHeading: HTMLHeadingElement | undefined;
  let countdown: ReturnType<typeof setInterval> | undefined;

  createEffect(() => {
    document.title = `${t('checkIn.pageTitle')} · ${t('county')}`;
  });
  onMount(() => {
    nameInput?.focus();
    void loadQueueLength();
  });
  onCleanup(() => clearInterval(countdown));

  async function loadQueueLength(): Promise<void> {
    try {
      setQueueLength((await query(WalkInQueueLengthDocument, {})).walkInQueueLength);
    } catch {
      // The count is optional information. Without it the form still works, and the line stays empty.
      setQueueLength(null);
    }
  }

  const fieldError = (name: FieldName) => describeProblem(problems[name]);
  const listedProblems = () => fieldOrder.filter((name) => problems[name] !== undefined);

  function update(name: FieldName, value: string): void {
    setForm(name, value);
    if (problems[name] !== undefined) setProblems(name, undefined);
  }

  function clearProblems(): void {
    setProblems({ name: undefined, reason: undefined, topicId: undefined });
  }

  function showFormError(error: FormError): void {
    setFormError(error);
    // Wait for the summary to render, then move focus to it so it is read out first.
    queueMicrotask(() => errorSummary?.focus());
  }

  function validateLocally(): boolean {
    const found: Partial<Record<FieldName, FieldProblem>> = {};
    if (form.name.trim() === '') found.name = { code: 'required' };
    else if (form.name.trim().length > maxLengths.name) found.name = { code: 'tooLong', max: maxLengths.name };
    if (form.reason.trim() === '') found.reason = { code: 'required' };
    else if (form.reason.trim().length > maxLengths.reason) found.reason = { code: 'tooLong', max: maxLengths.reason };
    clearProblems();
    setProblems(found);
    return Object.keys(found).length === 0;
  }

  async function submit(): Promise<void> {
    if (submitting()) return;
    setFormError(null);
    if (!validateLocally()) {
      showFormError({ code: 'form' });
      return;
    }

    setSubmitting(true);
    try {
      const data = await mutate(SelfCheckInDocument, {
        input: { name: form.name.trim(), reason: form.reason.trim(), topicId: form.topicId === '' ? null : form.topicId, language: language() },
      });
      const payload = data.selfCheckIn;
      if (payload.receipt !== null) {
        showTicket(payload.receipt);
        return;
      }
      if (payload.rateLimited !== null) {
        showFormError({ code: 'rateLimited', minutes: Math.max(1, Math.ceil(payload.rateLimited.retryAfterSeconds / 60)) });
        return;
      }

      const found: Partial<Record<FieldName, FieldProblem>> = {};
      for (const entry of payload.error?.fields ?? []) {
        const name = entry.field.split('.')[1] as FieldName;
        if (fieldOrder.includes(name) && found[name] === undefined) found[name] = classifyServerMessage(entry.message);
      }
      clearProblems();
      setProblems(found);
      showFormError({ code: Object.keys(found).length > 0 ? 'form' : 'unknown' });
    } catch (error) {
      showFormError({ code: error instanceof GraphQLRequestError && error.errors.length > 0 ? 'unknown' : 'network' });
    } finally {
      setSubmitting(false);
    }
  }

  /** Shows the confirmation and clears the form at once, so nothing the visitor typed stays in the page. */
  function showTicket(received: Ticket): void {
    setForm({ ...emptyForm });
    clearProblems();
    setTicket(received);
    setSecondsLeft(RESET_AFTER_SECONDS);
    clearInterval(countdown);
    countdown = setInterval(() => {
      if (secondsLeft() <= 1) startOver();
      else setSecondsLeft(secondsLeft() - 1);
    }, 1000);
    queueMicrotask(() => doneHeading?.focus());
  }

  function startOver(): void {
    clearInterval(countdown);
    countdown = undefined;
    setForm({ ...emptyForm });
    clearProblems();
    setFormError(null);
    setTicket(null);
    void loadQueueLength();
    queueMicrotask(() => nameInput?.focus());
  }

  const formErrorText = (error: FormError) =>
    error.code === 'rateLimited'
      ? t('checkIn.errors.rateLimited', { count: error.minutes })
      : error.code === 'form'
        ? t('errors.form')
        : t(`checkIn.errors.${error.code}`);

  const queueText = () => {
    const length = queueLength();
    if (!length) return '';
    return length.estimatedWaitMinutes === null || length.waiting === 0
      ? t('checkIn.queue', { count: length.waiting })
      : t('checkIn.queueWait', { count: length.waiting, minutes: Math.max(1, length.estimatedWaitMinutes) });
  };

  return (
    <PublicFrame staticBrand>
      <Switch>
        <Match when={ticket()}>
          {(current) => (
            <section class="public-card checkin-done" data-testid="checkin-done" aria-labelledby="checkin-done-title">
              <h1 id="checkin-done-title" tabIndex={-1} ref={(element) => (doneHeading = element)}>
                {t('checkIn.done.title')}
              </h1>
              <p class="receipt-label">{t('checkIn.done.ticket')}</p>
              <p class="checkin-ticket" data-testid="checkin-ticket">
                {current().ticketCode}
              </p>
              <p class="checkin-position" data-testid="checkin-position">
                {current().position <= 1 ? t('checkIn.done.positionNext') : t('checkIn.done.position', { position: current().position })}
              </p>
              <p>{t('checkIn.done.callNote')}</p>
              <p class="field-hint" data-testid="checkin-countdown">
                {t('checkIn.done.resetNote', { count: secondsLeft() })}
              </p>
              <button type="button" class="button button-primary checkin-button" data-testid="checkin-done-button" onClick={startOver}>
                {t('checkIn.done.done')}
              </button>
            </section>
          )}
        </Match>
        <Match when={!ticket()}>
          <section class="public-card checkin-card">
            <h1>{t('checkIn.pageTitle')}</h1>
            <p class="public-intro">{t('checkIn.intro')}</p>
            <p class="checkin-queue" data-testid="checkin-queue">
              {queueText()}
            </p>
            <p>
              <A href="/banners?kiosk=1" data-testid="checkin-banner-link">
                {t('banners.kioskLink')}
              </A>
            </p>

            <form
              class="ask-form checkin-form"
              data-testid="checkin-form"
              noValidate
              autocomplete="off"
              onSubmit={(event) => {
                event.preventDefault();
                void submit();
              }}
            >
              <p class="field-hint">{t('requiredNote')}</p>
              <Show when={formError()}>
                {(error) => (
                  <div
                    class="error-summary"
                    role="alert"
                    tabIndex={-1}
                    aria-labelledby="checkin-error-title"
                    data-testid="checkin-error"
                    ref={(element) => (errorSummary = element)}
                  >
                    <h2 id="checkin-error-title" class="error-summary-title">
                      {t('errors.summaryTitle')}
                    </h2>
                    <p class="error-summary-text">{formErrorText(error())}</p>
                    <Show when={error().code === 'form' && listedProblems().length > 0}>
                      <ul class="error-summary-list">
                        <For each={listedProblems()}>
                          {(name) => (
                            <li>
                              <a
                                href={`#${fieldInputIds[name]}`}
                                onClick={(event) => {
                                  event.preventDefault();
                                  document.getElementById(fieldInputIds[name])?.focus();
                                }}
                              >
                                {t(fieldLabelKeys[name])}: {fieldError(name)}
                              </a>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                  </div>
                )}
              </Show>

              {/* autocomplete="off" keeps the browser from offering one visitor's entries to the next. */}
              <TextField
                id="checkin-name"
                name="name"
                label={t('checkIn.name')}
                hint={t('checkIn.nameHint')}
                required
                autocomplete="off"
                value={form.name}
                onInput={(value) => update('name', value)}
                error={fieldError('name')}
                maxLength={maxLengths.name}
                testId="checkin-name"
                ref={(element) => (nameInput = element)}
              />
              <TextField
                id="checkin-reason"
                name="reason"
                label={t('checkIn.reason')}
                hint={t('checkIn.reasonHint')}
                required
                autocomplete="off"
                value={form.reason}
                onInput={(value) => update('reason', value)}
                error={fieldError('reason')}
                maxLength={maxLengths.reason}
                testId="checkin-reason"
              />

              <div class="field">
                <label for="checkin-topic">{t('checkIn.topic')}</label>
                <select
                  id="checkin-topic"
                  name="topicId"
                  class="select"
                  data-testid="checkin-topic"
                  aria-describedby={['checkin-topic-hint', fieldError('topicId') ? 'checkin-topic-error' : ''].filter(Boolean).join(' ')}
                  aria-invalid={fieldError('topicId') ? 'true' : undefined}
                  value={form.topicId}
                  onChange={(event) => update('topicId', event.currentTarget.value)}
                >
                  <option value="">{t('checkIn.topicNone')}</option>
                  <For each={topics() ?? []}>{(topic) => <option value={topic.id}>{topic.name}</option>}</For>
                </select>
                <span id="checkin-topic-hint" class="field-hint">
                  {t('checkIn.topicHint')}
                </span>
                <Show when={fieldError('topicId')}>
                  <span id="checkin-topic-error" class="field-error" data-testid="field-error-topicId">
                    {fieldError('topicId')}
                  </span>
                </Show>
              </div>

              <button type="submit" class="button button-primary checkin-button" data-testid="checkin-submit" disabled={submitting()}>
                {submitting() ? t('checkIn.submitting') : t('checkIn.submit')}
              </button>
            </form>
          </section>
        </Match>
      </Switch>
    </PublicFrame>
  );
}
