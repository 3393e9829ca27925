import { createEffect, createResource, createSignal, on, onCleanup, Show, type Accessor } from 'solid-js';
import { mutate, query } from '../../lib/api';
import { ProposeRotationDocument, PublishRotationDocument, RotationFairnessDocument } from '../../lib/graphql';
import { fieldErrorMap } from './fieldErrors';
import { MemberHoursChart, PairHoursTable } from './FairnessChart';
import { onRotationChange } from './rotationFeed';
import { addDays, formatDayLabel } from './week';

/** Milliseconds to wait after a live event before the figures reload. */
const FIGURES_RELOAD_DEBOUNCE_MS = 500;

/** The server's limit on one rotation read, proposal or publication (MAX_RANGE_DAYS in rotation.ts). */
const MAX_RANGE_DAYS = 62;

/**
 * Checks the range before it goes to the server. The value of a date input is
 * "" while its date is incomplete or invalid. Returns a message, or null for a
 * valid range.
 */
export function rangeProblem(from: string, to: string): string | null {
  if (from === '' && to === '') return 'Enter a start and an end date to see the figures.';
  if (from === '') return 'Enter a complete start date to see the figures.';
  if (to === '') return 'Enter a complete end date to see the figures.';
  const days = Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000) + 1;
  if (Number.isNaN(days)) return 'Enter the dates as YYYY-MM-DD.';
  if (days < 1) return 'The end date must be on or after the start date.';
  if (days > MAX_RANGE_DAYS) return `The range may cover at most ${MAX_RANGE_DAYS} days; this one covers ${days}.`;
  return null;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Proposes and publishes the rotation of a range (by default the shown week
 * and the next), and shows its fairness figures.
 */
export function ProposalPanel(props: { weekStart: Accessor<string>; editable: boolean; onChanged: () => void }) {
  const [from, setFrom] = createSignal(props.weekStart());
  const [to, setTo] = createSignal(addDays(props.weekStart(), 13));
  const [busy, setBusy] = createSignal<'propose' | 'publish' | null>(null);
  const [status, setStatus] = createSignal<string | null>(null);
  const [error, setError] = createSignal<string | null>(null);
  const [fieldErrors, setFieldErrors] = createSignal<Record<string, string>>({});

  // The range follows the shown week until the manager changes it.
  createEffect(
    on(props.weekStart, (weekStart) => {
      setFrom(weekStart);
      setTo(addDays(weekStart, 13));
    }, { defer: true }),
  );

  const problem = () => rangeProblem(from(), to());
  // A false source keeps createResource from fetching, so an incomplete or invalid range sends no request.
  const [figures, { refetch, mutate: setFigures }] = createResource(
    () => problem() === null && { from: from(), to: to() },
    async (range) => (await query(RotationFairnessDocument, range)).rotation,
  );
  const shown = () => (problem() === null && (figures.state === 'ready' || figures.state === 'refreshing') ? figures.latest : undefined);

  let reloadTimer: ReturnType<typeof setTimeout> | undefined;
  const removeListener = onRotationChange(() => {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      if (problem() === null) void refetch();
    }, FIGURES_RELOAD_DEBOUNCE_MS);
  });
  onCleanup(() => {
    removeListener();
    clearTimeout(reloadTimer);
  });

  async function run(action: 'propose' | 'publish'): Promise<void> {
    if (problem() !== null) return;
    setBusy(action);
    setStatus(null);
    setError(null);
    setFieldErrors({});
    try {
      const range = { from: from(), to: to() };
      if (action === 'propose') {
        const result = (await mutate(ProposeRotationDocument, range)).proposeRotation;
        if (result.__typename === 'InvalidInput') {
          setError(result.message);
          setFieldErrors(fieldErrorMap(result.fields));
          return;
        }
        setFigures(result.rotation);
        setStatus(`Proposed a rotation for ${formatDayLabel(range.from)} to ${formatDayLabel(range.to)}. Adjust it, then publish.`);
      } else {
        const result = (await mutate(PublishRotationDocument, range)).publishRotation;
        if (result.__typename === 'InvalidInput') {
          setError(result.message);
          setFieldErrors(fieldErrorMap(result.fields));
          return;
        }
        setFigures(result);
        setStatus(`Published the rotation for ${formatDayLabel(range.from)} to ${formatDayLabel(range.to)}.`);
      }
      props.onChanged();
    } catch (caught) {
      setError(`${action === 'propose' ? 'The proposal' : 'Publishing'} failed: ${messageOf(caught)}`);
    } finally {
      setBusy(null);
    }
  }

  return (
    <section class="rota-panel" aria-labelledby="rota-fairness-heading" data-testid="rota-proposal">
      <h2 id="rota-fairness-heading">Fairness{props.editable ? ', proposal and publishing' : ''}</h2>
      <div class="rota-range">
        <div class="field">
          <label for="rota-range-from">From</label>
          <input
            id="rota-range-from"
            class="input"
            type="date"
            value={from()}
            aria-invalid={fieldErrors().from ? 'true' : undefined}
            data-testid="rota-range-from"
            onChange={(event) => setFrom(event.currentTarget.value)}
          />
          <Show when={fieldErrors().from}>{(message) => <span class="field-error">{message()}</span>}</Show>
        </div>
        <div class="field">
          <label for="rota-range-to">To</label>
          <input
            id="rota-range-to"
            class="input"
            type="date"
            value={to()}
            aria-invalid={fieldErrors().to ? 'true' : undefined}
            data-testid="rota-range-to"
            onChange={(event) => setTo(event.currentTarget.value)}
          />
          <Show when={fieldErrors().to}>{(message) => <span class="field-error">{message()}</span>}</Show>
        </div>
        <Show when={props.editable}>
          <div class="rota-range-actions">
            <button type="button" class="button" data-testid="propose-button" disabled={busy() !== null || problem() !== null} onClick={() => void run('propose')}>
              {busy() === 'propose' ? 'Proposing…' : 'Propose rotation'}
            </button>
            <button type="button" class="button button-primary" data-testid="publish-button" disabled={busy() !== null || problem() !== null} onClick={() => void run('publish')}>
              {busy() === 'publish' ? 'Publishing…' : 'Publish'}
            </button>
          </div>
        </Show>
      </div>
      <Show when={problem()}>
        {(message) => (
          <p class="rota-muted" data-testid="range-problem">
            {message()}
          </p>
        )}
      </Show>
      <div role="status" aria-live="polite" class="rota-status" data-testid="proposal-status">
        {status()}
      </div>
      <Show when={error()}>
        {(message) => (
          <p class="rota-error" role="alert" data-testid="proposal-error">
            {message()}
          </p>
        )}
      </Show>
      <Show when={problem() === null && figures.error}>
        <p class="rota-error" role="alert">
          The fairness figures could not be loaded: {messageOf(figures.error)}
        </p>
      </Show>
      <Show when={shown()}>
        {(rotation) => (
          <>
            <Show when={rotation().hasUnpublishedChanges}>
              <p class="rota-unpublished" data-testid="range-unpublished">
                This range has unpublished changes.
              </p>
            </Show>
            <div class="fairness-figures">
              <MemberHoursChart fairness={rotation().fairness} />
              <PairHoursTable fairness={rotation().fairness} />
            </div>
          </>
        )}
      </Show>
    </section>
  );
}
