import { A } from '@solidjs/router';
import { createEffect, createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { GraphQLRequestError, mutate } from '../../lib/api';
import { SendKudosDocument } from '../../lib/graphql';
import { classifyServerMessage, describeProblem, type FieldProblem } from '../public/fieldProblems';
import { t } from '../public/i18n';
import { PublicFrame } from '../public/PublicFrame';
import './kudos.css';

type KudosForm = {
  employeeName: string;
  message: string;
  residentName: string;
  inquiryReference: string;
  /** The honeypot: hidden from people, so only robots fill it. */
  website: string;
};

type FieldName = Exclude<keyof KudosForm, 'website'>;

const fieldOrder: FieldName[] = ['employeeName', 'message', 'residentName', 'inquiryReference'];

/** Maximum lengths, the same as the server's (KUDOS_LIMITS). */
const maxLengths: Record<FieldName, number> = { employeeName: 120, message: 2000, residentName: 120, inquiryReference: 20 };

const emptyForm: KudosForm = { employeeName: '', message: '', residentName: '', inquiryReference: '', website: '' };

/** Accepts the forms the server accepts: Q-000123, q123 or 123. */
const REFERENCE_PATTERN = /^(?:q-?)?[0-9]{1,15}$/i;

type FormError = { code: 'form' | 'network' | 'unknown' } | { code: 'rateLimited'; minutes: number };

/** A field problem of this page: the shared ones, plus a malformed reference number. */
type KudosProblem = FieldProblem | { code: 'reference' };

function inputId(name: FieldName): string {
  return `kudos-${name}`;
}

function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/**
 * Renders the public kudos page at /kudos, where residents thank a staff
 * member. It sends only `sendKudos` and then shows a thank-you note. After a
 * submit, focus moves to the error summary or to the note's heading.
 */
export default function SendKudosPage() {
  const [form, setForm] = createStore<KudosForm>({ ...emptyForm });
  const [problems, setProblems] = createStore<Partial<Record<FieldName, KudosProblem>>>({});
  const [formError, setFormError] = createSignal<FormError | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [sent, setSent] = createSignal(false);
  let firstInput: HTMLInputElement | HTMLTextAreaElement | undefined;
  let errorSummary: HTMLDivElement | undefined;
  let thanksHeading: HTMLHeadingElement | undefined;

  createEffect(() => {
    document.title = `${t('kudos.pageTitle')} · ${t('county')}`;
  });
  onMount(() => firstInput?.focus());

  function fieldError(name: FieldName): string | undefined {
    const problem = problems[name];
    if (problem?.code === 'reference') return t('kudos.errors.reference');
    return describeProblem(problem);
  }

  function update(name: keyof KudosForm, value: string): void {
    setForm(name, value);
    if (name !== 'website' && problems[name] !== undefined) setProblems(name, undefined);
  }

  function showFormError(error: FormError): void {
    setFormError(error);
    // Wait for the summary to render, then move focus to it so it is read out first.
    queueMicrotask(() => errorSummary?.focus());
  }

  function validateLocally(): boolean {
    const found: Partial<Record<FieldName, KudosProblem>> = {};
    if (form.employeeName.trim() === '') found.employeeName = { code: 'required' };
    if (form.message.trim() === '') found.message = { code: 'required' };
    const reference = form.inquiryReference.trim();
    if (reference !== '' && !REFERENCE_PATTERN.test(reference)) found.inquiryReference = { code: 'reference' };
    setProblems({ employeeName: found.employeeName, message: found.message, residentName: undefined, inquiryReference: found.inquiryReference });
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
      const data = await mutate(SendKudosDocument, {
        input: {
          employeeName: form.employeeName.trim(),
          message: form.message.trim(),
          residentName: blankToNull(form.residentName),
          inquiryReference: blankToNull(form.inquiryReference),
          honeypot: form.website === '' ? null : form.website,
        },
      });
      const result = data.sendKudos;
      if (result.__typename === 'KudosReceived') {
        setSent(true);
        queueMicrotask(() => thanksHeading?.focus());
        return;
      }
      if (result.__typename === 'RateLimited') {
        showFormError({ code: 'rateLimited', minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) });
        return;
      }

      const found: Partial<Record<FieldName, KudosProblem>> = {};
      for (const entry of result.fields) {
        const name = entry.field.split('.')[1] as FieldName;
        if (!fieldOrder.includes(name) || found[name] !== undefined) continue;
        found[name] = name === 'inquiryReference' ? { code: 'reference' } : classifyServerMessage(entry.message);
      }
      setProblems({ employeeName: found.employeeName, message: found.message, residentName: found.residentName, inquiryReference: found.inquiryReference });
      showFormError({ code: Object.keys(found).length > 0 ? 'form' : 'unknown' });
    } catch (error) {
      showFormError({ code: error instanceof GraphQLRequestError && error.errors.length > 0 ? 'unknown' : 'network' });
    } finally {
      setSubmitting(false);
    }
  }

  function startOver(): void {
    setForm({ ...emptyForm });
    setProblems({ employeeName: undefined, message: undefined, residentName: undefined, inquiryReference: undefined });
    setFormError(null);
    setSent(false);
    queueMicrotask(() => firstInput?.focus());
  }

  const listedProblems = () => fieldOrder.filter((name) => problems[name] !== undefined);
  const formErrorText = (error: FormError) =>
    error.code === 'rateLimited' ? t('kudos.errors.rateLimited', { count: error.minutes }) : error.code === 'form' ? t('errors.form') : t(`kudos.errors.${error.code}`);

  return (
    <PublicFrame>
      <Switch>
        <Match when={sent()}>
          <section class="public-card" data-testid="kudos-thanks" aria-labelledby="kudos-thanks-title">
            <h1 id="kudos-thanks-title" tabIndex={-1} ref={(element) => (thanksHeading = element)}>
              {t('kudos.thanks.title')}
            </h1>
            <p>{t('kudos.thanks.body')}</p>
            <div class="receipt-actions">
              <button type="button" class="button button-primary" data-testid="kudos-another" onClick={startOver}>
                {t('kudos.thanks.another')}
              </button>
              <A href="/ask" class="button">
                {t('kudos.thanks.ask')}
              </A>
            </div>
          </section>
        </Match>
        <Match when={!sent()}>
          <section class="public-card">
            <h1>{t('kudos.pageTitle')}</h1>
            <p class="public-intro">{t('kudos.intro')}</p>
            <p class="field-hint">{t('kudos.note')}</p>

            <form
              class="ask-form"
              data-testid="kudos-form"
              noValidate
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
                    aria-labelledby="kudos-error-title"
                    data-testid="kudos-error"
                    ref={(element) => (errorSummary = element)}
                  >
                    <h2 id="kudos-error-title" class="error-summary-title">
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
                                {t(`kudos.${name}`)}: {fieldError(name)}
                              </a>
                            </li>
                          )}
                        </For>
                      </ul>
                    </Show>
                  </div>
                )}
              </Show>

              <TextField
                id={inputId('employeeName')}
                name="employeeName"
                label={t('kudos.employeeName')}
                hint={t('kudos.employeeNameHint')}
                required
                value={form.employeeName}
                onInput={(value) => update('employeeName', value)}
                error={fieldError('employeeName')}
                maxLength={maxLengths.employeeName}
                testId="kudos-employee-name"
                ref={(element) => (firstInput = element)}
              />
              <TextField
                id={inputId('message')}
                name="message"
                label={t('kudos.message')}
                hint={t('kudos.messageHint')}
                required
                multiline
                value={form.message}
                onInput={(value) => update('message', value)}
                error={fieldError('message')}
                maxLength={maxLengths.message}
                testId="kudos-message"
              />
              <TextField
                id={inputId('residentName')}
                name="residentName"
                label={t('kudos.residentName')}
                hint={t('kudos.residentNameHint')}
                autocomplete="name"
                value={form.residentName}
                onInput={(value) => update('residentName', value)}
                error={fieldError('residentName')}
                maxLength={maxLengths.residentName}
                testId="kudos-resident-name"
              />
              <TextField
                id={inputId('inquiryReference')}
                name="inquiryReference"
                label={t('kudos.inquiryReference')}
                hint={t('kudos.inquiryReferenceHint')}
                autocomplete="off"
                value={form.inquiryReference}
                onInput={(value) => update('inquiryReference', value)}
                error={fieldError('inquiryReference')}
                maxLength={maxLengths.inquiryReference}
                testId="kudos-reference"
              />

              {/* The honeypot: moved off screen rather than display:none, which some robots skip, and hidden from assistive technology. */}
              <div class="ask-honeypot" aria-hidden="true">
                <label for="kudos-website">{t('fields.honeypot')}</label>
                <input
                  id="kudos-website"
                  name="website"
                  type="text"
                  tabIndex={-1}
                  autocomplete="off"
                  data-testid="kudos-honeypot"
                  value={form.website}
                  onInput={(event) => update('website', event.currentTarget.value)}
                />
              </div>

              <button type="submit" class="button button-primary ask-submit" data-testid="kudos-submit" disabled={submitting()}>
                {submitting() ? t('kudos.submitting') : t('kudos.submit')}
              </button>
            </form>
          </section>
        </Match>
      </Switch>
    </PublicFrame>
  );
}
