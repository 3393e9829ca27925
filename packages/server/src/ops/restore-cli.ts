import { detectBackupKind } from './backup.js';
import { formatRowCounts, parseCommandLine, progressDisplay, resolveUserPath, runOpsCommand, totalRows, UsageError } from './cli.js';
import { OpsError } from './postgres-tools.js';
import { restoreDataDir, restorePostgres } from './restore.js';

/**
 * `pnpm restore FILE [--into URL | --data-dir DIR] [--force]`: restores a
 * backup into an empty database. Exit status 0 on success, 1 when the
 * restore could not run or failed.
 */

const usage = `Usage: pnpm restore FILE [--into DATABASE_URL | --data-dir DIR] [--force]

Restores a backup made by pnpm backup into an empty target. A .dump file
(pg_dump custom format) goes into PostgreSQL with pg_restore, in one
transaction; a .tar.gz file (embedded database) goes into a data folder.
Migrations are not applied: the server applies them when it starts on the
restored database.

Options:
  --into URL      PostgreSQL database to restore into (default: DATABASE_URL).
                  Create it first, for example with createdb.
  --data-dir DIR  folder to restore an embedded database into (default: DATA_DIR)
  --force         restore into a target that already contains data. PostgreSQL:
                  drop and replace the objects the backup contains, keeping
                  others. Data folder: delete its database first.
  -h, --help      print this help and exit
`;

runOpsCommand(usage, async ({ config, logger }) => {
  const { values, positionals } = parseCommandLine({
    args: process.argv.slice(2),
    options: {
      into: { type: 'string' },
      'data-dir': { type: 'string' },
      force: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) {
    process.stdout.write(usage);
    return 0;
  }
  if (positionals.length !== 1) throw new UsageError(`Expected one backup file, got ${positionals.length}.`);
  if (values.into !== undefined && values['data-dir'] !== undefined) throw new UsageError('Give either --into or --data-dir, not both.');
  if (values.into !== undefined && !/^postgres(ql)?:\/\//.test(values.into)) throw new UsageError('--into must be a PostgreSQL URL starting with postgres:// or postgresql://.');

  const file = resolveUserPath(config, positionals[0]);
  const kind = detectBackupKind(file);
  const progress = progressDisplay();
  try {
    let summary;
    if (kind === 'postgres') {
      if (values['data-dir'] !== undefined) throw new OpsError(`${file} is a pg_dump file; restore it into PostgreSQL with --into URL.`);
      const url = values.into ?? config.databaseUrl;
      if (!url) throw new UsageError(`${file} is a pg_dump file: give the target database with --into URL or DATABASE_URL.`);
      summary = await restorePostgres(file, url, { force: values.force, onProgress: progress.listener });
    } else {
      if (values.into !== undefined) throw new OpsError(`${file} is an embedded-database tarball; restore it into a folder with --data-dir DIR.`);
      const dataDir = values['data-dir'] !== undefined ? resolveUserPath(config, values['data-dir']) : config.dataDir;
      summary = await restoreDataDir(file, dataDir, logger, { force: values.force, onProgress: progress.listener });
    }
    progress.stop();
    const fingerprint = summary.fingerprint;
    process.stdout.write(
      [
        `Restored ${file}`,
        `  into:       ${summary.target}`,
        `  tables:     ${fingerprint.tables.length}`,
        `  rows:       ${totalRows(fingerprint)}`,
        `  migrations: ${fingerprint.migrations.length} applied (the server applies newer ones when it starts)`,
        '',
        formatRowCounts(fingerprint),
        '',
      ].join('\n'),
    );
    return 0;
  } finally {
    progress.stop();
  }
});
