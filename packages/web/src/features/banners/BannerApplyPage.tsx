import { A, useSearchParams } from '@solidjs/router';
import { createEffect, createResource, createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { GraphQLRequestError, mutate, query } from '../../lib/api';
import { ApplyForBannerDocument, PublicBannerLocationsDocument } from '../../lib/graphql';
import { t } from '../public/i18n';
import { PublicFrame } from '../public/PublicFrame';
import { classifyPermitMessage, describePermitProblem, ErrorSummary, RefusalNotice, SelectField, todayLocal, type PermitFormError, type PermitProblem, type Period } from './permitForm';
import './banners.css';

type BannerForm = {
  locationId: string;
  startsOn: string;
  endsOn: string;
  eventName: string;
  organization: string;
  name: string;
  email: string;
  phone: string;
};

type FieldName = keyof BannerForm;

const fieldOrder: FieldName[] = ['locationId', 'startsOn', 'endsOn', 'eventName', 'organization', 'name', 'email', 'phone'];
const labelKeys: Record<FieldName, string> = {
  locationId: 'banners.location',
  startsOn: 'permits.firstDay',
  endsOn: 'permits.lastDay',
  eventName: 'banners.eventName',
  organization: 'banners.organization',
  name: 'permits.name',
  email: 'permits.email',
  phone: 'permits.phone',
};

const emptyForm: BannerForm = { locationId: '', startsOn: '', endsOn: '', eventName: '', organization: '', name: '', email: '', phone: '' };

type Receipt = { reference: string; statusToken: string };

/**
 * Renders the public banner permit page at /banners. With ?kiosk=1 it is the
 * lobby kiosk's form: the application is recorded as a walk-in and the page
 * offers no way off it. A full overpass is shown with the next free periods,
 * which fill in the dates when chosen.
 */
export default function BannerApplyPage() {
  const [searchParams] = useSearchParams();
  const kiosk = () => searchParams.kiosk === '1';
  const [locations] = createResource(async () => (await query(PublicBannerLocationsDocument, {})).publicBannerLocations);
  const [form, setForm] = createStore<BannerForm>({ ...emptyForm });
  const [problems, setProblems] = createStore<Partial<Record<FieldName, PermitProblem>>>({});
  const [formError, setFormError] = createSignal<PermitFormError | null>(null);
  const [refusal, setRefusal] = createSignal<Period[] | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [receipt, setReceipt] = createSignal<Receipt | null>(null);
  let errorSummary: HTMLDivElement | undefined;
  let refusalNotice: HTMLDivElement | undefined;
  let receiptHeading: HTMLHeadingElement | undefined;

  createEffect(() => {
    document.title = `${t('banners.pageTitle')} · ${t('county')}`;
  });
  onMount(() => document.getElementById('banner-locationId')?.focus());

  const chosen = () => locations()?.find((location) => location.id === form.locationId);
  const fieldError = (name: FieldName) => describePermitProblem(problems[name]);

  function update(name: FieldName, value: string): void {
    setForm(name, value);
    if (problems[name] !== undefined) setProblems(name, undefined);
  }

  function replaceProblems(found: Partial<Record<FieldName, PermitProblem>>): void {
    setProblems(Object.fromEntries(fieldOrder.map((name) => [name, found[name]])) as Record<FieldName, PermitProblem | undefined>);
  }

  function validateLocally(): boolean {
    const found: Partial<Record<FieldName, PermitProblem>> = {};
    for (const name of ['locationId', 'startsOn', 'endsOn', 'eventName', 'name'] as const) if (form[name].trim() === '') found[name] = { code: 'required' };
    if (form.startsOn && form.startsOn < todayLocal()) found.startsOn = { code: 'datePast' };
    if (form.startsOn && form.endsOn && form.endsOn < form.startsOn) found.endsOn = { code: 'dateOrder' };
    if (form.email.trim() === '' && form.phone.trim() === '') found.email = { code: 'contact' };
    replaceProblems(found);
    return Object.keys(found).length === 0;
  }

  function showFormError(error: PermitFormError): void {
    setFormError(error);
    queueMicrotask(() => errorSummary?.focus());
  }

  async function submit(): Promise<void> {
    if (submitting()) return;
    setFormError(null);
    setRefusal(null);
    if (!validateLocally()) {
      showFormError({ code: 'form' });
      return;
    }
    setSubmitting(true);
    try {
      const data = await mutate(ApplyForBannerDocument, {
        kiosk: kiosk(),
        input: {
          locationId: form.locationId,
          startsOn: form.startsOn,
          endsOn: form.endsOn,
          eventName: form.eventName.trim(),
          organization: form.organization.trim() || null,
          name: form.name.trim(),
          email: form.email.trim() || null,
          phone: form.phone.trim() || null,
        },
      });
      const result = data.applyForBanner;
      switch (result.__typename) {
        case 'BannerApplicationReceived':
          setReceipt({ reference: result.application.reference, statusToken: result.statusToken });
          queueMicrotask(() => receiptHeading?.focus());
          return;
        case 'BannerRefused':
          setRefusal(result.nextFreeDates.map(({ startsOn, endsOn }) => ({ startsOn, endsOn })));
          queueMicrotask(() => refusalNotice?.focus());
          return;
        case 'RateLimited':
          showFormError({ code: 'rateLimited', minutes: Math.max(1, Math.ceil(result.retryAfterSeconds / 60)) });
          return;
        case 'InvalidInput': {
          const found: Partial<Record<FieldName, PermitProblem>> = {};
          for (const entry of result.fields) {
            const name = entry.field.split('.')[1] as FieldName;
            if (fieldOrder.includes(name) && found[name] === undefined) found[name] = classifyPermitMessage(name, entry.message);
          }
          replaceProblems(found);
          showFormError({ code: Object.keys(found).length > 0 ? 'form' : 'unknown' });
        }
      }
    } catch (error) {
      showFormError({ code: error instanceof GraphQLRequestError && error.errors.length > 0 ? 'unknown' : 'network' });
    } finally {
      setSubmitting(false);
    }
  }

  function useDates(period: Period): void {
    setForm({ startsOn: period.startsOn, endsOn: period.endsOn });
    setRefusal(null);
    document.getElementById('banner-startsOn')?.focus();
  }

  function startOver(): void {
    setForm({ ...emptyForm });
    replaceProblems({});
    setFormError(null);
    setRefusal(null);
    setReceipt(null);
    queueMicrotask(() => document.getElementById('banner-locationId')?.focus());
  }

  const listedProblems = () =>
    fieldOrder.filter((name) => problems[name] !== undefined).map((name) => ({ name, label: t(labelKeys[name]), text: fieldError(name) ?? '' }));
  const statusPath = (token: string) => `/banners/status/${token}`;

  return (
    <PublicFrame staticBrand={kiosk()}>
      <Switch>
        <Match when={receipt()}>
          {(done) => (
            <section class="public-card" data-testid="banner-received" aria-labelledby="banner-received-title">
              <h1 id="banner-received-title" tabIndex={-1} ref={(element) => (receiptHeading = element)}>
                {t('banners.received.title')}
              </h1>
              <p>{t('banners.received.body')}</p>
              <p>
                {t('permits.reference')}: <strong data-testid="banner-reference">{done().reference}</strong>
              </p>
              <Show when={!kiosk()}>
                <p>{t('permits.statusLink')}</p>
                <p>
                  <A href={statusPath(done().statusToken)} data-testid="banner-status-link">
                    {t('banners.received.link')}
                  </A>
                </p>
              </Show>
              <div class="receipt-actions">
                <button type="button" class="button button-primary" data-testid="banner-another" onClick={startOver}>
                  {t('banners.received.another')}
                </button>
                <Show when={kiosk()}>
                  <A href="/check-in" class="button" data-testid="banner-back-to-check-in">
                    {t('banners.backToCheckIn')}
                  </A>
                </Show>
              </div>
            </section>
          )}
        </Match>
        <Match when={!receipt()}>
          <section class="public-card">
            <h1>{t('banners.pageTitle')}</h1>
            <p class="public-intro">{t('banners.intro')}</p>
            <Show when={kiosk()}>
              <p class="field-hint" data-testid="banner-kiosk-note">
                {t('banners.kioskNote')} <A href="/check-in">{t('banners.backToCheckIn')}</A>
              </p>
            </Show>
            <form
              class="ask-form"
              data-testid="banner-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void submit();
              }}
            >
              <p class="field-hint">{t('requiredNote')}</p>
              <Show when={formError()}>
                {(error) => <ErrorSummary idPrefix="banner" error={error()} problems={listedProblems()} ref={(element) => (errorSummary = element)} />}
              </Show>
              <Show when={refusal()}>
                {(periods) => (
                  <RefusalNotice testId="banner-refused" title={t('banners.refusedTitle')} periods={periods()} onUse={useDates} ref={(element) => (refusalNotice = element)} />
                )}
              </Show>

              <SelectField
                id="banner-locationId"
                label={t('banners.location')}
                hint={chosen() ? t('banners.locationDetail', { name: chosen()!.name, perDay: t('banners.perDay', { count: chosen()!.capacity }), days: t('permits.days', { count: chosen()!.maxDays }) }) : t('banners.locationHint')}
                required
                value={form.locationId}
                onChange={(value) => update('locationId', value)}
                error={fieldError('locationId')}
                testId="banner-location"
                placeholder={t('banners.locationChoose')}
                options={(locations() ?? []).map((location) => ({ value: location.id, label: location.name }))}
              />
              <div class="permit-dates">
                <TextField
                  id="banner-startsOn"
                  name="startsOn"
                  type="date"
                  label={t('permits.firstDay')}
                  required
                  value={form.startsOn}
                  onInput={(value) => update('startsOn', value)}
                  error={fieldError('startsOn')}
                  testId="banner-starts-on"
                />
                <TextField
                  id="banner-endsOn"
                  name="endsOn"
                  type="date"
                  label={t('permits.lastDay')}
                  hint={t('permits.datesHint')}
                  required
                  value={form.endsOn}
                  onInput={(value) => update('endsOn', value)}
                  error={fieldError('endsOn')}
                  testId="banner-ends-on"
                />
              </div>
              <TextField
                id="banner-eventName"
                name="eventName"
                label={t('banners.eventName')}
                hint={t('banners.eventNameHint')}
                required
                maxLength={200}
                value={form.eventName}
                onInput={(value) => update('eventName', value)}
                error={fieldError('eventName')}
                testId="banner-event-name"
              />
              <TextField
                id="banner-organization"
                name="organization"
                label={t('banners.organization')}
                hint={t('banners.organizationHint')}
                maxLength={200}
                value={form.organization}
                onInput={(value) => update('organization', value)}
                error={fieldError('organization')}
                testId="banner-organization"
              />
              <fieldset class="ask-contact">
                <legend>{t('banners.contactLegend')}</legend>
                <p class="field-hint">{t('permits.contactHint')}</p>
                <TextField
                  id="banner-name"
                  name="name"
                  label={t('permits.name')}
                  required
                  autocomplete="name"
                  maxLength={200}
                  value={form.name}
                  onInput={(value) => update('name', value)}
                  error={fieldError('name')}
                  testId="banner-name"
                />
                <TextField
                  id="banner-email"
                  name="email"
                  type="email"
                  label={t('permits.email')}
                  autocomplete="email"
                  value={form.email}
                  onInput={(value) => update('email', value)}
                  error={fieldError('email')}
                  testId="banner-email"
                />
                <TextField
                  id="banner-phone"
                  name="phone"
                  type="tel"
                  label={t('permits.phone')}
                  autocomplete="tel"
                  value={form.phone}
                  onInput={(value) => update('phone', value)}
                  error={fieldError('phone')}
                  testId="banner-phone"
                />
              </fieldset>
              <button type="submit" class="button button-primary ask-submit" data-testid="banner-submit" disabled={submitting()}>
                {submitting() ? t('permits.submitting') : t('banners.submit')}
              </button>
            </form>
          </section>
        </Match>
      </Switch>
    </PublicFrame>
  );
}
