import { createSignal, For, Match, onMount, Show, Switch } from 'solid-js';
import { createStore } from 'solid-js/store';
import { TextField } from '../../components/TextField';
import { GraphQLRequestError, mutate } from '../../lib/api';
import { SubmitSurveyDocument } from '../../lib/graphql';
import { classifyServerMessage, describeProblem, type FieldProblem } from '../public/fieldProblems';
import { t } from '../public/i18n';
import './survey.css';

/** The four levels, best first, as the resident reads them. */
export const ratingLevels = [4, 3, 2, 1] as const;

/** Returns the label of a rating level in the current language, such as "Excellent" for 4. */
export function ratingLabel(level: number): string {
  return t(`survey.levels.${level}`);
}

type FieldName = 'serviceRating' | 'courtesyRating' | 'comment' | 'employeeName' | 'kudosMessage' | 'residentName';

const fieldOrder: FieldName[] = ['serviceRating', 'courtesyRating', 'comment', 'employeeName', 'kudosMessage', 'residentName'];

/** Server field paths, as InvalidInput names them, for each field of the form. */
const serverFields: Record<string, FieldName> = {
  'input.serviceRating': 'serviceRating',
  'input.courtesyRating': 'courtesyRating',
  'input.comment': 'comment',
  'input.kudos.employeeName': 'employeeName',
  'input.kudos.message': 'kudosMessage',
  'input.kudos.residentName': 'residentName',
};

/** Names of the fields in the error summary. */
const labelKeys: Record<FieldName, string> = {
  serviceRating: 'survey.serviceShort',
  courtesyRating: 'survey.courtesyShort',
  comment: 'survey.comment',
  employeeName: 'survey.employeeName',
  kudosMessage: 'survey.kudosMessage',
  residentName: 'survey.residentName',
};

/** Maximum lengths, the same as the server's (survey/service.ts and kudos/service.ts). */
const maxLengths = { comment: 2000, employeeName: 120, kudosMessage: 2000, residentName: 120 };

type Problem = FieldProblem | { code: 'chooseRating' } | { code: 'kudosMessageRequired' } | { code: 'kudosNameRequired' };

type FormError = { code: 'form' | 'network' | 'unknown' } | { code: 'rateLimited'; minutes: number };

export type SurveyOutcome =
  | { kind: 'thanks'; serviceRating: number; courtesyRating: number; kudosSubmitted: boolean }
  | { kind: 'already' }
  | { kind: 'notResolved' }
  | { kind: 'notFound' };

function describe(problem: Problem | undefined): string | undefined {
  if (problem === undefined) return undefined;
  if (problem.code === 'chooseRating') return t('survey.chooseRating');
  if (problem.code === 'kudosMessageRequired') return t('survey.kudosMessageRequired');
  if (problem.code === 'kudosNameRequired') return t('survey.kudosNameRequired');
  return describeProblem(problem);
}

/**
 * Renders the survey form for a survey token or a status token, then the
 * thank-you or "already rated" state. The server decides which link was
 * used; the form is the same for both.
 */
export function SurveyForm(props: { token: string; idPrefix: string; onOutcome?: (outcome: SurveyOutcome) => void }) {
  const [form, setForm] = createStore({ serviceRating: 0, courtesyRating: 0, comment: '', employeeName: '', kudosMessage: '', residentName: '' });
  const [problems, setProblems] = createStore<Partial<Record<FieldName, Problem>>>({});
  const [formError, setFormError] = createSignal<FormError | null>(null);
  const [submitting, setSubmitting] = createSignal(false);
  const [outcome, setOutcome] = createSignal<SurveyOutcome | null>(null);
  let errorSummary: HTMLDivElement | undefined;

  const id = (name: string) => `${props.idPrefix}-${name}`;
  /** The element a summary link focuses: the first radio of a group, or the input. */
  const focusTarget = (name: FieldName) => (name === 'serviceRating' || name === 'courtesyRating' ? id(`${name}-4`) : id(name));

  function clearProblem(name: FieldName): void {
    if (problems[name] !== undefined) setProblems(name, undefined);
  }

  function validateLocally(): boolean {
    const found: Partial<Record<FieldName, Problem>> = {};
    if (form.serviceRating === 0) found.serviceRating = { code: 'chooseRating' };
    if (form.courtesyRating === 0) found.courtesyRating = { code: 'chooseRating' };
    if (form.comment.trim().length > maxLengths.comment) found.comment = { code: 'tooLong', max: maxLengths.comment };
    const name = form.employeeName.trim();
    const message = form.kudosMessage.trim();
    if (name !== '' && message === '') found.kudosMessage = { code: 'kudosMessageRequired' };
    if (name === '' && message !== '') found.employeeName = { code: 'kudosNameRequired' };
    if (name.length > maxLengths.employeeName) found.employeeName = { code: 'tooLong', max: maxLengths.employeeName };
    if (message.length > maxLengths.kudosMessage) found.kudosMessage = { code: 'tooLong', max: maxLengths.kudosMessage };
    if (form.residentName.trim().length > maxLengths.residentName) found.residentName = { code: 'tooLong', max: maxLengths.residentName };
    setProblems(Object.fromEntries(fieldOrder.map((field) => [field, found[field]])));
    return Object.keys(found).length === 0;
  }

  function showFormError(error: FormError): void {
    setFormError(error);
    queueMicrotask(() => errorSummary?.focus());
  }

  function finish(next: SurveyOutcome): void {
    setOutcome(next);
    props.onOutcome?.(next);
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
      const wantsKudos = form.employeeName.trim() !== '' || form.kudosMessage.trim() !== '';
      const data = await mutate(SubmitSurveyDocument, {
        token: props.token,
        input: {
          serviceRating: form.serviceRating,
          courtesyRating: form.courtesyRating,
          comment: form.comment.trim() === '' ? null : form.comment.trim(),
          kudos: wantsKudos
            ? { employeeName: form.employeeName.trim(), message: form.kudosMessage.trim(), residentName: form.residentName.trim() === '' ? null : form.residentName.trim() }
            : null,
        },
      });
      const payload = data.submitSurvey;
      if (payload.receipt !== null) {
        finish({ kind: 'thanks', serviceRating: payload.receipt.serviceRating, courtesyRating: payload.receipt.courtesyRating, kudosSubmitted: payload.receipt.kudosSubmitted });
        return;
      }
      const error = payload.error;
      switch (error?.__typename) {
        case 'SurveyAlreadyAnswered':
          finish({ kind: 'already' });
          return;
        case 'SurveyNotResolved':
          finish({ kind: 'notResolved' });
          return;
        case 'NotFound':
          finish({ kind: 'notFound' });
          return;
        case 'RateLimited':
          showFormError({ code: 'rateLimited', minutes: Math.max(1, Math.ceil(error.retryAfterSeconds / 60)) });
          return;
        case 'InvalidInput': {
          const found: Partial<Record<FieldName, Problem>> = {};
          for (const entry of error.fields) {
            const name = serverFields[entry.field];
            if (name !== undefined && found[name] === undefined) found[name] = classifyServerMessage(entry.message);
          }
          setProblems(Object.fromEntries(fieldOrder.map((field) => [field, found[field]])));
          showFormError({ code: Object.keys(found).length > 0 ? 'form' : 'unknown' });
          return;
        }
        default:
          showFormError({ code: 'unknown' });
      }
    } catch (error) {
      showFormError({ code: error instanceof GraphQLRequestError && error.errors.length > 0 ? 'unknown' : 'network' });
    } finally {
      setSubmitting(false);
    }
  }

  const listedProblems = () => fieldOrder.filter((name) => problems[name] !== undefined);
  const formErrorText = (error: FormError) =>
    error.code === 'rateLimited' ? t('survey.errors.rateLimited', { count: error.minutes }) : t(`survey.errors.${error.code}`);

  return (
    <Switch>
      <Match when={outcome()?.kind === 'thanks' && (outcome() as Extract<SurveyOutcome, { kind: 'thanks' }>)}>
        {(thanks) => <SurveyThanks serviceRating={thanks().serviceRating} courtesyRating={thanks().courtesyRating} kudosSubmitted={thanks().kudosSubmitted} />}
      </Match>
      <Match when={outcome()?.kind === 'already'}>
        <SurveyAlreadyRated />
      </Match>
      <Match when={outcome()?.kind === 'notResolved'}>
        <div class="survey-state" data-testid="survey-not-resolved">
          <h2>{t('survey.notResolvedTitle')}</h2>
          <p>{t('survey.notResolved')}</p>
        </div>
      </Match>
      <Match when={outcome()?.kind === 'notFound'}>
        <div class="survey-state" data-testid="survey-not-found">
          <h2>{t('survey.notFoundTitle')}</h2>
          <p>{t('survey.notFound')}</p>
        </div>
      </Match>
      <Match when={outcome() === null}>
        <form
          class="survey-form"
          data-testid="survey-form"
          aria-labelledby={id('title')}
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            void submit();
          }}
        >
          <h2 id={id('title')}>{t('survey.formTitle')}</h2>
          <p class="field-hint">{t('survey.intro')}</p>
          <p class="field-hint">{t('survey.requiredNote')}</p>

          <Show when={formError()}>
            {(error) => (
              <div class="error-summary" role="alert" tabIndex={-1} aria-labelledby={id('error-title')} data-testid="survey-error" ref={(element) => (errorSummary = element)}>
                <h3 id={id('error-title')} class="error-summary-title">
                  {t('errors.summaryTitle')}
                </h3>
                <p class="error-summary-text">{formErrorText(error())}</p>
                <Show when={error().code === 'form' && listedProblems().length > 0}>
                  <ul class="error-summary-list">
                    <For each={listedProblems()}>
                      {(name) => (
                        <li>
                          <a
                            href={`#${focusTarget(name)}`}
                            onClick={(event) => {
                              event.preventDefault();
                              document.getElementById(focusTarget(name))?.focus();
                            }}
                          >
                            {t(labelKeys[name])}: {describe(problems[name])}
                          </a>
                        </li>
                      )}
                    </For>
                  </ul>
                </Show>
              </div>
            )}
          </Show>

          <RatingGroup
            id={id('serviceRating')}
            name="serviceRating"
            legend={t('survey.serviceLegend')}
            value={form.serviceRating}
            error={describe(problems.serviceRating)}
            onChoose={(level) => {
              setForm('serviceRating', level);
              clearProblem('serviceRating');
            }}
          />
          <RatingGroup
            id={id('courtesyRating')}
            name="courtesyRating"
            legend={t('survey.courtesyLegend')}
            value={form.courtesyRating}
            error={describe(problems.courtesyRating)}
            onChoose={(level) => {
              setForm('courtesyRating', level);
              clearProblem('courtesyRating');
            }}
          />

          <TextField
            id={id('comment')}
            name="comment"
            label={t('survey.comment')}
            hint={t('survey.commentHint')}
            multiline
            value={form.comment}
            onInput={(value) => {
              setForm('comment', value);
              clearProblem('comment');
            }}
            error={describe(problems.comment)}
            maxLength={maxLengths.comment}
            testId="survey-comment"
          />

          <fieldset class="survey-kudos" aria-describedby={id('kudos-hint')}>
            <legend>{t('survey.kudosLegend')}</legend>
            <p id={id('kudos-hint')} class="field-hint">
              {t('survey.kudosHint')}
            </p>
            <TextField
              id={id('employeeName')}
              name="employeeName"
              label={t('survey.employeeName')}
              hint={t('survey.employeeNameHint')}
              value={form.employeeName}
              onInput={(value) => {
                setForm('employeeName', value);
                clearProblem('employeeName');
              }}
              error={describe(problems.employeeName)}
              maxLength={maxLengths.employeeName}
              testId="survey-employee-name"
            />
            <TextField
              id={id('kudosMessage')}
              name="kudosMessage"
              label={t('survey.kudosMessage')}
              multiline
              value={form.kudosMessage}
              onInput={(value) => {
                setForm('kudosMessage', value);
                clearProblem('kudosMessage');
              }}
              error={describe(problems.kudosMessage)}
              maxLength={maxLengths.kudosMessage}
              testId="survey-kudos-message"
            />
            <TextField
              id={id('residentName')}
              name="residentName"
              label={t('survey.residentName')}
              hint={t('survey.residentNameHint')}
              autocomplete="name"
              value={form.residentName}
              onInput={(value) => {
                setForm('residentName', value);
                clearProblem('residentName');
              }}
              error={describe(problems.residentName)}
              maxLength={maxLengths.residentName}
              testId="survey-resident-name"
            />
          </fieldset>

          <button type="submit" class="button button-primary survey-submit" data-testid="survey-submit" disabled={submitting()}>
            {submitting() ? t('survey.submitting') : t('survey.submit')}
          </button>
        </form>
      </Match>
    </Switch>
  );
}

/** Renders one required radio group of the four rating levels, with its error tied to the group and to each radio. */
function RatingGroup(props: { id: string; name: FieldName; legend: string; value: number; error: string | undefined; onChoose: (level: number) => void }) {
  const errorId = () => `${props.id}-error`;
  return (
    <fieldset class="survey-rating" data-testid={`survey-${props.name}`} aria-describedby={props.error ? errorId() : undefined}>
      <legend>
        {props.legend}
        <span class="field-required" aria-hidden="true">
          {' '}
          *
        </span>
      </legend>
      <div class="survey-rating-options">
        <For each={ratingLevels}>
          {(level) => (
            <label class="survey-rating-option" for={`${props.id}-${level}`}>
              <input
                id={`${props.id}-${level}`}
                type="radio"
                name={`${props.id}`}
                value={level}
                required
                checked={props.value === level}
                aria-invalid={props.error ? 'true' : undefined}
                aria-describedby={props.error ? errorId() : undefined}
                data-testid={`survey-${props.name}-${level}`}
                onChange={() => props.onChoose(level)}
              />
              <span>{ratingLabel(level)}</span>
            </label>
          )}
        </For>
      </div>
      <Show when={props.error}>
        <span id={errorId()} class="field-error" data-testid={`field-error-${props.name}`}>
          {props.error}
        </span>
      </Show>
    </fieldset>
  );
}

/** Renders the thank-you state, focused when it appears so screen readers announce it. */
export function SurveyThanks(props: { serviceRating: number; courtesyRating: number; kudosSubmitted: boolean }) {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <div class="survey-state survey-thanks" data-testid="survey-thanks">
      <h2 tabIndex={-1} ref={(element) => (heading = element)}>
        {t('survey.thanksTitle')}
      </h2>
      <p>{t('survey.thanks', { service: ratingLabel(props.serviceRating), courtesy: ratingLabel(props.courtesyRating) })}</p>
      <Show when={props.kudosSubmitted}>
        <p>{t('survey.kudosThanks')}</p>
      </Show>
    </div>
  );
}

export function SurveyAlreadyRated() {
  let heading: HTMLHeadingElement | undefined;
  onMount(() => heading?.focus());
  return (
    <div class="survey-state" data-testid="survey-already">
      <h2 tabIndex={-1} ref={(element) => (heading = element)}>
        {t('survey.alreadyTitle')}
      </h2>
      <p>{t('survey.already')}</p>
    </div>
  );
}
