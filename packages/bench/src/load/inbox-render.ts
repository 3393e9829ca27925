import type { InboxResult } from './inbox.js';
import { formatMs } from './render.js';

const PLAN_LINES = 25;

function trimPlan(plan: string): string[] {
  const lines = plan.split('\n').map((line) => (line.length > 200 ? `${line.slice(0, 200)} …` : line));
  return lines.length <= PLAN_LINES ? lines : [...lines.slice(0, PLAN_LINES - 3), `… ${lines.length - PLAN_LINES + 1} more lines`, ...lines.slice(-2)];
}

/** Returns the latency table of every view and page through Apollo and through the bare handler, then the PostgreSQL plans. */
export function renderInboxDetails(results: InboxResult[]): string[] {
  const lines = [
    '### Figures',
    '',
    '| database | view | page (offset) | Apollo p50 / p95 / max (ms) | bare handler p50 / p95 / max (ms) | bare ÷ Apollo mean |',
    '|---|---|---|---:|---:|---:|',
  ];
  for (const result of results) {
    for (const page of result.pages) {
      lines.push(
        `| ${result.target} | ${page.view} | ${page.page} (${page.offset.toLocaleString('en-US')}) | ${formatMs(page.apollo.p50)} / ${formatMs(page.apollo.p95)} / ${formatMs(page.apollo.max)} | ${formatMs(page.bare.p50)} / ${formatMs(page.bare.p95)} / ${formatMs(page.bare.max)} | ${(page.bareMean / page.apolloMean).toFixed(2)} |`,
      );
    }
  }
  for (const result of results) {
    for (const page of result.pages) {
      for (const statement of page.explain) {
        lines.push(
          '',
          `${result.target}, ${page.view}, ${page.page} page: ${/\bcount\(|inquiry_(status_)?counts/.test(statement.statement) ? 'the count' : 'the page'} (execution ${statement.executionMs?.toFixed(1) ?? '?'} ms):`,
          '',
          '```',
          ...trimPlan(statement.plan),
          '```',
        );
      }
    }
  }
  lines.push('', `Seeding: ${results.map((result) => `${result.target} ${result.inquiries.toLocaleString('en-US')} inquiries in ${result.seedSeconds.toFixed(0)} s`).join(', ')}.`);
  return lines;
}
