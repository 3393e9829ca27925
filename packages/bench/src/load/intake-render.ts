import type { IntakeResult, Throughput } from './intake.js';
import { formatMs, perSecond } from './render.js';

const row = (target: string, kind: string, value: Throughput) =>
  `| ${target} | ${kind} | ${value.count} | ${value.seconds.toFixed(1)} | ${perSecond(value.perSecond)} | ${formatMs(value.p50)} | ${formatMs(value.p99)} |`;

/** Returns the table of every kind's count, time, rate and latency per database. */
export function renderIntakeDetails(results: IntakeResult[]): string[] {
  const lines = ['### Figures', '', '| database | kind | requests | seconds | rate | p50 (ms) | p99 (ms) |', '|---|---|---:|---:|---:|---:|---:|'];
  for (const result of results) {
    lines.push(row(result.target, 'web form', result.webForm), row(result.target, 'Open311 POST', result.open311), row(result.target, 'raw INSERT', result.insert), row(result.target, 'empty GraphQL request', result.empty));
  }
  return lines;
}
