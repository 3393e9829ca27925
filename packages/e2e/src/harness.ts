import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { loadConfig } from '../../server/src/config.js';
import { openDatabase, type DatabaseHandle } from '../../server/src/db/client.js';
import { startServer, type RunningServer } from '../../server/src/http/server.js';
import { createScratchDatabase, openTestDatabase, silentLogger, type TestDatabase } from '../../server/test/support/database.js';
import { startTestServer } from '../../server/test/support/server.js';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const webDist = path.resolve(import.meta.dirname, '../../web/dist');

/** Fails with instructions instead of skipping, so a machine without Chromium cannot pass silently. */
export function requireBrowserAndBuild(): void {
  if (!fs.existsSync(CHROMIUM_PATH)) {
    throw new Error(`Chromium not found at ${CHROMIUM_PATH}. Install Debian's package: apt-get install chromium`);
  }
  if (!fs.existsSync(path.join(webDist, 'index.html'))) {
    throw new Error(`The web client is not built in ${webDist}. Run pnpm build (pnpm test does it first).`);
  }
}

const axeSource = fs.readFileSync(createRequire(import.meta.url).resolve('axe-core'), 'utf8');

/**
 * Loads axe-core into the page. It is evaluated through the DevTools protocol
 * rather than added as a script tag, because the server's Content-Security-Policy
 * (script-src 'self') blocks inline scripts, and the pages are checked under it.
 */
export async function injectAxe(page: Page): Promise<void> {
  if (await page.evaluate(() => 'axe' in window)) return;
  await page.evaluate(axeSource);
}

type AxeResult = { violations: { id: string; help: string; nodes: { target: string[] }[] }[] };

/**
 * Runs axe-core with the WCAG 2.0 and 2.1 A and AA rules on the element that
 * `selector` matches, or on the whole page, and returns one line per violation.
 */
export async function axeViolations(page: Page, selector?: string): Promise<string[]> {
  await injectAxe(page);
  return page.evaluate(async (scope) => {
    const axe = (window as unknown as { axe: { run: (context: Document | Element, options: object) => Promise<AxeResult> } }).axe;
    const context = scope === null ? document : document.querySelector(scope);
    if (context === null) throw new Error(`axe: nothing matches ${scope}`);
    const result = await axe.run(context, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  }, selector ?? null);
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

export type Workspace = { database: TestDatabase; server: RunningServer };

/** Starts the real server with the built client over an in-memory PGlite database. */
export async function startWorkspace(): Promise<Workspace> {
  const database = await openTestDatabase('pglite');
  const server = await startTestServer(database, { WEB_DIST: webDist });
  return { database, server };
}

/**
 * Opens a page in `context` and signs in. `prepare` runs on the new page
 * before it loads anything, for example to route its WebSocket.
 */
export async function signIn(
  context: BrowserContext,
  baseUrl: string,
  email: string,
  password: string,
  prepare?: (page: Page) => Promise<void>,
): Promise<Page> {
  const page = await context.newPage();
  await prepare?.(page);
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('presence-bar').waitFor();
  return page;
}

/**
 * Storage that outlives one server: PGlite files in a temporary DATA_DIR, or a
 * scratch PostgreSQL database when DATABASE_URL is set. A server started on it
 * with startServerOnStorage reads what earlier servers stored.
 */
export type DurableStorage = {
  kind: 'pglite' | 'postgres';
  dataDir: string;
  databaseUrl: string | undefined;
  /** Deletes the folder or drops the scratch database. Stop every server on it first. */
  remove(): Promise<void>;
};

export async function createDurableStorage(): Promise<DurableStorage> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'civic-desk-e2e-'));
  const scratch = process.env.DATABASE_URL ? await createScratchDatabase() : undefined;
  return {
    kind: scratch ? 'postgres' : 'pglite',
    dataDir,
    databaseUrl: scratch?.url,
    async remove() {
      await scratch?.drop();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type StoppableServer = { server: RunningServer; database: DatabaseHandle; stop(): Promise<void> };

/**
 * Starts the real server with the built client over `storage`, opening and
 * closing the database as packages/server/src/main.ts does. `port` 0 picks a
 * free port. Every server on one storage needs the same `sessionSecret`,
 * because sessions are stored as an HMAC of their token.
 */
export async function startServerOnStorage(storage: DurableStorage, options: { port: number; sessionSecret: string }): Promise<StoppableServer> {
  const config = loadConfig({
    PORT: String(options.port),
    HOST: '127.0.0.1',
    SESSION_SECRET: options.sessionSecret,
    LOG_LEVEL: 'silent',
    WEB_DIST: webDist,
    DATA_DIR: storage.dataDir,
    ...(storage.databaseUrl ? { DATABASE_URL: storage.databaseUrl } : {}),
  });
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir, logger: silentLogger });
  let server: RunningServer;
  try {
    server = await startServer(config, { logger: silentLogger, database });
  } catch (error) {
    await database.close();
    throw error;
  }
  return {
    server,
    database,
    async stop() {
      await server.close();
      await database.close();
    },
  };
}
