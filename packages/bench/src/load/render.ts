import os from 'node:os';
import { readNotes, readSection, writeSection, type Scenario } from '../document.js';
import { REPORT_FILE } from '../environment.js';
import type { Machine } from '../report.js';

/** One target of the issue: a figure, how it was obtained, and whether it meets the target. */
export type Check = {
  check: string;
  /** The measured value and its reference, as text with units. */
  measured: string;
  reference: string;
  /** The ratio or the value compared with the target. */
  result: number;
  unit: 'ratio' | 'ms';
  /** `min`: the result must be at least the target; `max`: at most. */
  bound: 'min' | 'max';
  target: number;
};

export type LoadSection = {
  scenario: Scenario;
  title: string;
  /** What the scenario does, in a few sentences. */
  description: string[];
  date: Date;
  command: string;
  machine: Machine;
  loadAverage: { start: number[]; end: number[] };
  /** The settings of the run, one `- NAME: meaning (value)` bullet each. */
  settings: string[];
  checks: Check[];
  /** Further Markdown: detail tables, before/after figures. */
  details: string[];
  skipped: string[];
};

export const NOTES_HEADING = '### Reading the figures';

export function passes(check: Check): boolean {
  return check.bound === 'min' ? check.result >= check.target : check.result <= check.target;
}

export function formatMs(value: number): string {
  if (value < 10) return value.toFixed(2);
  if (value < 100) return value.toFixed(1);
  return value.toFixed(0);
}

export const perSecond = (value: number) => `${value.toLocaleString('en-US', { maximumFractionDigits: value < 100 ? 1 : 0 })}/s`;

function checkTable(checks: Check[]): string[] {
  const lines = ['| check | measured | reference | result | target | verdict |', '|---|---:|---:|---:|---:|---|'];
  for (const check of checks) {
    const result = check.unit === 'ratio' ? check.result.toFixed(2) : `${formatMs(check.result)} ms`;
    const target = `${check.bound === 'min' ? '≥' : '≤'} ${check.unit === 'ratio' ? check.target.toFixed(1) : `${check.target} ms`}`;
    lines.push(`| ${check.check} | ${check.measured} | ${check.reference} | ${result} | ${target} | ${passes(check) ? 'pass' : '**miss**'} |`);
  }
  return lines;
}

const load = (values: number[]) => values.map((value) => value.toFixed(2)).join(', ');

export function renderLoadSection(section: LoadSection, notes: string): string {
  const { machine } = section;
  return [
    `## ${section.title}`,
    '',
    ...section.description,
    '',
    'Command:',
    '',
    '```sh',
    section.command,
    '```',
    '',
    `- Date: ${section.date.toISOString().slice(0, 16).replace('T', ' ')} UTC`,
    `- Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB.toFixed(1)} GiB memory, Node.js ${machine.node}`,
    `- PostgreSQL: ${machine.postgres}; PGlite: ${machine.pglite}`,
    `- Load average (1, 5, 15 minutes): ${load(section.loadAverage.start)} at the start, ${load(section.loadAverage.end)} at the end. Other work shared the machine whenever these are well above 1.`,
    '',
    'Settings (environment variables, with the values of this run):',
    '',
    ...section.settings,
    '',
    '### Targets',
    '',
    ...checkTable(section.checks),
    '',
    ...section.details,
    ...(section.skipped.length > 0 ? ['', '### Not measured', '', ...section.skipped.map((line) => `- ${line}`)] : []),
    '',
    NOTES_HEADING,
    '',
    notes,
  ].join('\n');
}

/** Writes `section` into docs/benchmarks.md, keeping the hand-written notes of the previous run. */
export function writeLoadSection(section: LoadSection): void {
  section.loadAverage.end = os.loadavg();
  const notes = readNotes(readSection(REPORT_FILE, section.scenario), NOTES_HEADING);
  writeSection(REPORT_FILE, section.scenario, renderLoadSection(section, notes));
}
