import { useSearchParams } from '@solidjs/router';
import { createEffect, createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { GraphQLRequestError, mutate } from '../../lib/api';
import { SubmitWebInquiryDocument } from '../../lib/graphql';
import { AskReceipt, type Receipt } from './AskReceipt';
import { classifyServerMessage, describeProblem, type FieldProblem } from './fieldProblems';
import { setLanguage, t, type Language } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import './public.css';

type AskForm = {
  subject: string;
  question: string;
  name: string;
  email: string;
  phone: string;
  address: string;
};

type FieldName = keyof AskForm;

const emptyForm: AskForm = { subject: '', question: '', name: '', email: '', phone: '', address: '' };

/** Maximum lengths, the same as the server's limits for the public form. */
const maxLengths: Record<FieldName, number> = {
  subject: 300,
  question: 20_000,
  name: 200,
  email: 254,
  phone: 40,
  address: 500,
};

function isFieldName(value: string): value is FieldName {
  return value in emptyForm;
}

function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Renders the public question form at /ask. It sends only `submitWebInquiry` and shows only the receipt. */
export default function AskPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [form, setForm] = createStore<AskForm>({ ...emptyForm });
  const [problems, setProblems] = createStore<Partial<Record<FieldName, FieldProblem>>>({});
  const [formError, setFormError] = createSignal<'form' | 'network' | 'unknown' | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [receipt, setReceipt] = createSignal<Receipt | null>(null);
  let subjectInput: HTMLInputElement | HTMLTextAreaElement | undefined;

  createEffect(() => {
    document.title = `${t('pageTitle')} · ${t('county')}`;
  });
  onMount(() => subjectInput?.focus());

  function chooseLanguage(next: Language): void {
    setLanguage(next);
    // Keep ?lang= in step, because it takes precedence on the next load.
    if (searchParams.lang !== undefined) setSearchParams({ lang: next }, { replace: true });
  }

  function fieldError(name: FieldName): string | undefined {
    return describeProblem(problems[name]);
  }

  function update(name: FieldName, value: string): void {
    setForm(name, value);
    if (problems[name] !== undefined) setProblems(name, undefined);
  }

  function validateLocally(): boolean {
    const found: Partial<Record<FieldName, FieldProblem>> = {};
    if (form.subject.trim() === '') found.subject = { code: 'required' };
    if (form.question.trim() === '') found.question = { code: 'required' };
    setProblems({ subject: found.subject, question: found.question });
    return Object.keys(found).length === 0;
  }

  async function submit(): Promise<void> {
    if (submitting()) return;
    setFormError(null);
    if (!validateLocally()) {
      setFormError('form');
      return;
    }

    setSubmitting(true);
    try {
      const data = await mutate(SubmitWebInquiryDocument, {
        input: {
          subject: form.subject.trim(),
          question: form.question.trim(),
          name: blankToNull(form.name),
          email: blankToNull(form.email),
          phone: blankToNull(form.phone),
          address: blankToNull(form.address),
        },
      });
      const payload = data.submitWebInquiry;
      if (payload.receipt !== null) {
        setReceipt(payload.receipt);
        return;
      }

      const found: Partial<Record<FieldName, FieldProblem>> = {};
      for (const entry of payload.error?.fields ?? []) {
        const name = entry.field.split('.').pop() ?? entry.field;
        if (isFieldName(name)) found[name] = classifyServerMessage(entry.message);
      }
      setProblems(found);
      setFormError(Object.keys(found).length > 0 ? 'form' : 'unknown');
    } catch (error) {
      setFormError(error instanceof GraphQLRequestError && error.errors.length > 0 ? 'unknown' : 'network');
    } finally {
      setSubmitting(false);
    }
  }

  function startOver(): void {
    setForm({ ...emptyForm });
    setProblems({ subject: undefined, question: undefined, name: undefined, email: undefined, phone: undefined, address: undefined });
    setFormError(null);
    setReceipt(null);
    queueMicrotask(() => subjectInput?.focus());
  }

  return (
    <div class="public-page">
      <header class="public-header">
        <div class="public-brand">
          <span class="public-brand-mark" aria-hidden="true">
            311
          </span>
          <span>{t('county')}</span>
        </div>
        <LanguageSwitch onChoose={chooseLanguage} />
      </header>

      <main class="public-main">
        <Switch>
          <Match when={receipt()}>{(current) => <AskReceipt receipt={current()} onAskAnother={startOver} />}</Match>
          <Match when={!receipt()}>
            <section class="public-card">
              <h1>{t('pageTitle')}</h1>
              <p class="public-intro">{t('intro')}</p>
              <p class="public-emergency">{t('emergency')}</p>

              <form
                class="ask-form"
                data-testid="ask-form"
                noValidate
                onSubmit={(event) => {
                  event.preventDefault();
                  void submit();
                }}
              >
                <p class="field-hint">{t('requiredNote')}</p>
                <Show when={formError()}>
                  {(code) => (
                    <p class="alert alert-error" role="alert" data-testid="ask-error">
                      {t(`errors.${code()}`)}
                    </p>
                  )}
                </Show>

                <TextField
                  id="ask-subject"
                  name="subject"
                  label={t('fields.subject')}
                  hint={t('fields.subjectHint')}
                  required
                  value={form.subject}
                  onInput={(value) => update('subject', value)}
                  error={fieldError('subject')}
                  maxLength={maxLengths.subject}
                  testId="ask-subject"
                  ref={(element) => (subjectInput = element)}
                />
                <TextField
                  id="ask-question"
                  name="question"
                  label={t('fields.question')}
                  hint={t('fields.questionHint')}
                  required
                  multiline
                  value={form.question}
                  onInput={(value) => update('question', value)}
                  error={fieldError('question')}
                  maxLength={maxLengths.question}
                  testId="ask-question"
                />

                <fieldset class="ask-contact">
                  <legend>{t('fields.contactLegend')}</legend>
                  <TextField
                    id="ask-name"
                    name="name"
                    label={t('fields.name')}
                    autocomplete="name"
                    value={form.name}
                    onInput={(value) => update('name', value)}
                    error={fieldError('name')}
                    maxLength={maxLengths.name}
                    testId="ask-name"
                  />
                  <div class="ask-contact-row">
                    <TextField
                      id="ask-email"
                      name="email"
                      type="email"
                      label={t('fields.email')}
                      hint={t('fields.emailHint')}
                      autocomplete="email"
                      value={form.email}
                      onInput={(value) => update('email', value)}
                      error={fieldError('email')}
                      maxLength={maxLengths.email}
                      testId="ask-email"
                    />
                    <TextField
                      id="ask-phone"
                      name="phone"
                      type="tel"
                      label={t('fields.phone')}
                      autocomplete="tel"
                      value={form.phone}
                      onInput={(value) => update('phone', value)}
                      error={fieldError('phone')}
                      maxLength={maxLengths.phone}
                      testId="ask-phone"
                    />
                  </div>
                  <TextField
                    id="ask-address"
                    name="address"
                    label={t('fields.address')}
                    hint={t('fields.addressHint')}
                    autocomplete="street-address"
                    value={form.address}
                    onInput={(value) => update('address', value)}
                    error={fieldError('address')}
                    maxLength={maxLengths.address}
                    testId="ask-address"
                  />
                </fieldset>

                <button type="submit" class="button button-primary ask-submit" data-testid="ask-submit" disabled={submitting()}>
                  {submitting() ? t('submitting') : t('submit')}
                </button>
              </form>
            </section>
          </Match>
        </Switch>
      </main>
    </div>
  );
}
