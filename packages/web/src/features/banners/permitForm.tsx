import { For, Show } from 'solid-js';
import { classifyServerMessage, describeProblem, type FieldProblem } from '../public/fieldProblems';
import { t } from '../public/i18n';

/**
 * Parts shared by the public permit pages (banner permits and the lemon
 * lot): the field problems they add to the shared ones, the error summary
 * and the list of next free dates offered after a refusal.
 */

export type PermitProblem =
  | FieldProblem
  | { code: 'datePast' }
  | { code: 'dateOrder' }
  | { code: 'tooManyDays'; max: number }
  | { code: 'contact' }
  | { code: 'plate' }
  | { code: 'plateState' }
  | { code: 'vin' }
  | { code: 'year' }
  | { code: 'cardNumber' }
  | { code: 'plateHeld' };

export type PermitFormError = { code: 'form' | 'network' | 'unknown' } | { code: 'rateLimited'; minutes: number };

export type Period = { startsOn: string; endsOn: string };

/** Recognises the server's date, contact and vehicle messages so they are shown in the visitor's language. */
export function classifyPermitMessage(field: string, message: string): PermitProblem {
  if (/today .* or later/i.test(message)) return { code: 'datePast' };
  if (/on or after startsOn/i.test(message)) return { code: 'dateOrder' };
  const tooMany = /at most (\d+) days/i.exec(message);
  if (tooMany) return { code: 'tooManyDays', max: Number(tooMany[1]) };
  if (/e-mail address or a phone number/i.test(message)) return { code: 'contact' };
  if (/must not contain a card number/i.test(message)) return { code: 'cardNumber' };
  if (field === 'plate' && /already holds/i.test(message)) return { code: 'plateHeld' };
  if (field === 'plate') return { code: 'plate' };
  if (field === 'plateState') return { code: 'plateState' };
  if (field === 'vin') return { code: 'vin' };
  if (field === 'vehicleYear') return { code: 'year' };
  return classifyServerMessage(message);
}

export function describePermitProblem(problem: PermitProblem | undefined): string | undefined {
  if (problem === undefined) return undefined;
  switch (problem.code) {
    case 'datePast':
    case 'dateOrder':
    case 'contact':
    case 'plate':
    case 'plateState':
    case 'vin':
    case 'year':
    case 'cardNumber':
    case 'plateHeld':
      return t(`permits.errors.${problem.code}`);
    case 'tooManyDays':
      return t('permits.errors.tooManyDays', { max: problem.max });
    default:
      return describeProblem(problem);
  }
}

/** Today's date (YYYY-MM-DD) in the visitor's own zone, for the date inputs' minimum. */
export function todayLocal(): string {
  const now = new Date();
  return new Date(now.getTime() - now.getTimezoneOffset() * 60_000).toISOString().slice(0, 10);
}

export function formErrorText(error: PermitFormError): string {
  if (error.code === 'rateLimited') return t('permits.errors.rateLimited', { count: error.minutes });
  return error.code === 'form' ? t('errors.form') : t(`permits.errors.${error.code}`);
}

/** Renders the error summary above a form: an alert that lists each problem as a link to its field. */
export function ErrorSummary<Name extends string>(props: {
  idPrefix: string;
  error: PermitFormError;
  problems: { name: Name; label: string; text: string }[];
  ref: (element: HTMLDivElement) => void;
}) {
  return (
    <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby={`${props.idPrefix}-error-title`} data-testid={`${props.idPrefix}-error`} ref={props.ref}>
      <h2 id={`${props.idPrefix}-error-title`} class="error-summary-title">
        {t('errors.summaryTitle')}
      </h2>
      <p class="error-summary-text">{formErrorText(props.error)}</p>
      <Show when={props.error.code === 'form' && props.problems.length > 0}>
        <ul class="error-summary-list">
          <For each={props.problems}>
            {(problem) => (
              <li>
                <a
                  href={`#${props.idPrefix}-${problem.name}`}
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(`${props.idPrefix}-${problem.name}`)?.focus();
                  }}
                >
                  {problem.label}: {problem.text}
                </a>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

/** Renders the refusal notice: the title, and the next free periods as buttons that fill in the dates. */
export function RefusalNotice(props: { testId: string; title: string; periods: Period[]; onUse: (period: Period) => void; ref: (element: HTMLDivElement) => void }) {
  return (
    <div class="alert alert-error permit-refusal" role="alert" tabIndex={-1} data-testid={props.testId} ref={props.ref}>
      <h2 class="error-summary-title">{props.title}</h2>
      <Show when={props.periods.length > 0} fallback={<p>{t('permits.noneFree')}</p>}>
        <p>{t('permits.nextFree')}</p>
        <ul class="permit-free-dates" data-testid={`${props.testId}-dates`}>
          <For each={props.periods}>
            {(period) => (
              <li>
                <button type="button" class="button" data-testid="use-free-dates" onClick={() => props.onUse(period)}>
                  {t('permits.useDates', { range: t('permits.range', period) })}
                </button>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}

/** Renders a labelled select with its hint and error tied to it for screen readers. */
export function SelectField(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  required?: boolean;
  value: string;
  onChange: (value: string) => void;
  testId: string;
  placeholder: string;
  options: { value: string; label: string }[];
}) {
  const describedBy = () => [props.hint ? `${props.id}-hint` : '', props.error ? `${props.id}-error` : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div class="field">
      <label for={props.id}>
        {props.label}
        <Show when={props.required}>
          <span class="field-required" aria-hidden="true">
            {' '}
            *
          </span>
        </Show>
      </label>
      <select
        id={props.id}
        class="select"
        data-testid={props.testId}
        aria-required={props.required ? 'true' : undefined}
        aria-invalid={props.error ? 'true' : undefined}
        aria-describedby={describedBy()}
        value={props.value}
        onChange={(event) => props.onChange(event.currentTarget.value)}
      >
        <option value="">{props.placeholder}</option>
        <For each={props.options}>{(option) => <option value={option.value}>{option.label}</option>}</For>
      </select>
      <Show when={props.hint}>
        <span id={`${props.id}-hint`} class="field-hint">
          {props.hint}
        </span>
      </Show>
      <Show when={props.error}>
        <span id={`${props.id}-error`} class="field-error" data-testid={`field-error-${props.id}`}>
          {props.error}
        </span>
      </Show>
    </div>
  );
}
