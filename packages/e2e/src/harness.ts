import fs from 'node:fs';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { RunningServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../../server/test/support/database.js';
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

export async function signIn(context: BrowserContext, baseUrl: string, email: string, password: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}/signin`);
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('presence-bar').waitFor();
  return page;
}
