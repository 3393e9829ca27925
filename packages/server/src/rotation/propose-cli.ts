import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/lock.js';
import { openCommandDatabase } from '../import/command.js';
import { proposeRotation, publishRotation } from './publish.js';
import { isInvalid } from './rotation.js';
import type { RotationView } from './views.js';

/**
 * `pnpm rotation:propose --from YYYY-MM-DD --to YYYY-MM-DD [--publish]`:
 * proposes a fair rotation for the range, as the manager's button does, and
 * prints the fairness figures. Exit status 0 on success, 1 when the command
 * could not run (invalid arguments, database unavailable).
 */

const usage = `Usage: pnpm rotation:propose --from YYYY-MM-DD --to YYYY-MM-DD [--publish]

Proposes a fair rotation for the dates from --from to --to (both included, at
most 62 days, in the center's zone CENTER_TZ). It replaces the planned duty of
every active member in that range with the proposal, keeping leave and the
team meeting, and prints on-call hours per member and shared on-call hours per
pair of agents. The proposal is unpublished unless --publish is given.

Options:
  --from DATE   first date of the range
  --to DATE     last date of the range
  --publish     publish the range after proposing it
  -h, --help    print this help and exit

Environment:
  DATABASE_URL  PostgreSQL to use. When unset, the embedded database in
                DATA_DIR is used; stop the server on that folder first.
  DATA_DIR      folder of the embedded database (default: ./data)
  CENTER_TZ     the center's time zone (default: America/Denver)
`;

type Arguments = { from: string; to: string; publish: boolean };

class UsageError extends Error {}

function parseArguments(argv: string[]): Arguments | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        from: { type: 'string' },
        to: { type: 'string' },
        publish: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return undefined;
  if (!parsed.values.from || !parsed.values.to) throw new UsageError('Both --from and --to are required');
  return { from: parsed.values.from, to: parsed.values.to, publish: parsed.values.publish ?? false };
}

/** Formats the fairness figures and warnings of a rotation as plain-text tables. */
export function formatFairness(rotation: RotationView, published: boolean): string {
  const lines = [`${published ? 'Proposed and published' : 'Proposed (unpublished)'} rotation ${rotation.from} to ${rotation.to}`, ''];
  const nameWidth = Math.max(6, ...rotation.fairness.perMember.map((entry) => entry.member.displayName.length));
  lines.push(`${'Member'.padEnd(nameWidth)}  ${'On call h'.padStart(9)}  ${'Available h'.padStart(11)}  ${'Share'.padStart(5)}`);
  for (const entry of rotation.fairness.perMember) {
    const share = entry.availableHours > 0 ? (entry.onCallHours / entry.availableHours).toFixed(2) : '-';
    lines.push(
      `${entry.member.displayName.padEnd(nameWidth)}  ${entry.onCallHours.toFixed(1).padStart(9)}  ${entry.availableHours.toFixed(1).padStart(11)}  ${share.padStart(5)}`,
    );
  }
  lines.push('', 'Share = on-call hours per available hour.', '');

  const pairs = rotation.fairness.perPair.map((pair) => ({ label: `${pair.a.displayName} + ${pair.b.displayName}`, hours: pair.sharedHours }));
  const pairWidth = Math.max(4, ...pairs.map((pair) => pair.label.length));
  lines.push(`${'Pair'.padEnd(pairWidth)}  ${'Shared on call h'.padStart(16)}`);
  for (const pair of pairs) lines.push(`${pair.label.padEnd(pairWidth)}  ${pair.hours.toFixed(1).padStart(16)}`);

  lines.push('', rotation.warnings.length === 0 ? 'No warnings.' : `Warnings (${rotation.warnings.length}):`);
  for (const warning of rotation.warnings) lines.push(`  ${warning.level.padEnd(6)} ${warning.message}`);
  return `${lines.join('\n')}\n`;
}

async function run(argv: string[]): Promise<number> {
  let args: Arguments | undefined;
  try {
    args = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage}`);
    return 1;
  }
  if (!args) {
    process.stdout.write(usage);
    return 0;
  }

  const config = loadConfig();
  const opened = await openCommandDatabase(config);
  if (!opened) return 1;
  const { database, deps } = opened;
  try {
    let rotation = await proposeRotation(deps, null, args.from, args.to);
    if (!isInvalid(rotation) && args.publish) rotation = await publishRotation(deps, null, args.from, args.to);
    if (isInvalid(rotation)) {
      process.stderr.write(`${rotation.fields.map((field) => `--${field.field}: ${field.message}`).join('\n')}\n`);
      return 1;
    }
    process.stdout.write(formatFairness(rotation, args.publish));
    return 0;
  } finally {
    await database.close();
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DataDirLockedError || error instanceof ConfigError) process.stderr.write(`${error.message}\n`);
    else process.stderr.write(`Proposing the rotation failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  },
);
