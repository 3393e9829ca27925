import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { kudos, rateLimitHits } from '../../server/src/db/schema.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace, axeViolations } from './harness.js';

/** Returns the current month (YYYY-MM) in the test server's zone, America/Denver. */
function currentMonth(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Denver', year: 'numeric', month: '2-digit' }).format(new Date());
}

describe('kudos in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });
  beforeEach(async () => {
    await context?.close();
    await workspace.server.deps.db.delete(rateLimitHits);
    await workspace.server.deps.db.delete(kudos);
    context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
  });

  async function openKudosPage(language: 'en' | 'es'): Promise<void> {
    await page.goto(`${workspace.server.url}/kudos?lang=${language}`);
    await page.getByTestId('kudos-form').waitFor();
  }

  async function submitAndWaitForThanks(): Promise<void> {
    await page.getByTestId('kudos-submit').click();
    await page.locator('[data-testid="kudos-thanks"], [data-testid="kudos-error"]').first().waitFor();
    expect(await page.getByTestId('kudos-error').allInnerTexts()).toEqual([]);
  }

  it('public page passes axe in both languages', async () => {
    await openKudosPage('en');
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Thank a staff member');
    expect(await page.getByTestId('public-kudos-link').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('kudos-reference').fill('yesterday');
    await page.getByTestId('kudos-submit').click();
    const summary = page.getByTestId('kudos-error');
    await summary.waitFor();
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await page.getByTestId('kudos-employee-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('kudos-employee-name').getAttribute('aria-describedby')).toContain('kudos-employeeName-error');
    expect(await page.getByTestId('kudos-reference').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('field-error-inquiryReference').innerText()).toContain('Q-000123');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('language-es').click();
    expect(await summary.innerText()).toContain('Hay un problema');
    expect(await page.getByTestId('field-error-employeeName').innerText()).toBe('Este campo es obligatorio.');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await axeViolations(page)).toEqual([]);

    await openKudosPage('es');
    expect(await page.getByLabel('¿Quién le ayudó?').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    expect(await workspace.server.deps.db.select().from(kudos)).toHaveLength(0);
  });

  it('answers page links to the kudos page', async () => {
    await page.goto(`${workspace.server.url}/answers`);
    await page.getByTestId('public-kudos-link').click();
    await page.getByTestId('kudos-form').waitFor();
    expect(new URL(page.url()).pathname).toBe('/kudos');
  });

  it('resident thanks, manager approves and prints', async () => {
    const dana = await createAgent(workspace.server.deps, 'Dana Rivera');
    const manager = await createAgent(workspace.server.deps, 'Morgan Manager', 'manager');
    await createAgent(workspace.server.deps, 'Sam Okafor');

    // A resident writes in Spanish, another in English.
    await openKudosPage('es');
    await page.getByLabel('¿Quién le ayudó?').fill('Dana en el mostrador');
    await page.getByLabel('Su mensaje').fill('Me explicó todo con mucha paciencia.');
    await page.getByLabel('Su nombre').fill('Rosa Martinez');
    await submitAndWaitForThanks();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Gracias por sus amables palabras');

    await page.getByTestId('kudos-another').click();
    await page.getByTestId('language-en').click();
    await page.getByLabel('Who helped you?').fill('the man who answered the phone');
    await page.getByLabel('Your message').fill('He called me back the same day.');
    await submitAndWaitForThanks();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Thank you for your kind words');
    expect(await workspace.server.deps.db.select().from(kudos)).toHaveLength(2);

    // An agent has no kudos link.
    const agentContext = await browser.newContext({ locale: 'en-US' });
    const agentPage = await signIn(agentContext, workspace.server.url, dana.email, TEST_PASSWORD);
    expect(await agentPage.getByTestId('nav-kudos').count()).toBe(0);
    await agentContext.close();

    const managerContext = await browser.newContext({ locale: 'en-US' });
    const managerPage = await signIn(managerContext, workspace.server.url, manager.email, TEST_PASSWORD);
    await managerPage.getByTestId('nav-kudos').click();
    const pendingItems = managerPage.getByTestId('kudos-pending-item');
    await pendingItems.first().waitFor();
    expect(await pendingItems.count()).toBe(2);

    // Newest first: the English kudos, which names no staff member, has no suggestion.
    const english = pendingItems.filter({ hasText: 'He called me back' });
    const spanish = pendingItems.filter({ hasText: 'Me explicó todo' });
    expect(await english.getByTestId('kudos-staff-select').inputValue()).toBe('');
    expect(await spanish.getByTestId('kudos-staff-select').inputValue()).toBe(dana.id);
    expect(await spanish.innerText()).toContain('Rosa Martinez');

    // Approving without a staff member is refused on the page.
    await english.getByTestId('kudos-approve').click();
    expect(await english.getByTestId('kudos-review-error').innerText()).toContain('Choose the staff member');

    await spanish.getByTestId('kudos-approve').click();
    const approvedRow = managerPage.getByTestId('kudos-approved-row');
    await approvedRow.waitFor();
    expect(await approvedRow.innerText()).toContain('Dana Rivera');
    expect(await pendingItems.count()).toBe(1);

    await english.getByTestId('kudos-decline-reason').fill('Not enough detail to find the person');
    await english.getByTestId('kudos-decline').click();
    await managerPage.getByTestId('kudos-pending-empty').waitFor();

    // The certificate downloads with the manager's session.
    const certificateHref = await approvedRow.getByTestId('kudos-certificate-link').getAttribute('href');
    expect(certificateHref).toMatch(/^\/kudos\/[0-9a-f-]{36}\/certificate\.pdf$/);
    const certificate = await managerPage.request.get(`${workspace.server.url}${certificateHref}`);
    expect(certificate.status()).toBe(200);
    expect(certificate.headers()['content-type']).toBe('application/pdf');
    expect((await certificate.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // This month's newsletter list shows the approved kudos with the first name only.
    const newsletter = managerPage.getByTestId('kudos-newsletter');
    expect(await managerPage.getByTestId('kudos-month').inputValue()).toBe(currentMonth());
    const group = newsletter.getByTestId('kudos-newsletter-group');
    await group.waitFor();
    expect(await group.count()).toBe(1);
    const groupText = await group.innerText();
    expect(groupText).toContain('Dana Rivera');
    expect(groupText).toContain('Me explicó todo con mucha paciencia.');
    expect(groupText).toContain('Rosa');
    expect(await newsletter.innerText()).not.toContain('Martinez');
    expect(await newsletter.innerText()).not.toContain('He called me back');

    const csvHref = await managerPage.getByTestId('kudos-newsletter-csv').getAttribute('href');
    expect(csvHref).toBe(`/kudos/newsletter.csv?month=${currentMonth()}`);
    const csv = await managerPage.request.get(`${workspace.server.url}${csvHref}`);
    expect(csv.status()).toBe(200);
    const csvText = await csv.text();
    expect(csvText).toContain('Dana Rivera');
    expect(csvText).not.toContain('Martinez');

    // Printing hides everything but the list.
    await managerPage.emulateMedia({ media: 'print' });
    expect(await managerPage.getByTestId('kudos-approved').isVisible()).toBe(false);
    expect(await group.isVisible()).toBe(true);
    await managerPage.emulateMedia({ media: 'screen' });

    // Another month is empty.
    await managerPage.getByTestId('kudos-month').fill('2020-01');
    await managerPage.getByTestId('kudos-newsletter-empty').waitFor();
    await managerContext.close();
  });
});
