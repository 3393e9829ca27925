import { useSearchParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { GraphQLRequestError, mutate, query } from '../../lib/api';
import { PublicFormOptionsDocument, SubmitWebInquiryDocument } from '../../lib/graphql';
import { AskReceipt, type Receipt } from './AskReceipt';
import { classifyServerMessage, describeProblem, type FieldProblem } from './fieldProblems';
import { language, setLanguage, t, type Language } from './i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { checkPhotoFile, formatFileSize, formatMegabytes, PHOTO_ACCEPT, photoContentType, photoMaxBytes, readAsBase64, setPhotoMaxBytes } from './photo';
import './public.css';

type AskForm = {
  subject: string;
  question: string;
  topicId: string;
  locationAddress: string;
  name: string;
  email: string;
  phone: string;
  address: string;
  /** The honeypot: hidden from people, so only robots fill it. */
  website: string;
};

type TextFieldName = Exclude<keyof AskForm, 'topicId' | 'website'>;
/** Every field an error can point at, in the order they appear on the form. */
type FieldName = 'subject' | 'question' | 'topicId' | 'locationAddress' | 'coordinates' | 'photo' | 'name' | 'email' | 'phone' | 'address';

const fieldOrder: FieldName[] = ['subject', 'question', 'topicId', 'locationAddress', 'coordinates', 'photo', 'name', 'email', 'phone', 'address'];

/** The element each field's error summary link moves focus to. */
const fieldInputIds: Record<FieldName, string> = {
  subject: 'ask-subject',
  question: 'ask-question',
  topicId: 'ask-topic',
  locationAddress: 'ask-location-address',
  coordinates: 'ask-use-location',
  photo: 'ask-photo',
  name: 'ask-name',
  email: 'ask-email',
  phone: 'ask-phone',
  address: 'ask-address',
};

const fieldLabelKeys: Record<FieldName, string> = {
  subject: 'fields.subject',
  question: 'fields.question',
  topicId: 'fields.topic',
  locationAddress: 'fields.locationAddress',
  coordinates: 'fields.useMyLocation',
  photo: 'fields.photo',
  name: 'fields.name',
  email: 'fields.email',
  phone: 'fields.phone',
  address: 'fields.address',
};

const emptyForm: AskForm = { subject: '', question: '', topicId: '', locationAddress: '', name: '', email: '', phone: '', address: '', website: '' };

/** Maximum lengths, the same as the server's limits for the public form. */
const maxLengths: Record<TextFieldName, number> = {
  subject: 300,
  question: 20_000,
  locationAddress: 500,
  name: 200,
  email: 254,
  phone: 40,
  address: 500,
};

/** Maps a server field path such as input.location.address or input.photo.contentType to the form's field. */
function toFieldName(path: string): FieldName | undefined {
  const parts = path.split('.').slice(1);
  if (parts[0] === 'photo') return 'photo';
  if (parts[0] === 'location') return parts[1] === 'address' ? 'locationAddress' : 'coordinates';
  const name = parts[0] as FieldName;
  return fieldOrder.includes(name) ? name : undefined;
}

function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

type FormError = { code: 'form' | 'network' | 'unknown' } | { code: 'rateLimited'; minutes: number };

/**
 * Renders the public question form at /ask. It sends only `submitWebInquiry`
 * and shows only the receipt. After a submit, focus moves to the error
 * summary or to the receipt.
 */
export default function AskPage() {
  const [searchParams, setSearchParams] = useSearchParams();
  const [form, setForm] = createStore<AskForm>({ ...emptyForm });
  const [problems, setProblems] = createStore<Partial<Record<FieldName, FieldProblem>>>({});
  const [formError, setFormError] = createSignal<FormError | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [receipt, setReceipt] = createSignal<Receipt | null>(null);
  const [photo, setPhoto] = createSignal<File | null>(null);
  const [coordinates, setCoordinates] = createSignal<{ latitude: number; longitude: number } | null>(null);
  const [locating, setLocating] = createSignal<'idle' | 'busy' | 'failed'>('idle');
  const [options] = createResource(async () => {
    const loaded = await query(PublicFormOptionsDocument, {});
    setPhotoMaxBytes(loaded.publicFormLimits.maxPhotoBytes);
    return loaded;
  });
  const topics = () => options()?.publicTopics;
  let subjectInput: HTMLInputElement | HTMLTextAreaElement | undefined;
  let photoInput: HTMLInputElement | undefined;
  let errorSummary: HTMLDivElement | undefined;

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

  function update(name: keyof AskForm, value: string): void {
    setForm(name, value);
    if (name !== 'website' && problems[name] !== undefined) setProblems(name, undefined);
  }

  function clearProblems(): void {
    setProblems(Object.fromEntries(fieldOrder.map((name) => [name, undefined])));
  }

  function showFormError(error: FormError): void {
    setFormError(error);
    // Wait for the summary to render, then move focus to it so it is read out first.
    queueMicrotask(() => errorSummary?.focus());
  }

  function choosePhoto(file: File | null): void {
    setProblems('photo', undefined);
    if (file === null) {
      setPhoto(null);
      return;
    }
    const problem = checkPhotoFile(file);
    if (problem !== undefined) {
      setProblems('photo', problem);
      setPhoto(null);
      if (photoInput) photoInput.value = '';
      return;
    }
    setPhoto(file);
  }

  function removePhoto(): void {
    setPhoto(null);
    if (photoInput) {
      photoInput.value = '';
      photoInput.focus();
    }
  }

  function useMyLocation(): void {
    if (!('geolocation' in navigator)) {
      setLocating('failed');
      return;
    }
    setLocating('busy');
    setProblems('coordinates', undefined);
    navigator.geolocation.getCurrentPosition(
      (position) => {
        setCoordinates({ latitude: roundDegrees(position.coords.latitude), longitude: roundDegrees(position.coords.longitude) });
        setLocating('idle');
      },
      () => setLocating('failed'),
      { timeout: 15_000, maximumAge: 60_000 },
    );
  }

  function validateLocally(): boolean {
    const found: Partial<Record<FieldName, FieldProblem>> = {};
    if (form.subject.trim() === '') found.subject = { code: 'required' };
    if (form.question.trim() === '') found.question = { code: 'required' };
    setProblems({ subject: found.subject, question: found.question });
    return Object.keys(found).length === 0 && problems.photo === undefined;
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
      const file = photo();
      const position = coordinates();
      const locationAddress = blankToNull(form.locationAddress);
      const data = await mutate(SubmitWebInquiryDocument, {
        input: {
          subject: form.subject.trim(),
          question: form.question.trim(),
          topicId: form.topicId === '' ? null : form.topicId,
          location: locationAddress || position ? { address: locationAddress, latitude: position?.latitude ?? null, longitude: position?.longitude ?? null } : null,
          photo: file ? { filename: file.name, contentType: photoContentType(file) ?? file.type, dataBase64: await readAsBase64(file) } : null,
          name: blankToNull(form.name),
          email: blankToNull(form.email),
          phone: blankToNull(form.phone),
          address: blankToNull(form.address),
          honeypot: form.website === '' ? null : form.website,
        },
      });
      const payload = data.submitWebInquiry;
      if (payload.receipt !== null) {
        setReceipt(payload.receipt);
        return;
      }
      if (payload.rateLimited !== null) {
        showFormError({ code: 'rateLimited', minutes: Math.max(1, Math.ceil(payload.rateLimited.retryAfterSeconds / 60)) });
        return;
      }

      const found: Partial<Record<FieldName, FieldProblem>> = {};
      for (const entry of payload.error?.fields ?? []) {
        const name = toFieldName(entry.field);
        if (name !== undefined && found[name] === undefined) found[name] = classifyServerMessage(entry.message);
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

  function startOver(): void {
    setForm({ ...emptyForm });
    clearProblems();
    setFormError(null);
    setPhoto(null);
    setCoordinates(null);
    setLocating('idle');
    setReceipt(null);
    queueMicrotask(() => subjectInput?.focus());
  }

  const listedProblems = () => fieldOrder.filter((name) => problems[name] !== undefined);

  function focusField(name: FieldName): void {
    document.getElementById(fieldInputIds[name])?.focus();
  }

  const formErrorText = (error: FormError) =>
    error.code === 'rateLimited' ? t('errors.rateLimited', { count: error.minutes }) : t(`errors.${error.code}`);

  const photoHintId = 'ask-photo-hint';
  const photoErrorId = 'ask-photo-error';
  const coordinatesErrorId = 'ask-coordinates-error';

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
          <Match when={receipt()}>{(current) => <AskReceipt receipt={current()} timeZone={options()?.center.timeZone} onAskAnother={startOver} />}</Match>
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
                  {(error) => (
                    <div
                      class="error-summary"
                      role="alert"
                      tabIndex={-1}
                      aria-labelledby="ask-error-title"
                      data-testid="ask-error"
                      ref={(element) => (errorSummary = element)}
                    >
                      <h2 id="ask-error-title" class="error-summary-title">
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
                                    focusField(name);
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

                <div class="field">
                  <label for="ask-topic">{t('fields.topic')}</label>
                  <select
                    id="ask-topic"
                    name="topicId"
                    class="select"
                    data-testid="ask-topic"
                    aria-describedby={['ask-topic-hint', fieldError('topicId') ? 'ask-topic-error' : ''].filter(Boolean).join(' ')}
                    aria-invalid={fieldError('topicId') ? 'true' : undefined}
                    value={form.topicId}
                    onChange={(event) => update('topicId', event.currentTarget.value)}
                  >
                    <option value="">{t('fields.topicNone')}</option>
                    <For each={topics() ?? []}>{(topic) => <option value={topic.id}>{topic.name}</option>}</For>
                  </select>
                  <span id="ask-topic-hint" class="field-hint">
                    {t('fields.topicHint')}
                  </span>
                  <Show when={fieldError('topicId')}>
                    <span id="ask-topic-error" class="field-error" data-testid="field-error-topicId">
                      {fieldError('topicId')}
                    </span>
                  </Show>
                </div>

                <fieldset class="ask-contact">
                  <legend>{t('fields.locationLegend')}</legend>
                  <TextField
                    id="ask-location-address"
                    name="locationAddress"
                    label={t('fields.locationAddress')}
                    hint={t('fields.locationAddressHint')}
                    value={form.locationAddress}
                    onInput={(value) => update('locationAddress', value)}
                    error={fieldError('locationAddress')}
                    maxLength={maxLengths.locationAddress}
                    testId="ask-location-address"
                  />
                  <div class="ask-location-row">
                    <Show
                      when={coordinates()}
                      fallback={
                        <button
                          type="button"
                          id="ask-use-location"
                          class="button"
                          data-testid="ask-use-location"
                          aria-describedby={fieldError('coordinates') ? coordinatesErrorId : undefined}
                          disabled={locating() === 'busy'}
                          onClick={useMyLocation}
                        >
                          {t('fields.useMyLocation')}
                        </button>
                      }
                    >
                      {(position) => (
                        <>
                          <span data-testid="ask-coordinates">
                            {t('fields.locationSet', { latitude: position().latitude.toFixed(5), longitude: position().longitude.toFixed(5) })}
                          </span>
                          <button type="button" id="ask-use-location" class="button button-small" onClick={() => setCoordinates(null)}>
                            {t('fields.locationRemove')}
                          </button>
                        </>
                      )}
                    </Show>
                    <span role="status" class="field-hint">
                      {locating() === 'busy' ? t('fields.locating') : locating() === 'failed' ? t('fields.locationFailed') : ''}
                    </span>
                  </div>
                  <Show when={fieldError('coordinates')}>
                    <span id={coordinatesErrorId} class="field-error" data-testid="field-error-coordinates">
                      {fieldError('coordinates')}
                    </span>
                  </Show>
                </fieldset>

                <div class="field">
                  <label for="ask-photo">{t('fields.photo')}</label>
                  <input
                    id="ask-photo"
                    name="photo"
                    type="file"
                    class="input ask-photo-input"
                    accept={PHOTO_ACCEPT}
                    data-testid="ask-photo"
                    aria-describedby={[photoHintId, fieldError('photo') ? photoErrorId : ''].filter(Boolean).join(' ')}
                    aria-invalid={fieldError('photo') ? 'true' : undefined}
                    ref={(element) => (photoInput = element)}
                    onChange={(event) => choosePhoto(event.currentTarget.files?.[0] ?? null)}
                  />
                  <span id={photoHintId} class="field-hint">
                    {t('fields.photoHint', { max: formatMegabytes(photoMaxBytes()) })}
                  </span>
                  <Show when={photo()}>
                    {(file) => (
                      <span class="ask-photo-chosen" data-testid="ask-photo-chosen">
                        {t('fields.photoChosen', { name: file().name, size: formatFileSize(file().size, language() === 'es' ? 'es-US' : 'en-US') })}{' '}
                        <button type="button" class="button button-small" onClick={removePhoto}>
                          {t('fields.photoRemove')}
                        </button>
                      </span>
                    )}
                  </Show>
                  <Show when={fieldError('photo')}>
                    <span id={photoErrorId} class="field-error" data-testid="field-error-photo">
                      {fieldError('photo')}
                    </span>
                  </Show>
                </div>

                <fieldset class="ask-contact">
                  <legend>{t('fields.contactLegend')}</legend>
                  <p class="field-hint">{t('fields.contactHint')}</p>
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

                {/* The honeypot: moved off screen rather than display:none, which some robots skip, and hidden from assistive technology. */}
                <div class="ask-honeypot" aria-hidden="true">
                  <label for="ask-website">{t('fields.honeypot')}</label>
                  <input
                    id="ask-website"
                    name="website"
                    type="text"
                    tabIndex={-1}
                    autocomplete="off"
                    data-testid="ask-honeypot"
                    value={form.website}
                    onInput={(event) => update('website', event.currentTarget.value)}
                  />
                </div>

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

/** Rounds degrees to 5 decimals, about a metre, which is all a report needs. */
function roundDegrees(value: number): number {
  return Math.round(value * 100_000) / 100_000;
}
