import { createResource, createSignal, For, onCleanup, Show } from 'solid-js';
import { useWorkspace } from '../../app/workspaceContext';
import { mutate, query } from '../../lib/api';
import { CopyPreviousWeekDocument, RotationTimeZoneDocument, type DutyKind } from '../../lib/graphql';
import { CalendarLinks } from './CalendarLinks';
import { brushes, dutyKindClass, dutyKindCodes, dutyKindLabels, type Brush } from './dutyLabels';
import { MembersPanel } from './MembersPanel';
import { ProposalPanel } from './ProposalPanel';
import { RotaGrid } from './RotaGrid';
import { createRotationWeekStore, type PaintOutcome } from './rotationStore';
import { SettingsPanel } from './SettingsPanel';
import { addDays, formatDayLabel, mondayOf, todayIn } from './week';
import './rotation.css';

const legendKinds: DutyKind[] = ['ON_CALL', 'OFF_DESK', 'MEETING', 'LEAVE'];

type PublishState = 'unpublished' | 'empty' | 'published';

const publishStateLabels: Record<PublishState, string> = {
  unpublished: 'Unpublished changes',
  empty: 'Not planned',
  published: 'Published',
};

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Checks whether a key press belongs to a field the person is typing in, so page shortcuts leave it alone. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit'].includes(target.type);
}

/**
 * Renders the rotation page: the week's grid for everyone, and for the
 * manager the brushes, proposal, publishing, settings and people forms.
 */
export default function RotationPage() {
  const [timeZone] = createResource(async () => (await query(RotationTimeZoneDocument, {})).rotationSettings.timeZone);
  document.title = 'Rotation · Civic Desk';

  return (
    <div class="rota-page" data-testid="rotation-page">
      <Show when={timeZone()} keyed>
        {(zone) => <RotationWeekView timeZone={zone} />}
      </Show>
    </div>
  );
}

function RotationWeekView(props: { timeZone: string }) {
  const workspace = useWorkspace();
  const isManager = () => workspace.me().role === 'MANAGER';
  const thisWeek = () => mondayOf(todayIn(props.timeZone));
  const [weekStart, setWeekStart] = createSignal(thisWeek());
  const [brush, setBrush] = createSignal<Brush>('ON_CALL');
  const [paintMessage, setPaintMessage] = createSignal<string | null>(null);
  const [copying, setCopying] = createSignal(false);
  const store = createRotationWeekStore(weekStart);

  function handleBrushKey(event: KeyboardEvent): void {
    if (!isManager() || event.altKey || event.ctrlKey || event.metaKey || isTypingTarget(event.target)) return;
    const choice = brushes.find((entry) => entry.key === event.key);
    if (choice === undefined) return;
    event.preventDefault();
    setBrush(choice.brush);
  }
  document.addEventListener('keydown', handleBrushKey);
  onCleanup(() => document.removeEventListener('keydown', handleBrushKey));

  function showPaintResult(outcome: PaintOutcome): void {
    setPaintMessage(outcome.ok ? null : outcome.message);
  }

  async function copyPreviousWeek(): Promise<void> {
    setCopying(true);
    setPaintMessage(null);
    try {
      const result = (await mutate(CopyPreviousWeekDocument, { weekStart: weekStart() })).copyPreviousWeek;
      if (result.__typename === 'InvalidInput') setPaintMessage(`The week was not copied: ${result.message}`);
      await store.reload();
    } catch (error) {
      setPaintMessage(`The week was not copied: ${messageOf(error)}`);
    } finally {
      setCopying(false);
    }
  }

  // A week without a single slot was never planned, which is not the same as published.
  const publishState = (): PublishState => {
    if (store.hasUnpublishedChanges()) return 'unpublished';
    return Object.keys(store.state.slots).length === 0 ? 'empty' : 'published';
  };

  const sortedWarnings = () => [...store.state.warnings].sort((left, right) => Date.parse(left.startsAt) - Date.parse(right.startsAt));

  return (
    <>
      <header class="rota-header">
        <h1 id="rota-heading">Rotation</h1>
        <nav class="rota-week-nav" aria-label="Week">
          <button type="button" class="button button-small" data-testid="rota-previous-week" onClick={() => setWeekStart(addDays(weekStart(), -7))}>
            ← Previous week
          </button>
          <button type="button" class="button button-small" data-testid="rota-this-week" disabled={weekStart() === thisWeek()} onClick={() => setWeekStart(thisWeek())}>
            This week
          </button>
          <button type="button" class="button button-small" data-testid="rota-next-week" onClick={() => setWeekStart(addDays(weekStart(), 7))}>
            Next week →
          </button>
        </nav>
        <p class="rota-week-label" data-testid="rota-week-label" aria-live="polite">
          Week of {formatDayLabel(weekStart())} to {formatDayLabel(addDays(weekStart(), 6))}
        </p>
        <Show when={store.state.rotation}>
          <span
            class="rota-published"
            classList={{ 'rota-published-pending': publishState() === 'unpublished', 'rota-published-empty': publishState() === 'empty' }}
            data-testid="rota-published-state"
            data-unpublished={publishState() === 'unpublished' ? 'true' : 'false'}
          >
            {publishStateLabels[publishState()]}
          </span>
        </Show>
      </header>

      <Show when={isManager()}>
        <div class="rota-toolbar">
          <fieldset class="rota-brushes">
            <legend>Brush</legend>
            <For each={brushes}>
              {(entry) => (
                <label class="rota-brush" classList={{ 'rota-brush-active': brush() === entry.brush }}>
                  <input type="radio" name="rota-brush" checked={brush() === entry.brush} data-testid={`brush-${dutyKindClass(entry.brush)}`} onChange={() => setBrush(entry.brush)} />
                  <span class={`rota-swatch rota-kind-${dutyKindClass(entry.brush)}`} aria-hidden="true">
                    {entry.brush === null ? '' : dutyKindCodes[entry.brush]}
                  </span>
                  {entry.label}
                  <kbd>{entry.key}</kbd>
                </label>
              )}
            </For>
          </fieldset>
          <button type="button" class="button button-small" data-testid="copy-previous-week" disabled={copying()} onClick={() => void copyPreviousWeek()}>
            {copying() ? 'Copying…' : 'Copy previous week'}
          </button>
          <p class="rota-hint">
            Click a cell or drag across cells to paint them. In the grid, arrow keys move, Shift+arrows select, and Space or Enter paints.
          </p>
        </div>
      </Show>

      <Show when={paintMessage()}>
        {(message) => (
          <p class="rota-error" role="alert" data-testid="paint-error">
            {message()}
          </p>
        )}
      </Show>
      <Show when={store.loadError()}>
        {(message) => (
          <div class="rota-error" role="alert" data-testid="rota-load-error">
            {message()}{' '}
            <button type="button" class="button button-small" onClick={() => void store.reload()}>
              Try again
            </button>
          </div>
        )}
      </Show>

      <Show when={store.state.rotation} fallback={<div class="route-loading" role="status">Loading the rotation…</div>}>
        <div class="rota-main">
          <RotaGrid store={store} editable={isManager()} brush={brush} onPaintResult={showPaintResult} />
          <aside class="rota-warnings" aria-labelledby="rota-warnings-heading">
            <h2 id="rota-warnings-heading">Warnings</h2>
            <Show when={sortedWarnings().length > 0} fallback={<p class="rota-muted" data-testid="rota-no-warnings">No warnings this week.</p>}>
              <ul data-testid="rota-warnings">
                <For each={sortedWarnings()}>
                  {(warning) => (
                    <li class={`rota-warning rota-warning-${warning.level.toLowerCase()}`} data-testid="rota-warning" data-rule={warning.rule} data-level={warning.level}>
                      <span class="rota-warning-level">{warning.level === 'ERROR' ? 'Error' : 'Notice'}</span>
                      <span>{warning.message}</span>
                    </li>
                  )}
                </For>
              </ul>
            </Show>
          </aside>
        </div>
        <ul class="rota-legend" aria-label="Legend">
          <For each={legendKinds}>
            {(kind) => (
              <li>
                <span class={`rota-swatch rota-kind-${dutyKindClass(kind)}`} aria-hidden="true">
                  {dutyKindCodes[kind]}
                </span>
                {dutyKindLabels[kind]}
              </li>
            )}
          </For>
          <li>
            <span class="rota-swatch rota-kind-closed" aria-hidden="true" />
            Closed
          </li>
          <li>
            <span class="rota-swatch rota-kind-none rota-cell-unpublished" aria-hidden="true" />
            Not published yet
          </li>
        </ul>
      </Show>

      <ProposalPanel weekStart={weekStart} editable={isManager()} onChanged={() => void store.reload()} />

      <Show when={isManager() && store.state.settings}>
        {(settings) => <SettingsPanel settings={settings()} onSaved={() => void store.reload()} />}
      </Show>
      <Show when={isManager() && store.state.rotation}>
        {(rotation) => (
          <MembersPanel
            members={rotation().members}
            leave={rotation().leave}
            timeZone={props.timeZone}
            defaultDate={weekStart()}
            onChanged={() => void store.reload()}
          />
        )}
      </Show>

      <CalendarLinks />
    </>
  );
}
