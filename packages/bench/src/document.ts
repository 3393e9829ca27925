import fs from 'node:fs';

/**
 * docs/benchmarks.md contains one section per scenario, each between
 * `<!-- bench:<scenario>:start -->` and `<!-- bench:<scenario>:end -->`. A
 * run replaces only the sections of the scenarios it ran, so the figures of
 * the others stay as they were.
 */

export const SCENARIOS = ['kb', 'reports', 'intake', 'fanout', 'claim', 'inbox', 'processes'] as const;
export type Scenario = (typeof SCENARIOS)[number];

/** Each section's heading, which the knowledge-base and reports renderers write as its first line. */
export const TITLES: Record<Scenario, string> = {
  kb: 'Knowledge-base search benchmark',
  reports: 'Reports benchmark',
  intake: 'Intake benchmark',
  fanout: 'Fan-out benchmark',
  claim: 'Claim benchmark',
  inbox: 'Inbox benchmark',
  processes: 'Cross-process events benchmark',
};

const HEADER = [
  '# Benchmarks',
  '',
  '`pnpm bench` (packages/bench) measures the server\'s own service functions on PostgreSQL and PGlite',
  'and writes this file. Each scenario has its own section below. `BENCH_SCENARIOS` picks the scenarios',
  'to run (names separated by commas, all of them by default), and a run replaces only the sections',
  'of the scenarios it ran. Each section names its command, machine and date.',
  '',
  'The load scenarios (`intake`, `fanout`, `claim`, `inbox`, `processes`) start real servers on loopback',
  'port 0 and send them a fixed number of requests or events. Most of their results are ratios. A ratio',
  'divides the figure of the real path by a reference measured in the same run on the same machine, such',
  'as a raw INSERT of the same row or a bare WebSocket broadcast of the same bytes. Both sides of a ratio',
  'suffer the same noise, so a ratio moves much less than the figures behind it from run to run. A ratio',
  'of 1 means the real path is as fast as the reference, and a ratio of 0.5 means it does half the work',
  'per second. Latency targets (p95, p99) are absolute milliseconds and do depend on the machine.',
  'Each section lists its targets with the verdict pass or miss.',
  '',
  '`pnpm bench` sets `NODE_ENV=production`, as the Docker image does. The HTTP requests of the `intake`,',
  '`claim` and `inbox` scenarios go out from a client thread of their own (`http-client-worker.mjs`), so the',
  'server started in the benchmark\'s process keeps its main thread to itself, as a deployed server would.',
  '',
  ...SCENARIOS.map((scenario) => `- [${TITLES[scenario]}](#${TITLES[scenario].toLowerCase().replaceAll(' ', '-')}): \`BENCH_SCENARIOS=${scenario} pnpm bench\``),
].join('\n');

const start = (scenario: Scenario) => `<!-- bench:${scenario}:start -->`;
const end = (scenario: Scenario) => `<!-- bench:${scenario}:end -->`;

/** Adds one level to every Markdown heading outside code fences, so a whole-page report becomes a section. */
export function demoteHeadings(markdown: string): string {
  let inFence = false;
  return markdown
    .split('\n')
    .map((line) => {
      if (line.startsWith('```')) inFence = !inFence;
      return !inFence && /^#{1,5} /.test(line) ? `#${line}` : line;
    })
    .join('\n');
}

/** Returns the sections of `file`. A file written before the sections existed is the knowledge-base report. */
function readSections(file: string): Partial<Record<Scenario, string>> {
  if (!fs.existsSync(file)) return {};
  const text = fs.readFileSync(file, 'utf8');
  const sections: Partial<Record<Scenario, string>> = {};
  let found = false;
  for (const scenario of SCENARIOS) {
    const from = text.indexOf(start(scenario));
    const to = text.indexOf(end(scenario));
    if (from < 0 || to < from) continue;
    found = true;
    sections[scenario] = text.slice(from + start(scenario).length, to).trim();
  }
  if (!found && text.startsWith('# Knowledge-base search benchmark')) sections.kb = demoteHeadings(text.trim());
  return sections;
}

/** Returns the current text of one scenario's section without its markers, or undefined when it was never written. */
export function readSection(file: string, scenario: Scenario): string | undefined {
  return readSections(file)[scenario];
}

/** Replaces the section of `scenario` in `file` with `markdown` and keeps the other sections. */
export function writeSection(file: string, scenario: Scenario, markdown: string): void {
  const sections = { ...readSections(file), [scenario]: markdown.trim() };
  const body = SCENARIOS.map((name) => {
    const content = sections[name] ?? `## ${TITLES[name]}\n\nNot measured yet: run \`BENCH_SCENARIOS=${name} pnpm bench\`.`;
    return [start(name), '', content, '', end(name)].join('\n');
  });
  fs.writeFileSync(file, [HEADER, ...body].join('\n\n') + '\n');
}

/**
 * Returns the hand-written text under `heading` (such as "### Reading the
 * figures") in a section, up to the section's end, so a rerun keeps it.
 */
export function readNotes(section: string | undefined, heading: string): string {
  const placeholder = 'To be written after reading the figures above.';
  if (!section) return placeholder;
  const at = section.indexOf(`\n${heading}\n`);
  if (at < 0) return placeholder;
  return section.slice(at + heading.length + 2).trim() || placeholder;
}
