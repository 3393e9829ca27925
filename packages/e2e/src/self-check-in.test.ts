import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { walkInVisits } from '../../server/src/db/schema.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace, axeViolations } from './harness.js';

const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? null);

describe('self check-in in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let agent: Page;
  let lobby: BrowserContext;
  let tablet: Page;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
    await createTopic(workspace.server.deps, 'Parking', 'Parking Services');
    const account = await createAgent(workspace.server.deps, 'Dana Ortiz');
    agent = await signIn(await browser.newContext(), workspace.server.url, account.email, TEST_PASSWORD);
    await agent.getByTestId('nav-kiosk').click();
    await agent.getByTestId('kiosk-page').waitFor();
    lobby = await browser.newContext({ locale: 'en-US' });
    tablet = await lobby.newPage();
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  /** Expects the form to be back and empty: no field, error or text left from the previous visitor. */
  async function expectEmptyForm(previousName: string): Promise<void> {
    await tablet.getByTestId('checkin-form').waitFor();
    expect(await tablet.getByTestId('checkin-name').inputValue()).toBe('');
    expect(await tablet.getByTestId('checkin-reason').inputValue()).toBe('');
    expect(await tablet.getByTestId('checkin-topic').inputValue()).toBe('');
    expect(await tablet.getByTestId('checkin-error').count()).toBe(0);
    expect(await tablet.locator('body').innerText()).not.toContain(previousName);
    expect(await activeTestId(tablet)).toBe('checkin-name');
  }

  it('visitor checks in in English and Spanish', async () => {
    await tablet.goto(`${workspace.server.url}/check-in`);
    await tablet.getByTestId('checkin-form').waitFor();
    // The queue length arrives in its own request, after the form.
    await tablet.getByTestId('checkin-queue').filter({ hasText: 'People waiting' }).waitFor();
    expect(await tablet.getByTestId('checkin-queue').innerText()).toBe('People waiting now: 0.');
    expect(await activeTestId(tablet)).toBe('checkin-name');
    expect(await axeViolations(tablet)).toEqual([]);

    // An empty submit focuses the error summary, which links each field to its error.
    await tablet.getByTestId('checkin-submit').click();
    const summary = tablet.getByTestId('checkin-error');
    await summary.waitFor();
    expect(await activeTestId(tablet)).toBe('checkin-error');
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await summary.innerText()).toContain('Your name: This field is required.');
    expect(await summary.innerText()).toContain('Why are you here today?: This field is required.');
    expect(await tablet.getByTestId('checkin-name').getAttribute('aria-invalid')).toBe('true');
    expect(await tablet.getByTestId('checkin-name').getAttribute('aria-describedby')).toBe('checkin-name-hint checkin-name-error');
    expect(await tablet.getByTestId('checkin-reason').getAttribute('aria-describedby')).toBe('checkin-reason-hint checkin-reason-error');
    expect(await axeViolations(tablet)).toEqual([]);
    await summary.getByRole('link').nth(1).click();
    expect(await activeTestId(tablet)).toBe('checkin-reason');

    await tablet.getByLabel('Your name').fill('Maria Peña');
    await tablet.getByLabel('Why are you here today?').fill('Residential parking permit');
    await tablet.getByTestId('checkin-topic').selectOption({ label: 'Parking' });
    await tablet.getByTestId('checkin-submit').click();
    await tablet.getByTestId('checkin-done').waitFor();
    expect(await tablet.getByTestId('checkin-ticket').innerText()).toBe('A-001');
    expect(await tablet.getByTestId('checkin-position').innerText()).toBe('You are next in line.');
    expect(await activeTestId(tablet)).toBe('checkin-done-title');
    expect(await tablet.locator('body').innerText()).not.toContain('Maria');
    expect(await axeViolations(tablet)).toEqual([]);

    // The agent's kiosk, in another browser context, shows the visitor without a reload.
    const queue = agent.getByTestId('kiosk-queue-item');
    await expect.poll(() => queue.allInnerTexts()).toEqual([expect.stringContaining('Maria Peña')]);
    expect(await queue.first().getByTestId('kiosk-self-check-in').innerText()).toBe('self check-in · A-001 · English');

    await tablet.getByTestId('checkin-done-button').click();
    await expectEmptyForm('Maria Peña');

    // The next visitor switches to Spanish.
    await tablet.getByTestId('language-es').click();
    expect(await tablet.locator('html').getAttribute('lang')).toBe('es');
    // The form reloads the queue length after each visitor; wait for the new figure.
    await tablet.getByTestId('checkin-queue').filter({ hasText: 'Personas esperando ahora: 1.' }).waitFor();
    expect(await tablet.getByTestId('checkin-queue').innerText()).toBe('Personas esperando ahora: 1.');
    await tablet.getByLabel('Su nombre').fill('José Ruiz');
    await tablet.getByTestId('checkin-submit').click();
    await summary.waitFor();
    expect(await summary.innerText()).toContain('Hay un problema');
    expect(await tablet.getByTestId('field-error-reason').innerText()).toBe('Este campo es obligatorio.');
    expect(await tablet.getByTestId('field-error-name').count()).toBe(0);
    expect(await axeViolations(tablet)).toEqual([]);

    await tablet.getByLabel('¿Por qué viene hoy?').fill('Pagar la factura del agua');
    await tablet.getByTestId('checkin-submit').click();
    await tablet.getByTestId('checkin-done').waitFor();
    expect(await tablet.getByRole('heading', { level: 1 }).innerText()).toBe('Ya está registrado');
    expect(await tablet.getByTestId('checkin-ticket').innerText()).toBe('A-002');
    expect(await tablet.getByTestId('checkin-position').innerText()).toBe('Usted es el número 2 en la fila.');
    expect(await axeViolations(tablet)).toEqual([]);

    await expect.poll(() => queue.allInnerTexts()).toEqual([expect.stringContaining('Maria Peña'), expect.stringContaining('José Ruiz')]);
    expect(await queue.nth(1).getByTestId('kiosk-self-check-in').innerText()).toBe('self check-in · A-002 · Spanish');

    await tablet.getByTestId('checkin-done-button').click();
    await expectEmptyForm('José Ruiz');
    expect(await tablet.getByLabel('Su nombre').count()).toBe(1);

    const rows = await workspace.server.deps.db.select().from(walkInVisits);
    expect(rows.map((row) => [row.visitorName, row.checkedInById, row.ticketNumber, row.language])).toEqual([
      ['Maria Peña', null, 1, 'en'],
      ['José Ruiz', null, 2, 'es'],
    ]);
  });

  it('confirmation clears itself after 20 seconds', async () => {
    const page = await lobby.newPage();
    await page.clock.install();
    await page.goto(`${workspace.server.url}/check-in?lang=en`);
    await page.getByTestId('checkin-form').waitFor();
    await page.getByLabel('Your name').fill('Tess Timer');
    await page.getByLabel('Why are you here today?').fill('Dog license');
    await page.getByTestId('checkin-submit').click();
    await page.getByTestId('checkin-done').waitFor();
    expect(await page.getByTestId('checkin-countdown').innerText()).toContain('20 seconds');

    await page.clock.runFor(10_000);
    expect(await page.getByTestId('checkin-countdown').innerText()).toContain('10 seconds');
    expect(await page.getByTestId('checkin-ticket').innerText()).toBe('A-003');

    await page.clock.runFor(10_000);
    await page.getByTestId('checkin-form').waitFor();
    expect(await page.getByTestId('checkin-done').count()).toBe(0);
    expect(await page.getByTestId('checkin-name').inputValue()).toBe('');
    expect(await page.locator('body').innerText()).not.toContain('A-003');
    await page.close();
  });
});
