import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { RunningServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../../server/test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { startTestServer } from '../../server/test/support/server.js';
import { launchChromium, requireBrowserAndBuild, signIn, webDist } from './harness.js';

const PUBLIC_PAGES = ['/signin', '/ask', '/answers', '/check-in', '/kudos', '/status/AAAAAAAAAAAAAAAAAAAAAAAA', '/survey/AAAAAAAAAAAAAAAAAAAAAAAA'];
const STAFF_PAGES = ['/', '/kb', '/rotation', '/phone', '/kiosk', '/outbox', '/api-keys', '/reports', '/kudos-review'];

/** Records Content-Security-Policy violations of every document the page loads. */
async function watchViolations(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const violations: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = violations;
    document.addEventListener('securitypolicyviolation', (event) => violations.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
}

const violationsOf = (page: Page) => page.evaluate(() => (window as unknown as { cspViolations: string[] }).cspViolations);

describe('security in the browser', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    requireBrowserAndBuild();
    database = await openTestDatabase('pglite');
    server = await startTestServer(database, { WEB_DIST: webDist });
    browser = await launchChromium();
    await createTopic(server.deps, 'Potholes', 'Street Maintenance');
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await server?.close();
    await database?.close();
  });

  it('pages run under the CSP without violations', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await watchViolations(page);
    for (const path of PUBLIC_PAGES) {
      const response = await page.goto(`${server.url}${path}`);
      expect(response?.headers()['content-security-policy'], path).toContain("script-src 'self'");
      await page.locator('main').first().waitFor();
      expect(await violationsOf(page), path).toEqual([]);
    }

    const manager = await createAgent(server.deps, 'Csp Manager', 'manager');
    const staffPage = await signIn(context, server.url, manager.email, TEST_PASSWORD, watchViolations);
    for (const path of STAFF_PAGES) {
      await staffPage.goto(`${server.url}${path}`);
      await staffPage.getByTestId('presence-bar').waitFor();
      await staffPage.locator('main').first().waitFor();
      expect(await violationsOf(staffPage), path).toEqual([]);
    }
    await context.close();
  });

  it('CSP blocks an injected inline script', async () => {
    context = await browser.newContext();
    const page = await context.newPage();
    await watchViolations(page);
    await page.goto(`${server.url}/ask`);
    await page.locator('main').first().waitFor();
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.injectedScriptRan = true;';
      document.body.append(script);
    });
    await expect.poll(() => violationsOf(page)).toEqual([expect.stringMatching(/^script-src/)]);
    expect(await page.evaluate(() => (window as unknown as { injectedScriptRan?: boolean }).injectedScriptRan)).toBeUndefined();
    await context.close();
  });

  it('sign-in page shows the lockout', async () => {
    const agent = await createAgent(server.deps, 'Locked Browser Agent');
    context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${server.url}/signin`);
    await page.getByLabel('E-mail').fill(agent.email);
    for (let attempt = 1; attempt <= 5; attempt += 1) {
      await page.getByLabel('Password').fill(`wrong password ${attempt}`);
      await page.getByTestId('signin-submit').click();
      const expected = attempt < 5 ? 'E-mail or password is incorrect' : 'locked after 5 failed sign-ins';
      await expect.poll(() => page.getByTestId('signin-error').innerText()).toContain(expected);
    }
    await page.getByLabel('Password').fill(TEST_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await expect.poll(() => page.getByTestId('signin-error').innerText()).toMatch(/locked .* Try again in 1[0-5] minutes|locked .* Try again in [1-9] minutes?/);
    expect(await page.getByTestId('presence-bar').count()).toBe(0);
    await context.close();
  });
});
