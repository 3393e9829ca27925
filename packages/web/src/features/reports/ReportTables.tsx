import { For, Show, type JSX } from 'solid-js';
import { changeSentence, describeChange, formatCount, formatPercent, type ChangeKind } from './format';

/**
 * Wraps a table that may be wider than a narrow screen. The wrapper scrolls
 * sideways instead of the page, and it takes the keyboard focus and has a name
 * so that keyboard users can scroll it too.
 */
export function TableWrap(props: { label: string; series?: boolean; children: JSX.Element }) {
  return (
    <div class="report-table-wrap" classList={{ 'report-series-wrap': props.series }} tabIndex={0} role="region" aria-label={props.label}>
      {props.children}
    </div>
  );
}

/** One figure compared with the previous period. */
export type ComparisonRow = {
  id: string;
  label: string;
  current: number | null;
  previous: number | null;
  format: (value: number | null) => string;
  change: ChangeKind;
};

export function ChangeCell(props: { current: number | null; previous: number | null; kind: ChangeKind }) {
  const change = () => describeChange(props.current, props.previous, props.kind);
  return (
    <td class={`report-change report-change-${change().direction}`} data-testid="change" title={changeSentence(change())}>
      {change().text}
    </td>
  );
}

/** Renders figures as rows of value, previous value and change. */
export function ComparisonTable(props: { caption: string; rows: ComparisonRow[]; testId: string }) {
  return (
    <TableWrap label={props.caption}>
      <table class="report-table" data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">This period</th>
            <th scope="col">Previous period</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          <For each={props.rows}>
            {(row) => (
              <tr data-testid="comparison-row" data-key={row.id}>
                <th scope="row">{row.label}</th>
                <td data-testid="current">{row.format(row.current)}</td>
                <td data-testid="previous">{row.format(row.previous)}</td>
                <ChangeCell current={row.current} previous={row.previous} kind={row.change} />
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </TableWrap>
  );
}

/** A group of contacts (channel, topic, program or department) in the current and previous period. */
export type KeyedGroup = { key: string | null; label: string; share: number; total: number };

/**
 * Renders groups with their contacts and share, matched by key with the
 * previous period's groups; a group missing there had no contacts.
 */
export function KeyedTable(props: { caption: string; heading: string; current: KeyedGroup[]; previous: KeyedGroup[]; testId: string; limit?: number }) {
  const rows = () => {
    const previousByKey = new Map(props.previous.map((group) => [group.key, group]));
    const groups = props.limit === undefined ? props.current : props.current.slice(0, props.limit);
    return groups.map((group) => ({ group, previous: previousByKey.get(group.key) }));
  };

  return (
    <TableWrap label={props.caption}>
      <table class="report-table" data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{props.heading}</th>
            <th scope="col">Contacts</th>
            <th scope="col">Share</th>
            <th scope="col">Previous period</th>
            <th scope="col">Change</th>
            <th scope="col">Share change</th>
          </tr>
        </thead>
        <tbody>
          <For
            each={rows()}
            fallback={
              <tr>
                <td colSpan={6} class="report-empty">
                  No contacts in this range.
                </td>
              </tr>
            }
          >
            {(row) => (
              <tr data-testid="keyed-row" data-key={row.group.key ?? 'none'}>
                <th scope="row">{row.group.label}</th>
                <td data-testid="current">{formatCount(row.group.total)}</td>
                <td data-testid="share">{formatPercent(row.group.share)}</td>
                <td data-testid="previous">{formatCount(row.previous?.total ?? 0)}</td>
                <ChangeCell current={row.group.total} previous={row.previous?.total ?? 0} kind="percent" />
                <ChangeCell current={row.group.share} previous={row.previous?.share ?? 0} kind="points" />
              </tr>
            )}
          </For>
        </tbody>
      </table>
    </TableWrap>
  );
}

export type SeriesColumn<T> = { label: string; value: (entry: T) => string };

/** Renders one row per bucket, with the same numbers as the chart beside it. */
export function SeriesTable<T extends { bucket: string }>(props: {
  caption: string;
  entries: T[];
  columns: SeriesColumn<T>[];
  bucketLabel: (bucket: string) => string;
  testId: string;
  extra?: JSX.Element;
}) {
  return (
    <TableWrap label={props.caption} series>
      <table class="report-table" data-testid={props.testId}>
        <caption>{props.caption}</caption>
        <thead>
          <tr>
            <th scope="col">Period</th>
            <For each={props.columns}>{(column) => <th scope="col">{column.label}</th>}</For>
          </tr>
        </thead>
        <tbody>
          <For each={props.entries}>
            {(entry) => (
              <tr data-testid="series-row" data-bucket={entry.bucket}>
                <th scope="row">{props.bucketLabel(entry.bucket)}</th>
                <For each={props.columns}>{(column) => <td>{column.value(entry)}</td>}</For>
              </tr>
            )}
          </For>
        </tbody>
      </table>
      <Show when={props.extra}>{props.extra}</Show>
    </TableWrap>
  );
}
