import { describeDatabase, formatBackupSummary, parseCommandLine, progressDisplay, resolveUserPath, runOpsCommand, UsageError } from './cli.js';
import { formatComparison } from './compare.js';
import { verifyBackup } from './verify.js';

/**
 * `pnpm backup:verify [--out FILE]`: proves that a backup restores to the
 * same data. Exit status 0 when source and copy are equal, 2 when they
 * differ, 1 when the check could not run.
 */

const usage = `Usage: pnpm backup:verify [--out FILE]

Backs up the configured database, restores the backup into a scratch target
(a new PostgreSQL database with a unique name on the same server, or a
temporary data folder), and compares every table's row count and checksum,
every sequence's position and the applied migrations. The scratch target is
deleted afterwards. Prints the comparison and exits with 2 on any difference.

Options:
  --out FILE   keep the verified backup in FILE (default: a temporary file, deleted)
  -h, --help   print this help and exit

Environment:
  DATABASE_URL PostgreSQL to verify; its user needs the CREATEDB privilege
  DATA_DIR     folder of the embedded database (default: ./data); stop the server first
`;

runOpsCommand(usage, async ({ config, logger }) => {
  const { values, positionals } = parseCommandLine({
    args: process.argv.slice(2),
    options: { out: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}.`);

  process.stderr.write(`Verifying a backup of ${describeDatabase(config)}\n`);
  const progress = progressDisplay();
  const started = Date.now();
  try {
    const report = await verifyBackup({
      databaseUrl: config.databaseUrl,
      dataDir: config.dataDir,
      logger,
      keepFile: values.out === undefined ? undefined : resolveUserPath(config, values.out),
      onProgress: progress.listener,
    });
    progress.stop();
    const elapsed = Date.now() - started;
    if (values.out !== undefined) process.stdout.write(formatBackupSummary(report.backup, elapsed));
    process.stdout.write(`Restored into ${report.scratch}\n\n${formatComparison(report.source, report.copy)}\n`);
    if (report.differences.length === 0) {
      process.stdout.write(`Backup verified: the restored copy equals the source (${(elapsed / 1000).toFixed(1)} s).\n`);
      return 0;
    }
    process.stdout.write(`Backup NOT verified: ${report.differences.length} difference(s):\n`);
    for (const difference of report.differences) process.stdout.write(`  ${difference.object}: source ${difference.source}, copy ${difference.copy}\n`);
    return 2;
  } finally {
    progress.stop();
  }
});
