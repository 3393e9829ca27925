import { createMemo, createSignal, For, Index, onCleanup, Show, type Accessor } from 'solid-js';
import type { RotaWarningFieldsFragment } from '../../lib/graphql';
import { dutyKindClass, dutyKindCodes, dutyKindLabels, type Brush } from './dutyLabels';
import type { GridCell, GridColumn, PaintOutcome, RotationWeekStore } from './rotationStore';
import { formatDayLabel } from './week';

type Position = { row: number; col: number };

type ColumnWarnings = { level: 'ERROR' | 'NOTICE'; messages: string[] } | null;

/** Groups consecutive columns of one date, for the day header row. */
function dayGroups(columns: GridColumn[]): { date: string; span: number; closed: boolean }[] {
  const groups: { date: string; span: number; closed: boolean }[] = [];
  for (const column of columns) {
    const last = groups[groups.length - 1];
    if (last !== undefined && last.date === column.date) last.span += 1;
    else groups.push({ date: column.date, span: 1, closed: column.type === 'closed' });
  }
  return groups;
}

function closedLabel(column: GridColumn): string {
  return column.type === 'closed' && column.holiday ? 'Closed (holiday)' : 'Closed';
}

/** Collects the warnings whose time range contains the column's half hour; an ERROR outranks a NOTICE. */
function warningsOf(column: GridColumn, warnings: readonly RotaWarningFieldsFragment[]): ColumnWarnings {
  if (column.type !== 'open') return null;
  const start = Date.parse(column.startsAt);
  const matching = warnings.filter((warning) => Date.parse(warning.startsAt) <= start && start < Date.parse(warning.endsAt));
  if (matching.length === 0) return null;
  return {
    level: matching.some((warning) => warning.level === 'ERROR') ? 'ERROR' : 'NOTICE',
    messages: matching.map((warning) => warning.message),
  };
}

/**
 * Renders the week as an ARIA grid: one row per member, one column per open
 * half hour. The manager paints a cell by clicking it, a rectangle by
 * dragging, or the focused cell or Shift-extended selection with Space or
 * Enter. Arrow keys move a roving focus, so the grid is one Tab stop.
 */
export function RotaGrid(props: {
  store: RotationWeekStore;
  editable: boolean;
  brush: Accessor<Brush>;
  onPaintResult: (outcome: PaintOutcome) => void;
}) {
  const [focus, setFocus] = createSignal<Position>({ row: 0, col: 0 });
  const [anchor, setAnchor] = createSignal<Position | null>(null);
  const [dragging, setDragging] = createSignal(false);
  let table: HTMLTableElement | undefined;

  const columns = () => props.store.columns();
  const members = () => props.store.members();
  const columnWarnings = createMemo(() => columns().map((column) => warningsOf(column, props.store.state.warnings)));

  const clampPosition = (position: Position): Position => ({
    row: Math.max(0, Math.min(members().length - 1, position.row)),
    col: Math.max(0, Math.min(columns().length - 1, position.col)),
  });
  /** The focus, kept inside the grid when the week or the member list shrinks. */
  const current = createMemo(() => clampPosition(focus()), undefined, {
    equals: (previous, next) => previous.row === next.row && previous.col === next.col,
  });

  const selection = createMemo(() => {
    const start = anchor();
    if (start === null) return null;
    const end = current();
    return {
      top: Math.min(start.row, end.row),
      bottom: Math.max(start.row, end.row),
      left: Math.min(start.col, end.col),
      right: Math.max(start.col, end.col),
    };
  });

  const isSelected = (row: number, col: number) => {
    const rect = selection();
    return rect !== null && row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
  };

  function cellsOfSelection(): GridCell[] {
    const rect = selection() ?? { top: current().row, bottom: current().row, left: current().col, right: current().col };
    const cells: GridCell[] = [];
    for (let row = rect.top; row <= rect.bottom; row += 1) {
      const member = members()[row];
      if (member === undefined) continue;
      for (let col = rect.left; col <= rect.right; col += 1) {
        const column = columns()[col];
        if (column?.type === 'open') cells.push({ memberId: member.id, startsAt: column.startsAt });
      }
    }
    return cells;
  }

  function paintSelection(): void {
    const cells = cellsOfSelection();
    setAnchor(null);
    if (!props.editable || cells.length === 0) return;
    void props.store.paint(cells, props.brush()).then(props.onPaintResult);
  }

  function focusCell(position: Position): void {
    const next = clampPosition(position);
    setFocus(next);
    table?.querySelector<HTMLElement>(`[data-row="${next.row}"][data-col="${next.col}"]`)?.focus();
  }

  function handleKeyDown(event: KeyboardEvent): void {
    const position = current();
    const moves: Record<string, Position> = {
      ArrowLeft: { row: position.row, col: position.col - 1 },
      ArrowRight: { row: position.row, col: position.col + 1 },
      ArrowUp: { row: position.row - 1, col: position.col },
      ArrowDown: { row: position.row + 1, col: position.col },
      Home: { row: event.ctrlKey ? 0 : position.row, col: 0 },
      End: { row: event.ctrlKey ? members().length - 1 : position.row, col: columns().length - 1 },
    };
    const target = moves[event.key];
    if (target !== undefined) {
      event.preventDefault();
      if (event.shiftKey && props.editable) {
        if (anchor() === null) setAnchor(position);
      } else {
        setAnchor(null);
      }
      focusCell(target);
      return;
    }
    if (event.key === ' ' || event.key === 'Enter') {
      event.preventDefault();
      paintSelection();
      return;
    }
    if (event.key === 'Escape' && anchor() !== null) {
      event.preventDefault();
      setAnchor(null);
    }
  }

  function positionOf(target: EventTarget | null): Position | null {
    const cell = target instanceof Element ? target.closest<HTMLElement>('[data-row][data-col]') : null;
    if (cell === null) return null;
    return { row: Number(cell.dataset.row), col: Number(cell.dataset.col) };
  }

  function handlePointerDown(event: PointerEvent): void {
    if (event.button !== 0) return;
    const position = positionOf(event.target);
    if (position === null) return;
    focusCell(position);
    if (!props.editable) return;
    // Without this the drag would select the cells' text.
    event.preventDefault();
    setAnchor(position);
    setDragging(true);
  }

  function handlePointerMove(event: PointerEvent): void {
    if (!dragging()) return;
    // A touch pointer stays captured by the cell where it started, so the
    // cell under the finger comes from the coordinates, not the event target.
    const position = positionOf(document.elementFromPoint(event.clientX, event.clientY));
    if (position !== null) setFocus(position);
  }

  // The gesture ends wherever the button is released, even outside the grid.
  const endDrag = () => {
    if (!dragging()) return;
    setDragging(false);
    focusCell(current());
    paintSelection();
  };
  document.addEventListener('pointerup', endDrag);
  onCleanup(() => document.removeEventListener('pointerup', endDrag));

  const memberName = (row: number) => members()[row]?.displayName ?? '';

  return (
    <div class="rota-grid-scroll">
      <table
        ref={table}
        class="rota-grid"
        classList={{ 'rota-grid-editable': props.editable }}
        role="grid"
        aria-label="Rotation of the week"
        aria-readonly={props.editable ? undefined : 'true'}
        aria-multiselectable={props.editable ? 'true' : undefined}
        data-testid="rota-grid"
        onKeyDown={handleKeyDown}
        onPointerDown={handlePointerDown}
        onPointerMove={handlePointerMove}
      >
        <thead>
          <tr>
            <th scope="col" class="rota-corner" rowSpan={2}>
              Member
            </th>
            <For each={dayGroups(columns())}>
              {(group) => (
                <th scope="colgroup" colSpan={group.span} class="rota-day" classList={{ 'rota-day-closed': group.closed }}>
                  {formatDayLabel(group.date)}
                </th>
              )}
            </For>
          </tr>
          <tr>
            <Index each={columns()}>
              {(column, col) => (
                <th
                  scope="col"
                  class="rota-time"
                  classList={{
                    'rota-day-start': column().firstOfDay,
                    'rota-time-error': columnWarnings()[col]?.level === 'ERROR',
                    'rota-time-notice': columnWarnings()[col]?.level === 'NOTICE',
                  }}
                  data-testid="rota-time"
                  data-starts-at={column().type === 'open' ? (column() as { startsAt: string }).startsAt : ''}
                  data-warning={columnWarnings()[col]?.level ?? ''}
                  title={columnWarnings()[col]?.messages.join('\n')}
                >
                  <Show when={column().type === 'open'} fallback={<span class="rota-closed-label">{closedLabel(column())}</span>}>
                    <span class="rota-time-label">{(column() as { localTime: string }).localTime}</span>
                  </Show>
                  <Show when={columnWarnings()[col]}>
                    {(marks) => (
                      <span class="rota-warning-mark" data-testid="rota-warning-mark">
                        <span aria-hidden="true">{marks().level === 'ERROR' ? '!' : 'i'}</span>
                        <span class="visually-hidden">
                          {marks().level === 'ERROR' ? 'Error: ' : 'Notice: '}
                          {marks().messages.join(' ')}
                        </span>
                      </span>
                    )}
                  </Show>
                </th>
              )}
            </Index>
          </tr>
        </thead>
        <tbody>
          <Index each={members()}>
            {(member, row) => (
              <tr data-testid="rota-row" data-member={member().displayName}>
                <th scope="row" class="rota-member">
                  <span class="rota-member-name">{member().displayName}</span>
                  <Show when={member().kind === 'COVER'}>
                    <span class="rota-member-kind">cover</span>
                  </Show>
                </th>
                <Index each={columns()}>
                  {(column, col) => {
                    const slot = () => {
                      const value = column();
                      return value.type === 'open' ? props.store.slotOf(member().id, value.startsAt) : undefined;
                    };
                    const kind = () => slot()?.kind ?? null;
                    const unpublished = () => slot() !== undefined && slot()!.kind !== slot()!.publishedKind;
                    const isFocused = () => current().row === row && current().col === col;
                    const label = () => {
                      const value = column();
                      if (value.type === 'closed') return `${memberName(row)}, ${formatDayLabel(value.date)}: ${closedLabel(value).toLowerCase()}`;
                      const text = kind() === null ? 'not scheduled' : dutyKindLabels[kind()!];
                      return `${memberName(row)}, ${formatDayLabel(value.date)} ${value.localTime}: ${text}${unpublished() ? ', not published' : ''}`;
                    };
                    return (
                      <td
                        role="gridcell"
                        class={`rota-cell rota-kind-${column().type === 'closed' ? 'closed' : dutyKindClass(kind())}`}
                        classList={{
                          'rota-day-start': column().firstOfDay,
                          'rota-cell-selected': isSelected(row, col),
                          'rota-cell-unpublished': unpublished(),
                        }}
                        tabIndex={isFocused() ? 0 : -1}
                        aria-selected={props.editable ? isSelected(row, col) : undefined}
                        aria-disabled={column().type === 'closed' ? 'true' : undefined}
                        aria-label={label()}
                        title={label()}
                        data-testid="rota-cell"
                        data-row={row}
                        data-col={col}
                        data-member={member().displayName}
                        data-starts-at={column().type === 'open' ? (column() as { startsAt: string }).startsAt : ''}
                        data-kind={column().type === 'closed' ? 'closed' : (kind() ?? 'none')}
                        onFocus={() => setFocus({ row, col })}
                      >
                        <span aria-hidden="true">{column().type === 'closed' ? '' : kind() === null ? '' : dutyKindCodes[kind()!]}</span>
                      </td>
                    );
                  }}
                </Index>
              </tr>
            )}
          </Index>
        </tbody>
      </table>
    </div>
  );
}
