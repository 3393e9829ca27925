import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/client.js';
import { DataDirLockedError } from './db/lock.js';
import { createLogger } from './logger.js';
import { PortInUseError, startServer } from './http/server.js';
import { seedDemoCounty, type SeededAccount } from './demo/seed.js';
import { importDemoRequests } from './import/demo.js';
import { importDemoFaq } from './kb/faq-import.js';

function printAccounts(accounts: SeededAccount[], fromEnvironment: boolean): void {
  const lines = accounts.map((account) => `  ${account.role.padEnd(8)} ${account.email.padEnd(26)} ${fromEnvironment ? '(DEMO_PASSWORD)' : account.password}`);
  // Printed once, on the terminal and not through the logger, so the passwords never reach log storage.
  process.stdout.write(
    `\nDemo county loaded. Sign in with one of these accounts${fromEnvironment ? '' : ' (passwords shown only now)'}:\n${lines.join('\n')}\n\n`,
  );
}

async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      process.exit(1);
    }
    throw error;
  }

  const log = createLogger(config.logLevel);

  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger: log.child({ module: 'db' }) });
  let accounts: SeededAccount[] = [];
  const server = await startServer(config, {
    logger: log,
    database,
    async beforeListen(deps) {
      accounts = await seedDemoCounty(deps, config.demoPassword);
      if (accounts.length > 0) await importDemoRequests(deps, config.demoImportDir);
      if (accounts.length > 0) await importDemoFaq(deps, config.demoImportDir);
    },
  });
  if (accounts.length > 0) printAccounts(accounts, config.demoPassword !== undefined);

  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stop requested');
    const forced = setTimeout(() => {
      log.error('shutdown took longer than 10 s; exiting');
      process.exit(1);
    }, 10_000);
    forced.unref();
    server
      .close()
      .then(() => database.close())
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error({ err: error }, 'shutdown failed');
        process.exit(1);
      });
  };
  // `on`, not `once`: proper-lockfile's exit hook re-sends the signal when it
  // finds itself the only listener left, which would kill the process mid-shutdown.
  process.on('SIGTERM', () => shutdown('SIGTERM'));
  process.on('SIGINT', () => shutdown('SIGINT'));
}

main().catch((error: unknown) => {
  if (error instanceof DataDirLockedError || error instanceof PortInUseError) {
    process.stderr.write(`${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`Start-up failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exit(1);
});
