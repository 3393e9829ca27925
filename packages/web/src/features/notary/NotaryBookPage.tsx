import { A } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { GraphQLRequestError, mutate, query } from '../../lib/api';
import { BookNotaryAppointmentDocument, NotaryFreeSlotsDocument, type BookNotaryAppointmentMutation } from '../../lib/graphql';
import { classifyServerMessage, describeProblem, type FieldProblem } from '../public/fieldProblems';
import { language, t, type Language } from '../public/i18n';
import { PublicFrame } from '../public/PublicFrame';
import { DOCUMENT_KINDS } from './documentKinds';
import './notary.css';


type Form = { startsAt: string; documentKind: string; documentCount: string; name: string; email: string; phone: string };
type FieldName = keyof Form;
const fieldOrder: FieldName[] = ['startsAt', 'documentKind', 'documentCount', 'name', 'email', 'phone'];
const emptyForm: Form = { startsAt: '', documentKind: 'affidavit', documentCount: '1', name: '', email: '', phone: '' };

type Problem = FieldProblem | { code: 'slot' } | { code: 'count' };
type FormError = { code: 'form' | 'taken' | 'network' | 'unknown' } | { code: 'rateLimited'; minutes: number };
type Booking = Extract<BookNotaryAppointmentMutation['bookNotaryAppointment'], { __typename: 'NotaryBooking' }>;

function locale(current: Language): string {
  return current === 'es' ? 'es-US' : 'en-US';
}

/** Formats a local date YYYY-MM-DD as "Monday, March 9". */
export function formatDay(date: string, current: Language): string {
  return new Intl.DateTimeFormat(locale(current), { weekday: 'long', month: 'long', day: 'numeric', timeZone: 'UTC' }).format(Date.parse(`${date}T00:00:00Z`));
}

/** Formats an instant as a long date and time in `timeZone`. */
export function formatWhen(iso: string, timeZone: string | undefined, current: Language): string {
  return new Intl.DateTimeFormat(locale(current), { dateStyle: 'full', timeStyle: 'short', timeZone }).format(Date.parse(iso));
}

function inputId(name: FieldName): string {
  return `notary-${name}`;
}

/**
 * Renders the public notary page at /notary: the free half hours of the next
 * four weeks grouped by day, the documents and the resident's contact. After
 * booking it shows the reference and the private manage link. When another
 * booking took the chosen time meanwhile, the page reloads the free times.
 */
export default function NotaryBookPage() {
  const [slots, { refetch }] = createResource(() => query(NotaryFreeSlotsDocument, {}));
  const [form, setForm] = createStore<Form>({ ...emptyForm });
  const [problems, setProblems] = createStore<Partial<Record<FieldName, Problem>>>({});
  const [formError, setFormError] = createSignal<FormError | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [booking, setBooking] = createSignal<Booking | null>(null);
  let errorSummary: HTMLDivElement | undefined;
  let bookedHeading: HTMLHeadingElement | undefined;
  let pageHeading: HTMLHeadingElement | undefined;

  createEffect(() => {
    document.title = `${t('notary.pageTitle')} · ${t('county')}`;
  });
  onMount(() => pageHeading?.focus());

  function fieldError(name: FieldName): string | undefined {
    const problem = problems[name];
    if (problem?.code === 'slot') return t('notary.errors.slot');
    if (problem?.code === 'count') return t('notary.errors.count');
    return describeProblem(problem as FieldProblem | undefined);
  }

  function update(name: FieldName, value: string): void {
    setForm(name, value);
    if (problems[name] !== undefined) setProblems(name, undefined);
  }

  function showFormError(error: FormError): void {
    setFormError(error);
    queueMicrotask(() => errorSummary?.focus());
  }

  function validateLocally(): boolean {
    const found: Partial<Record<FieldName, Problem>> = {};
    if (form.startsAt === '') found.startsAt = { code: 'slot' };
    const count = Number(form.documentCount);
    if (!Number.isInteger(count) || count < 1 || count > 20) found.documentCount = { code: 'count' };
    if (form.name.trim() === '') found.name = { code: 'required' };
    setProblems({ startsAt: found.startsAt, documentKind: undefined, documentCount: found.documentCount, name: found.name, email: undefined, phone: undefined });
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
      const data = await mutate(BookNotaryAppointmentDocument, {
        input: {
          startsAt: form.startsAt,
          documentKind: form.documentKind,
          documentCount: Number(form.documentCount),
          contact: { name: form.name.trim(), email: form.email.trim() || null, phone: form.phone.trim() || null },
        },
      });
      const result = data.bookNotaryAppointment;
      if (result.__typename === 'NotaryBooking') {
        setBooking(result);
        queueMicrotask(() => bookedHeading?.focus());
        return;
      }
      if (result.__typename === 'NotarySlotTaken') {
        setForm('startsAt', '');
        void refetch();
        showFormError({ code: 'taken' });
        return;
      }
      if (result.__typename === 'RateLimited') {
        showFormError({ code: 'rateLimited', minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) });
        return;
      }
      const found: Partial<Record<FieldName, Problem>> = {};
      for (const entry of result.fields) {
        const path = entry.field.split('.');
        const name = (path[1] === 'contact' ? path[2] : path[1]) as FieldName;
        if (!fieldOrder.includes(name) || found[name] !== undefined) continue;
        found[name] = name === 'startsAt' ? { code: 'slot' } : name === 'documentCount' ? { code: 'count' } : classifyServerMessage(entry.message);
      }
      setProblems(found);
      showFormError({ code: Object.keys(found).length > 0 ? 'form' : 'unknown' });
    } catch (error) {
      showFormError({ code: error instanceof GraphQLRequestError && error.errors.length > 0 ? 'unknown' : 'network' });
    } finally {
      setSubmitting(false);
    }
  }

  function startOver(): void {
    setForm({ ...emptyForm });
    setBooking(null);
    setFormError(null);
    void refetch();
    queueMicrotask(() => pageHeading?.focus());
  }

  const listedProblems = () => fieldOrder.filter((name) => problems[name] !== undefined);
  const formErrorText = (error: FormError) => {
    if (error.code === 'rateLimited') return t('notary.errors.rateLimited', { count: error.minutes });
    if (error.code === 'form') return t('errors.form');
    return t(`notary.errors.${error.code}`);
  };
  const fieldLabel = (name: FieldName) => (name === 'startsAt' ? t('notary.slotsLegend') : t(`notary.${name}`));
  const timeZone = () => slots.latest?.center.timeZone;

  return (
    <PublicFrame>
      <Switch>
        <Match when={booking()}>
          {(booked) => (
            <section class="public-card" data-testid="notary-booked" aria-labelledby="notary-booked-title">
              <h1 id="notary-booked-title" tabIndex={-1} ref={(element) => (bookedHeading = element)}>
                {t('notary.booked.title')}
              </h1>
              <dl class="notary-facts">
                <dt>{t('notary.booked.reference')}</dt>
                <dd data-testid="notary-reference">{booked().reference}</dd>
                <dt>{t('notary.booked.when')}</dt>
                <dd data-testid="notary-when">{formatWhen(booked().startsAt, timeZone(), language())}</dd>
                <dt>{t('notary.booked.documents')}</dt>
                <dd>
                  {booked().documentCount} × {t(`notary.documentKinds.${booked().documentKind}`)}
                </dd>
              </dl>
              <p>
                <A href={`/notary/manage/${booked().manageToken}`} data-testid="notary-manage-link">
                  {t('notary.booked.manage')}
                </A>
              </p>
              <p class="field-hint">{t('notary.booked.manageHint')}</p>
              <Show when={booked().confirmationQueued}>
                <p>{t('notary.booked.emailed')}</p>
              </Show>
              <button type="button" class="button" onClick={startOver} data-testid="notary-another">
                {t('notary.booked.another')}
              </button>
            </section>
          )}
        </Match>
        <Match when={!booking()}>
          <section class="public-card">
            <h1 tabIndex={-1} ref={(element) => (pageHeading = element)}>
              {t('notary.pageTitle')}
            </h1>
            <p class="public-intro">{t('notary.intro')}</p>
            <Show when={slots.state !== 'errored'} fallback={<p class="alert alert-error" role="alert">{t('notary.loadFailed')}</p>}>
              <Show when={slots.latest} fallback={<p role="status">{t('notary.loading')}</p>}>
                {(loaded) => (
                  <Show when={loaded().notaryFreeSlots.length > 0} fallback={<p data-testid="notary-no-slots">{t('notary.noSlots')}</p>}>
                    <form
                      class="ask-form"
                      data-testid="notary-form"
                      noValidate
                      onSubmit={(event) => {
                        event.preventDefault();
                        void submit();
                      }}
                    >
                      <p class="field-hint">{t('requiredNote')}</p>
                      <Show when={formError()}>
                        {(error) => (
                          <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby="notary-error-title" data-testid="notary-error" ref={(element) => (errorSummary = element)}>
                            <h2 id="notary-error-title" class="error-summary-title">
                              {t('errors.summaryTitle')}
                            </h2>
                            <p class="error-summary-text">{formErrorText(error())}</p>
                            <Show when={error().code === 'form' && listedProblems().length > 0}>
                              <ul class="error-summary-list">
                                <For each={listedProblems()}>
                                  {(name) => (
                                    <li>
                                      <a
                                        href={`#${inputId(name)}`}
                                        onClick={(event) => {
                                          event.preventDefault();
                                          document.getElementById(inputId(name))?.focus();
                                        }}
                                      >
                                        {fieldLabel(name)}: {fieldError(name)}
                                      </a>
                                    </li>
                                  )}
                                </For>
                              </ul>
                            </Show>
                          </div>
                        )}
                      </Show>

                      <fieldset class="notary-slots" aria-describedby={`notary-slots-hint${problems.startsAt ? ' notary-startsAt-error' : ''}`} data-testid="notary-slots">
                        <legend>
                          {t('notary.slotsLegend')}
                          <span class="field-required" aria-hidden="true">
                            {' '}
                            *
                          </span>
                        </legend>
                        <p id="notary-slots-hint" class="field-hint">
                          {t('notary.slotsHint')}
                        </p>
                        <Show when={problems.startsAt}>
                          <p id="notary-startsAt-error" class="field-error" data-testid="field-error-startsAt">
                            {fieldError('startsAt')}
                          </p>
                        </Show>
                        <For each={loaded().notaryFreeSlots}>
                          {(day, dayIndex) => (
                            <div class="notary-day" role="group" aria-labelledby={`notary-day-${day.date}`}>
                              <h2 id={`notary-day-${day.date}`} class="notary-day-title">
                                {formatDay(day.date, language())}
                              </h2>
                              <div class="notary-times">
                                <For each={day.slots}>
                                  {(slot, slotIndex) => (
                                    <label class="notary-time">
                                      <input
                                        type="radio"
                                        name="startsAt"
                                        id={dayIndex() === 0 && slotIndex() === 0 ? inputId('startsAt') : undefined}
                                        value={slot.startsAt}
                                        checked={form.startsAt === slot.startsAt}
                                        onChange={() => update('startsAt', slot.startsAt)}
                                        data-testid="notary-slot"
                                        data-starts-at={slot.startsAt}
                                      />
                                      <span>{slot.localTime}</span>
                                    </label>
                                  )}
                                </For>
                              </div>
                            </div>
                          )}
                        </For>
                      </fieldset>

                      <div class="field">
                        <label for={inputId('documentKind')}>{t('notary.documentKind')}</label>
                        <select id={inputId('documentKind')} class="input" value={form.documentKind} onChange={(event) => update('documentKind', event.currentTarget.value)} data-testid="notary-document-kind">
                          <For each={DOCUMENT_KINDS}>{(kind) => <option value={kind}>{t(`notary.documentKinds.${kind}`)}</option>}</For>
                        </select>
                      </div>
                      <TextField
                        id={inputId('documentCount')}
                        name="documentCount"
                        type="number"
                        label={t('notary.documentCount')}
                        hint={t('notary.documentCountHint')}
                        required
                        value={form.documentCount}
                        onInput={(value) => update('documentCount', value)}
                        error={fieldError('documentCount')}
                        testId="notary-document-count"
                      />
                      <TextField
                        id={inputId('name')}
                        name="name"
                        label={t('notary.name')}
                        required
                        autocomplete="name"
                        maxLength={200}
                        value={form.name}
                        onInput={(value) => update('name', value)}
                        error={fieldError('name')}
                        testId="notary-name"
                      />
                      <TextField
                        id={inputId('email')}
                        name="email"
                        type="email"
                        label={t('notary.email')}
                        hint={t('notary.emailHint')}
                        autocomplete="email"
                        maxLength={254}
                        value={form.email}
                        onInput={(value) => update('email', value)}
                        error={fieldError('email')}
                        testId="notary-email"
                      />
                      <TextField
                        id={inputId('phone')}
                        name="phone"
                        type="tel"
                        label={t('notary.phone')}
                        hint={t('notary.phoneHint')}
                        autocomplete="tel"
                        maxLength={40}
                        value={form.phone}
                        onInput={(value) => update('phone', value)}
                        error={fieldError('phone')}
                        testId="notary-phone"
                      />
                      <button type="submit" class="button button-primary ask-submit" data-testid="notary-submit" disabled={submitting()}>
                        {submitting() ? t('notary.submitting') : t('notary.submit')}
                      </button>
                    </form>
                  </Show>
                )}
              </Show>
            </Show>
          </section>
        </Match>
      </Switch>
    </PublicFrame>
  );
}
