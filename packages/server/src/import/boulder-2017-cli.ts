import path from 'node:path';
import { parseArgs } from 'node:util';
import { IANAZone } from 'luxon';
import { loadConfig } from '../config.js';
import { resolveInputFile, runCommand, runImport } from './command.js';
import { formatChannelCounts } from './csv311.js';
import { BOULDER_2017_FILE, BOULDER_2017_SOURCE_SYSTEM, importBoulder2017File, type Boulder2017Summary } from './boulder-2017.js';

/**
 * `pnpm import:boulder-2017 [file]`: imports the City of Boulder's 2017
 * contact log as resolved inquiries into the database that the server uses.
 * Exit status 0 means every row was imported or skipped, 2 that some rows
 * failed, 1 that the import could not run and 130 that Ctrl+C stopped it.
 */

const DEFAULT_FILE = path.join('..', 'shared', 'data', BOULDER_2017_FILE);
/** Maximum number of failed rows printed in the summary. The rest are only counted. */
const PRINTED_FAILURES = 50;

function usage(centerTimeZone: string): string {
  return `Usage: pnpm import:boulder-2017 [file] [--tz <zone>]

Imports the City of Boulder's 2017 contact log (columns Unique ID, Entered via,
Department, Topic, Entered date) as resolved inquiries. Rows imported before
(same Unique ID) are skipped, so running the command again is safe.

Arguments:
  [file]       the CSV file (default: ${DEFAULT_FILE} in the repository root).
               A relative path is looked up in the current directory first,
               then in the repository root.

Options:
  --tz <zone>  IANA time zone in which each entered date is placed at noon,
               since the file has dates only (default: CENTER_TZ, now ${centerTimeZone})
  -h, --help   print this help and exit

Environment:
  DATABASE_URL PostgreSQL to import into. When unset, the embedded database
               in DATA_DIR is used; stop the server on that folder first.
  DATA_DIR     folder of the embedded database (default: ./data)
  LOG_LEVEL    log level; debug also logs one line per created inquiry

Exit status: 0 when every row was imported or skipped, 2 when some rows failed,
1 when the import could not run (invalid arguments, missing or unreadable file,
database unavailable), 130 when Ctrl+C stopped it.
`;
}

type Arguments = { file: string; timeZone: string };

class UsageError extends Error {}

/** Parses the command line. Returns undefined when --help was given. */
function parseArguments(argv: string[], centerTimeZone: string): Arguments | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { tz: { type: 'string', default: centerTimeZone }, help: { type: 'boolean', short: 'h', default: false } },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  if (parsed.values.help) return undefined;
  if (parsed.positionals.length > 1) throw new UsageError(`Expected at most one CSV file, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
  const timeZone = parsed.values.tz;
  if (!IANAZone.isValidZone(timeZone)) throw new UsageError(`Invalid --tz "${timeZone}". Use an IANA time zone such as America/Denver.`);
  return { file: parsed.positionals[0] ?? DEFAULT_FILE, timeZone };
}

function formatSummary(summary: Boulder2017Summary): string {
  const lines = [
    `${summary.stopped ? 'Stopped importing' : 'Imported'} ${summary.file}`,
    `  source system ${BOULDER_2017_SOURCE_SYSTEM}, dates placed at noon in ${summary.timeZone}`,
    `  rows:       ${summary.total}`,
    `  created:    ${summary.created}`,
    `  skipped:    ${summary.skipped} (imported before)`,
    `  failed:     ${summary.failed.length}`,
    `  created per channel: ${formatChannelCounts(summary.createdByChannel)}`,
  ];
  if (summary.stopped) lines.push('  The import was interrupted; run the same command again to import the remaining rows.');
  if (summary.failed.length > 0) {
    lines.push('Failed rows (line 1 is the header):');
    for (const failure of summary.failed.slice(0, PRINTED_FAILURES)) {
      lines.push(`  line ${failure.line}${failure.sourceId ? ` (id ${failure.sourceId})` : ''}: ${failure.reason}`);
    }
    if (summary.failed.length > PRINTED_FAILURES) lines.push(`  … and ${summary.failed.length - PRINTED_FAILURES} more`);
  }
  return `${lines.join('\n')}\n`;
}

async function run(argv: string[]): Promise<number> {
  const config = loadConfig();
  let args: Arguments | undefined;
  try {
    args = parseArguments(argv, config.centerTimeZone);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${usage(config.centerTimeZone)}`);
    return 1;
  }
  if (!args) {
    process.stdout.write(usage(config.centerTimeZone));
    return 0;
  }

  const file = resolveInputFile(args.file, config.workingDir);
  return runImport(config, 'Importing Boulder 2017', (deps, hooks) => importBoulder2017File(deps, { file, timeZone: args.timeZone, ...hooks }), formatSummary);
}

runCommand(() => run(process.argv.slice(2)));
