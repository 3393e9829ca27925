import path from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.js';
import { resolveInputFile, runCommand, runImport } from '../import/command.js';
import { DEMO_FAQ_FILE, importFaqFile, type FaqImportSummary } from './faq-import.js';

/**
 * `pnpm import:faq [file]`: imports a knowledge-base FAQ CSV as published
 * public articles into the database that the server uses. Exit status 0
 * means every row was imported or skipped, 2 that some rows failed, 1 that
 * the import could not run and 130 that Ctrl+C stopped it.
 */

const DEFAULT_FILE = path.join('..', 'shared', 'data', DEMO_FAQ_FILE);
/** Maximum number of failed rows printed in the summary. The rest are only counted. */
const PRINTED_FAILURES = 50;

const usage = `Usage: pnpm import:faq [file]

Imports a knowledge-base FAQ CSV (columns Topic, Category, Department,
question, answer) as published public articles: the question becomes the
title, the answer the body, Department the owning department, Topic the topic
and Category a tag. Rows imported before (same topic and question) are
skipped, so running the command again is safe.

Arguments:
  [file]       the CSV file (default: ${DEFAULT_FILE} in the repository root).
               A relative path is looked up in the current directory first,
               then in the repository root.

Options:
  -h, --help   print this help and exit

Environment:
  DATABASE_URL PostgreSQL to import into. When unset, the embedded database
               in DATA_DIR is used; stop the server on that folder first.
  DATA_DIR     folder of the embedded database (default: ./data)
  LOG_LEVEL    log level

Exit status: 0 when every row was imported or skipped, 2 when some rows failed,
1 when the import could not run (invalid arguments, missing or unreadable file,
database unavailable), 130 when Ctrl+C stopped it.
`;

class UsageError extends Error {}

/** Parses the command line. Returns undefined when --help was given. */
function parseArguments(argv: string[]): { file: string } | undefined {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: { help: { type: 'boolean', short: 'h', default: false } }, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (parsed.values.help) return undefined;
  if (parsed.positionals.length > 1) throw new UsageError(`Expected at most one CSV file, got ${parsed.positionals.length}: ${parsed.positionals.join(' ')}`);
  return { file: parsed.positionals[0] ?? DEFAULT_FILE };
}

function formatSummary(summary: FaqImportSummary): string {
  const lines = [
    `${summary.stopped ? 'Stopped importing' : 'Imported'} ${summary.file}`,
    `  rows:        ${summary.total}`,
    `  created:     ${summary.created} published public articles`,
    `  skipped:     ${summary.skipped} (imported before)`,
    `  failed:      ${summary.failed.length}`,
    `  departments: ${summary.departments}`,
    `  topics:      ${summary.topics}`,
  ];
  if (summary.stopped) lines.push('  The import was interrupted; run the same command again to import the remaining rows.');
  if (summary.failed.length > 0) {
    lines.push('Failed rows (row 1 is the header):');
    for (const failure of summary.failed.slice(0, PRINTED_FAILURES)) lines.push(`  row ${failure.row}: ${failure.reason}`);
    if (summary.failed.length > PRINTED_FAILURES) lines.push(`  … and ${summary.failed.length - PRINTED_FAILURES} more`);
  }
  return `${lines.join('\n')}\n`;
}

async function run(argv: string[]): Promise<number> {
  let args: { file: string } | undefined;
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
  return runImport(config, 'Importing FAQ', (deps, hooks) => importFaqFile(deps, { file, ...hooks }), formatSummary);
}

runCommand(() => run(process.argv.slice(2)));
