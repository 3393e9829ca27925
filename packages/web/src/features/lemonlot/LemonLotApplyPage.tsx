import { A } from '@solidjs/router';
import { createEffect, createResource, createSignal, Match, onMount, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { GraphQLRequestError, mutate, query } from '../../lib/api';
import { ApplyForLemonLotDocument, PublicLemonLotSettingsDocument } from '../../lib/graphql';
import { t } from '../public/i18n';
import { PublicFrame } from '../public/PublicFrame';
import { classifyPermitMessage, describePermitProblem, ErrorSummary, RefusalNotice, todayLocal, type PermitFormError, type PermitProblem, type Period } from '../banners/permitForm';
import '../banners/banners.css';

type PermitForm = {
  vehicleMake: string;
  vehicleModel: string;
  vehicleYear: string;
  vehicleColor: string;
  plate: string;
  plateState: string;
  vin: string;
  startsOn: string;
  endsOn: string;
  name: string;
  email: string;
  phone: string;
};

type FieldName = keyof PermitForm;

const fieldOrder: FieldName[] = ['vehicleMake', 'vehicleModel', 'vehicleYear', 'vehicleColor', 'plate', 'plateState', 'vin', 'startsOn', 'endsOn', 'name', 'email', 'phone'];
const labelKeys: Record<FieldName, string> = {
  vehicleMake: 'lemonLot.vehicleMake',
  vehicleModel: 'lemonLot.vehicleModel',
  vehicleYear: 'lemonLot.vehicleYear',
  vehicleColor: 'lemonLot.vehicleColor',
  plate: 'lemonLot.plate',
  plateState: 'lemonLot.plateState',
  vin: 'lemonLot.vin',
  startsOn: 'permits.firstDay',
  endsOn: 'permits.lastDay',
  name: 'permits.name',
  email: 'permits.email',
  phone: 'permits.phone',
};

const emptyForm: PermitForm = { vehicleMake: '', vehicleModel: '', vehicleYear: '', vehicleColor: '', plate: '', plateState: '', vin: '', startsOn: '', endsOn: '', name: '', email: '', phone: '' };

type Receipt = { reference: string; plate: string; startsOn: string; endsOn: string; statusToken: string };

/**
 * Renders the public lemon lot page at /lemon-lot, where a resident applies
 * for a space to sell a car. A permit within capacity is granted at once; a
 * full lot is shown with the next free periods.
 */
export default function LemonLotApplyPage() {
  const [settings] = createResource(async () => (await query(PublicLemonLotSettingsDocument, {})).lemonLotSettings);
  const [form, setForm] = createStore<PermitForm>({ ...emptyForm });
  const [problems, setProblems] = createStore<Partial<Record<FieldName, PermitProblem>>>({});
  const [formError, setFormError] = createSignal<PermitFormError | null>(null);
  const [refusal, setRefusal] = createSignal<Period[] | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [receipt, setReceipt] = createSignal<Receipt | null>(null);
  let errorSummary: HTMLDivElement | undefined;
  let refusalNotice: HTMLDivElement | undefined;
  let receiptHeading: HTMLHeadingElement | undefined;

  createEffect(() => {
    document.title = `${t('lemonLot.pageTitle')} · ${t('county')}`;
  });
  onMount(() => document.getElementById('lemon-vehicleMake')?.focus());

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
    for (const name of ['vehicleMake', 'vehicleModel', 'plate', 'startsOn', 'endsOn', 'name'] as const) if (form[name].trim() === '') found[name] = { code: 'required' };
    if (form.vehicleYear.trim() !== '' && !/^\d{4}$/.test(form.vehicleYear.trim())) found.vehicleYear = { code: 'year' };
    if (form.plateState.trim() !== '' && !/^[A-Za-z]{2}$/.test(form.plateState.trim())) found.plateState = { code: 'plateState' };
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
    const text = (value: string) => value.trim() || null;
    try {
      const data = await mutate(ApplyForLemonLotDocument, {
        input: {
          vehicleMake: form.vehicleMake.trim(),
          vehicleModel: form.vehicleModel.trim(),
          vehicleYear: form.vehicleYear.trim() === '' ? null : Number(form.vehicleYear),
          vehicleColor: text(form.vehicleColor),
          plate: form.plate.trim(),
          plateState: text(form.plateState),
          vin: text(form.vin),
          startsOn: form.startsOn,
          endsOn: form.endsOn,
          name: form.name.trim(),
          email: text(form.email),
          phone: text(form.phone),
        },
      });
      const result = data.applyForLemonLot;
      switch (result.__typename) {
        case 'LemonLotPermitReceived':
          setReceipt({ ...result.permit, statusToken: result.statusToken });
          queueMicrotask(() => receiptHeading?.focus());
          return;
        case 'LemonLotRefused':
          if (result.field.endsWith('plate')) {
            replaceProblems({ plate: classifyPermitMessage('plate', result.message) });
            showFormError({ code: 'form' });
            return;
          }
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
    document.getElementById('lemon-startsOn')?.focus();
  }

  function startOver(): void {
    setForm({ ...emptyForm });
    replaceProblems({});
    setFormError(null);
    setRefusal(null);
    setReceipt(null);
    queueMicrotask(() => document.getElementById('lemon-vehicleMake')?.focus());
  }

  const listedProblems = () =>
    fieldOrder.filter((name) => problems[name] !== undefined).map((name) => ({ name, label: t(labelKeys[name]), text: fieldError(name) ?? '' }));

  const textField = (name: FieldName, options: { required?: boolean; hint?: string; type?: 'text' | 'email' | 'tel' | 'date' | 'number'; maxLength?: number; autocomplete?: string } = {}) => (
    <TextField
      id={`lemon-${name}`}
      name={name}
      label={t(labelKeys[name])}
      hint={options.hint}
      type={options.type}
      required={options.required}
      maxLength={options.maxLength}
      autocomplete={options.autocomplete}
      value={form[name]}
      onInput={(value) => update(name, value)}
      error={fieldError(name)}
      testId={`lemon-${name}`}
    />
  );

  return (
    <PublicFrame>
      <Switch>
        <Match when={receipt()}>
          {(done) => (
            <section class="public-card" data-testid="lemon-received" aria-labelledby="lemon-received-title">
              <h1 id="lemon-received-title" tabIndex={-1} ref={(element) => (receiptHeading = element)}>
                {t('lemonLot.received.title')}
              </h1>
              <p>
                {t('permits.reference')}: <strong data-testid="lemon-reference">{done().reference}</strong>
              </p>
              <p>{t('lemonLot.received.body', done())}</p>
              <p>{t('permits.statusLink')}</p>
              <p>
                <A href={`/status/${done().statusToken}`} data-testid="lemon-status-link">
                  {t('lemonLot.received.link')}
                </A>
              </p>
              <div class="receipt-actions">
                <button type="button" class="button button-primary" data-testid="lemon-another" onClick={startOver}>
                  {t('lemonLot.received.another')}
                </button>
              </div>
            </section>
          )}
        </Match>
        <Match when={!receipt()}>
          <section class="public-card">
            <h1>{t('lemonLot.pageTitle')}</h1>
            <p class="public-intro">{t('lemonLot.intro')}</p>
            <Show when={settings()}>{(limits) => <p class="field-hint">{t('lemonLot.limits', { spaces: t('lemonLot.spaces', { count: limits().capacity }), days: t('permits.days', { count: limits().maxDays }) })}</p>}</Show>
            <form
              class="ask-form"
              data-testid="lemon-form"
              noValidate
              onSubmit={(event) => {
                event.preventDefault();
                void submit();
              }}
            >
              <p class="field-hint">{t('requiredNote')}</p>
              <Show when={formError()}>
                {(error) => <ErrorSummary idPrefix="lemon" error={error()} problems={listedProblems()} ref={(element) => (errorSummary = element)} />}
              </Show>
              <Show when={refusal()}>
                {(periods) => <RefusalNotice testId="lemon-refused" title={t('lemonLot.refusedTitle')} periods={periods()} onUse={useDates} ref={(element) => (refusalNotice = element)} />}
              </Show>
              <fieldset class="ask-contact">
                <legend>{t('lemonLot.vehicleLegend')}</legend>
                {textField('vehicleMake', { required: true, maxLength: 60 })}
                {textField('vehicleModel', { required: true, maxLength: 60 })}
                {textField('vehicleYear', { type: 'number' })}
                {textField('vehicleColor', { maxLength: 60 })}
                {textField('plate', { required: true, maxLength: 20 })}
                {textField('plateState', { hint: t('lemonLot.plateStateHint'), maxLength: 2 })}
                {textField('vin', { hint: t('lemonLot.vinHint'), maxLength: 17 })}
              </fieldset>
              <fieldset class="ask-contact">
                <legend>{t('lemonLot.periodLegend')}</legend>
                <div class="permit-dates">
                  {textField('startsOn', { required: true, type: 'date' })}
                  {textField('endsOn', { required: true, type: 'date', hint: t('permits.datesHint') })}
                </div>
              </fieldset>
              <fieldset class="ask-contact">
                <legend>{t('lemonLot.contactLegend')}</legend>
                <p class="field-hint">{t('permits.contactHint')}</p>
                {textField('name', { required: true, maxLength: 200, autocomplete: 'name' })}
                {textField('email', { type: 'email', hint: t('lemonLot.emailHint'), autocomplete: 'email' })}
                {textField('phone', { type: 'tel', autocomplete: 'tel' })}
              </fieldset>
              <button type="submit" class="button button-primary ask-submit" data-testid="lemon-submit" disabled={submitting()}>
                {submitting() ? t('permits.submitting') : t('lemonLot.submit')}
              </button>
            </form>
          </section>
        </Match>
      </Switch>
    </PublicFrame>
  );
}
