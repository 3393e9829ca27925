/**
 * The rotation of one week as the page shows it: the open half hours, the
 * members, every slot's planned and published kind, and the warnings. Paints
 * show at once and roll back when the server rejects them. Live events from
 * rotationFeed.ts update the week without a reload.
 */
import { batch, createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import { createStore, produce, reconcile } from 'solid-js/store';
import { mutate, query } from '../../lib/api';
import {
  PaintSlotsDocument,
  RotationWeekDocument,
  type DutyKind,
  type RotaSlotFieldsFragment,
  type RotaWarningFieldsFragment,
  type RotationFieldsFragment,
  type RotationSettingsFieldsFragment,
} from '../../lib/graphql';
import { onRotationChange } from './rotationFeed';
import { addDays, dateOfInstant, instantKey, weekdayOf } from './week';

/** Milliseconds to wait after a live event before reloading, so a burst of events causes one reload. */
const RELOAD_DEBOUNCE_MS = 150;

export type SlotState = { kind: DutyKind | null; publishedKind: DutyKind | null };

/** One column of the grid: an open half hour, or a whole day that is closed. */
export type GridColumn =
  | { type: 'open'; date: string; startsAt: string; localTime: string; firstOfDay: boolean }
  | { type: 'closed'; date: string; firstOfDay: true; holiday: boolean };

export type GridCell = { memberId: string; startsAt: string };

export type PaintOutcome = { ok: true } | { ok: false; message: string };

type WeekState = {
  settings: RotationSettingsFieldsFragment | null;
  rotation: RotationFieldsFragment | null;
  /** Slots by slotKey; a missing key is a slot not scheduled. */
  slots: Record<string, SlotState>;
  warnings: RotaWarningFieldsFragment[];
};

export function slotKey(memberId: string, startsAt: string): string {
  return `${memberId}|${instantKey(startsAt)}`;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Writes `slots` into `byKey`. A slot with neither a planned nor a published kind is removed. */
function writeSlots(byKey: Record<string, SlotState>, slots: readonly RotaSlotFieldsFragment[]): void {
  for (const slot of slots) {
    const key = slotKey(slot.member.id, slot.startsAt);
    if (slot.kind === null && slot.publishedKind === null) delete byKey[key];
    else byKey[key] = { kind: slot.kind, publishedKind: slot.publishedKind };
  }
}

function slotsByKey(slots: readonly RotaSlotFieldsFragment[]): Record<string, SlotState> {
  const byKey: Record<string, SlotState> = {};
  writeSlots(byKey, slots);
  return byKey;
}

export type RotationWeekStore = ReturnType<typeof createRotationWeekStore>;

/**
 * Loads the week that starts on `weekStart()` (a Monday) and keeps it current.
 * Call it inside a component, because the live listener stops on cleanup.
 */
export function createRotationWeekStore(weekStart: Accessor<string>) {
  const [state, setState] = createStore<WeekState>({ settings: null, rotation: null, slots: {}, warnings: [] });
  const [loadState, setLoadState] = createSignal<'loading' | 'ready' | 'error'>('loading');
  const [loadError, setLoadError] = createSignal<string | null>(null);
  const [unpublished, setUnpublished] = createSignal(false);

  let loadToken = 0;
  let pendingPaints = 0;
  let reloadAfterPaints = false;
  let reloadTimer: ReturnType<typeof setTimeout> | undefined;

  const weekEnd = () => addDays(weekStart(), 6);

  async function load(): Promise<void> {
    const token = ++loadToken;
    const from = weekStart();
    try {
      const data = await query(RotationWeekDocument, { from, to: addDays(from, 6) });
      if (token !== loadToken) return;
      // A paint that started during the load is newer than the snapshot, so the snapshot waits.
      if (pendingPaints > 0) {
        reloadAfterPaints = true;
        return;
      }
      batch(() => {
        setState('settings', reconcile(data.rotationSettings));
        setState('rotation', reconcile(data.rotation));
        setState('slots', reconcile(slotsByKey(data.rotation.slots)));
        setState('warnings', reconcile(data.rotation.warnings));
        setUnpublished(data.rotation.hasUnpublishedChanges);
        setLoadState('ready');
        setLoadError(null);
      });
    } catch (error) {
      if (token !== loadToken) return;
      setLoadState('error');
      setLoadError(`The rotation could not be loaded: ${messageOf(error)}`);
    }
  }

  function scheduleReload(): void {
    clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => void load(), RELOAD_DEBOUNCE_MS);
  }

  const removeListener = onRotationChange((event) => {
    if (event === null) {
      scheduleReload();
      return;
    }
    // The event's slots show at once. The warnings and the published state
    // come with the reload of the week that follows.
    setState('slots', produce((slots) => writeSlots(slots, event.slots)));
    if (event.dates.some((date) => date >= weekStart() && date <= weekEnd())) scheduleReload();
  });
  onCleanup(() => {
    removeListener();
    clearTimeout(reloadTimer);
  });

  /** Replaces the warnings of `dates` with `warnings`, which the server computed for those days. */
  function replaceWarnings(dates: Set<string>, warnings: RotaWarningFieldsFragment[]): void {
    const timeZone = state.settings?.timeZone ?? 'UTC';
    const otherDays = state.warnings.filter((warning) => !dates.has(dateOfInstant(warning.startsAt, timeZone)));
    setState('warnings', reconcile([...otherDays, ...warnings]));
  }

  /**
   * Paints `cells` with `kind` (null clears them) in one paintSlots call. The
   * cells show the new kind at once and return to their previous kinds when
   * the call fails or the server rejects the input.
   */
  async function paint(cells: GridCell[], kind: DutyKind | null): Promise<PaintOutcome> {
    if (cells.length === 0) return { ok: true };
    const timeZone = state.settings?.timeZone ?? 'UTC';
    const previous = new Map<string, SlotState | undefined>();
    for (const cell of cells) {
      const key = slotKey(cell.memberId, cell.startsAt);
      previous.set(key, state.slots[key] ? { ...state.slots[key] } : undefined);
    }

    setState(
      'slots',
      produce((slots) => {
        for (const cell of cells) {
          const key = slotKey(cell.memberId, cell.startsAt);
          slots[key] = { kind, publishedKind: slots[key]?.publishedKind ?? null };
        }
      }),
    );
    setUnpublished(true);

    const rollBack = () =>
      setState(
        'slots',
        produce((slots) => {
          for (const [key, slot] of previous) {
            if (slot === undefined) delete slots[key];
            else slots[key] = slot;
          }
        }),
      );

    pendingPaints += 1;
    try {
      const data = await mutate(PaintSlotsDocument, {
        slots: cells.map((cell) => ({ memberId: cell.memberId, startsAt: cell.startsAt, kind })),
      });
      const result = data.paintSlots;
      if (result.__typename === 'InvalidInput') {
        rollBack();
        const details = result.fields.map((field) => field.message).join(' ');
        return { ok: false, message: `The slots were not changed: ${result.message}${details ? ` ${details}` : ''}` };
      }
      batch(() => {
        setState('slots', produce((slots) => writeSlots(slots, result.slots)));
        replaceWarnings(new Set(cells.map((cell) => dateOfInstant(cell.startsAt, timeZone))), result.warnings);
      });
      return { ok: true };
    } catch (error) {
      rollBack();
      return { ok: false, message: `The slots were not changed: ${messageOf(error)}` };
    } finally {
      pendingPaints -= 1;
      if (pendingPaints === 0 && reloadAfterPaints) {
        reloadAfterPaints = false;
        void load();
      }
    }
  }

  // Columns equal to the previous ones keep their objects, so a reload re-renders only the cells that changed.
  let columnCache = new Map<string, GridColumn>();
  function reuseColumn(column: GridColumn, next: Map<string, GridColumn>): GridColumn {
    const key = JSON.stringify(column);
    const reused = columnCache.get(key) ?? column;
    next.set(key, reused);
    return reused;
  }

  /** The grid's columns: each open half hour, and one column for each open weekday without open half hours, such as a holiday. */
  const columns = createMemo((): GridColumn[] => {
    const settings = state.settings;
    const rotation = state.rotation;
    if (settings === null || rotation === null) return [];
    const daysByDate = new Map(rotation.days.map((day) => [day.date, day]));
    const nextCache = new Map<string, GridColumn>();
    const result: GridColumn[] = [];
    for (let offset = 0; offset < 7; offset += 1) {
      const date = addDays(rotation.from, offset);
      const day = daysByDate.get(date);
      if (day !== undefined && day.halfHours.length > 0) {
        day.halfHours.forEach((halfHour, index) => {
          const column: GridColumn = { type: 'open', date, startsAt: halfHour.startsAt, localTime: halfHour.localTime, firstOfDay: index === 0 };
          result.push(reuseColumn(column, nextCache));
        });
      } else if (settings.openDays.includes(weekdayOf(date))) {
        result.push(reuseColumn({ type: 'closed', date, firstOfDay: true, holiday: settings.holidays.includes(date) }, nextCache));
      }
    }
    columnCache = nextCache;
    return result;
  });

  /** Agents first, then cover staff, each by name; inactive members only when they have slots this week. */
  const members = createMemo(() => {
    const rotation = state.rotation;
    if (rotation === null) return [];
    const scheduled = new Set(Object.keys(state.slots).map((key) => key.split('|')[0]));
    return rotation.members
      .filter((member) => member.active || scheduled.has(member.id))
      .sort((left, right) => {
        if (left.kind !== right.kind) return left.kind === 'AGENT' ? -1 : 1;
        return left.displayName.localeCompare(right.displayName);
      });
  });

  createEffect(on(weekStart, () => void load()));

  return {
    state,
    loadState,
    loadError,
    hasUnpublishedChanges: unpublished,
    columns,
    members,
    slotOf: (memberId: string, startsAt: string): SlotState | undefined => state.slots[slotKey(memberId, startsAt)],
    paint,
    reload: load,
  };
}
