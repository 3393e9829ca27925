import fs from 'node:fs';
import path from 'node:path';
import { backupDataDir, backupPostgres, defaultBackupName } from './backup.js';
import { describeDatabase, formatBackupSummary, parseCommandLine, progressDisplay, resolveUserPath, runOpsCommand, UsageError } from './cli.js';

/**
 * `pnpm backup [--out FILE]`: backs up the configured database. Exit status
 * 0 on success, 1 when the backup could not be made.
 */

const usage = `Usage: pnpm backup [--out FILE]

Backs up the database the server uses. With DATABASE_URL set, pg_dump writes
a custom-format archive (.dump); without it, the embedded database in
DATA_DIR is written as a gzip tarball of its data folder (.tar.gz). The
embedded database can be backed up only while the server is stopped.

Options:
  --out FILE   the backup file, or an existing folder to write it in
               (default: civic-desk-YYYYMMDD-HHMMSS.dump or .tar.gz, UTC, in
               the current folder). An existing file is never overwritten.
  -h, --help   print this help and exit

Environment:
  DATABASE_URL PostgreSQL to back up; pg_dump must be on PATH, of the
               server's major version or newer
  DATA_DIR     folder of the embedded database (default: ./data)
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
  if (positionals.length > 0) throw new UsageError(`Unexpected argument ${positionals[0]}; give the file with --out FILE.`);

  const kind = config.databaseUrl ? 'postgres' : 'pglite';
  let file = resolveUserPath(config, values.out ?? defaultBackupName(kind));
  if (fs.existsSync(file) && fs.statSync(file).isDirectory()) file = path.join(file, defaultBackupName(kind));

  process.stderr.write(`Backing up ${describeDatabase(config)} to ${file}\n`);
  const progress = progressDisplay();
  const started = Date.now();
  try {
    const summary = config.databaseUrl
      ? await backupPostgres(config.databaseUrl, file, { onProgress: progress.listener })
      : await backupDataDir(config.dataDir, file, logger, { onProgress: progress.listener });
    progress.stop();
    process.stdout.write(formatBackupSummary(summary, Date.now() - started));
    return 0;
  } finally {
    progress.stop();
  }
});
