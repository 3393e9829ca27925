import { parseArgs } from 'node:util';
import { IANAZone } from 'luxon';
import { loadConfig } from '../config.js';
import { resolveInputFile, runCommand, runImport } from './command.js';
import { formatChannelCounts, import311File, type ImportFormat, type ImportSummary } from './csv311.js';

/**
 * `pnpm import:311 <file>`: imports an NYC or Boston 311 CSV export into the
 * database that the server uses. Exit status 0 means every row was imported
 * or skipped, 2 that some rows failed, 1 that the import could not run and
 * 130 that Ctrl+C stopped it.
 */

const DEFAULT_TIME_ZONE = 'America/New_York';
/** Maximum number of failed rows printed in the summary. The rest are only counted. */
const PRINTED_FAILURES = 50;


const usage = `Usage: pnpm import:311 <file> [--tz <zone>] [--format nyc|boston]

Imports a New York City or Boston 311 CSV export into the inbox. Rows imported
before (same source and id) are skipped, so running the command again is safe.

Arguments:
  <file>             the CSV file. A relative path is looked up in the current
                     directory first, then in the repository root.

Options:
  --tz <zone>        IANA time zone in which the file's date-times were written,
                     since they carry no UTC offset (default: ${DEFAULT_TIME_ZONE})
  --format <format>  nyc or boston (default: detected from the header row)
  -h, --help         print this help and exit

Environment:
  DATABASE_URL       PostgreSQL to import into. When unset, the embedded database
                     in DATA_DIR is used; stop the server on that folder first.
  DATA_DIR           folder of the embedded database (default: ./data, relative
                     to the folder the command was typed in, as for pnpm start)
  LOG_LEVEL          log level; debug also logs one line per created inquiry

Exit status: 0 when every row was imported or skipped, 2 when some rows failed,
1 when the import could not run (invalid arguments, missing or unreadable file,
database unavailable), 130 when Ctrl+C stopped it.
`;

type Arguments = { file: string; timeZone: string; format?: ImportFormat };

class UsageError extends Error {}

/** Parses the command line. Returns undefined when --help was given. */
function parseArguments(argv: string[]): Arguments | undefined {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        tz: { type: 'string', default: DEFAULT_TIME_ZONE },
        format: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }

  if (parsed.values.help) return undefined;
  if (parsed.positionals.length === 0) throw new UsageError('Missing the CSV file to import.');
  if (parsed.positionals.length > 1) throw new UsageError(`Expected one CSV file, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);

  const format = parsed.values.format;
  if (format !== undefined && format !== 'nyc' && format !== 'boston') {
    throw new UsageError(`Invalid --format "${format}". Use nyc or boston.`);
  }
  const timeZone = parsed.values.tz;
  if (!IANAZone.isValidZone(timeZone)) throw new UsageError(`Invalid --tz "${timeZone}". Use an IANA time zone such as ${DEFAULT_TIME_ZONE}.`);
  return { file: parsed.positionals[0], timeZone, format };
}

function formatSummary(summary: ImportSummary): string {
  const lines = [
    `${summary.stopped ? 'Stopped importing' : 'Imported'} ${summary.file}`,
    `  format:     ${summary.format} (source system ${summary.sourceSystem}), times read in ${summary.timeZone}`,
    `  rows:       ${summary.total}`,
    `  created:    ${summary.created}`,
    `  skipped:    ${summary.skipped} (imported before)`,
    `  failed:     ${summary.failed.length}`,
    `  created per channel: ${formatChannelCounts(summary.createdByChannel)}`,
  ];
  if (summary.stopped) lines.push('  The import was interrupted; run the same command again to import the remaining rows.');
  if (summary.failed.length > 0) {
    lines.push('Failed rows (row 1 is the header):');
    for (const failure of summary.failed.slice(0, PRINTED_FAILURES)) {
      lines.push(`  row ${failure.row}${failure.sourceId ? ` (id ${failure.sourceId})` : ''}: ${failure.reason}`);
    }
    if (summary.failed.length > PRINTED_FAILURES) lines.push(`  … and ${summary.failed.length - PRINTED_FAILURES} more`);
  }
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
  const file = resolveInputFile(args.file, config.workingDir);
  return runImport(config, 'Importing', (deps, hooks) => import311File(deps, { file, timeZone: args.timeZone, format: args.format, ...hooks }), formatSummary);
}

runCommand(() => run(process.argv.slice(2)));
