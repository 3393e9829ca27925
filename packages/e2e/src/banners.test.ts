import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { applyForBanner, saveBannerLocation, type BannerLocationView } from '../../server/src/banners/service.js';
import { addDays, localToday } from '../../server/src/banners/dates.js';
import type { Actor } from '../../server/src/core/deps.js';
import { bannerApplications, bannerLocations, rateLimitHits } from '../../server/src/db/schema.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace, axeViolations } from './harness.js';

describe('banner permits in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let manager: Actor;
  let agent: Actor;
  let mainStreet: BannerLocationView;
  let zuniRoad: BannerLocationView;
  let today: string;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
    const deps = workspace.server.deps;
    manager = await createAgent(deps, 'Morgan Manager', 'manager');
    agent = await createAgent(deps, 'Alex Agent');
    const main = await saveBannerLocation(deps, manager, undefined, { name: 'Main St over I-25', capacity: 2, maxDays: 7, active: true });
    const zuni = await saveBannerLocation(deps, manager, undefined, { name: 'Zuni Rd over I-40', capacity: 1, maxDays: 5, active: true });
    if (main.kind !== 'ok' || zuni.kind !== 'ok') throw new Error('overpasses not saved');
    mainStreet = main.location;
    zuniRoad = zuni.location;
    today = localToday(deps.centerTimeZone);
  });
  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });
  beforeEach(async () => {
    await context?.close();
    await workspace.server.deps.db.delete(rateLimitHits);
    await workspace.server.deps.db.delete(bannerApplications);
    context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
  });

  async function fillApplication(values: { locationId: string; startsOn: string; endsOn: string; eventName: string; name: string; email: string }): Promise<void> {
    await page.getByTestId('banner-location').selectOption(values.locationId);
    await page.getByTestId('banner-starts-on').fill(values.startsOn);
    await page.getByTestId('banner-ends-on').fill(values.endsOn);
    await page.getByTestId('banner-event-name').fill(values.eventName);
    await page.getByTestId('banner-name').fill(values.name);
    await page.getByTestId('banner-email').fill(values.email);
  }

  async function submitAndWait(): Promise<void> {
    await page.getByTestId('banner-submit').click();
    await page.locator('[data-testid="banner-received"], [data-testid="banner-error"], [data-testid="banner-refused"]').first().waitFor();
  }

  it('public footer links to both permit pages', async () => {
    await page.goto(`${workspace.server.url}/answers?lang=en`);
    await page.getByTestId('public-banners-link').click();
    await page.getByTestId('banner-form').waitFor();
    expect(new URL(page.url()).pathname).toBe('/banners');
    await page.getByTestId('public-lemon-lot-link').click();
    await page.getByTestId('lemon-form').waitFor();
    expect(new URL(page.url()).pathname).toBe('/lemon-lot');
  });

  it('resident applies in English and sees the status', async () => {
    await page.goto(`${workspace.server.url}/banners?lang=en`);
    await page.getByTestId('banner-form').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Apply for a banner permit');
    expect(await axeViolations(page)).toEqual([]);

    // Missing fields are listed in the summary.
    await page.getByTestId('banner-submit').click();
    await page.getByTestId('banner-error').waitFor();
    expect(await page.getByTestId('banner-event-name').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('field-error-email').innerText()).toBe('Give an e-mail address or a phone number.');
    expect(await axeViolations(page)).toEqual([]);

    await fillApplication({ locationId: mainStreet.id, startsOn: addDays(today, 10), endsOn: addDays(today, 12), eventName: 'Spring fair', name: 'Rosa Martinez', email: 'rosa@example.org' });
    await submitAndWait();
    const reference = await page.getByTestId('banner-reference').innerText();
    expect(reference).toMatch(/^BP-\d{6}$/);
    const [stored] = await workspace.server.deps.db.select().from(bannerApplications);
    expect(stored.reference).toBe(reference);
    expect(stored.channel).toBe('web');
    expect(stored.startsOn).toBe(addDays(today, 10));
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('banner-status-link').click();
    await page.getByTestId('banner-status-state').waitFor();
    expect(await page.getByTestId('banner-status-state').innerText()).toBe('Waiting for review');
    expect(await page.getByTestId('banner-status').innerText()).not.toContain('rosa@example.org');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('resident applies in Spanish', async () => {
    await page.goto(`${workspace.server.url}/banners?lang=es`);
    await page.getByTestId('banner-form').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Solicite un permiso de pancarta');
    expect(await page.getByLabel('Paso elevado').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('banner-location').selectOption(zuniRoad.id);
    expect(await page.locator('main').innerText()).toContain('Zuni Rd over I-40: hasta 1 pancarta al día, como máximo 5 días');
    await page.getByTestId('banner-location').selectOption(mainStreet.id);
    expect(await page.locator('main').innerText()).toContain('Main St over I-25: hasta 2 pancartas al día, como máximo 7 días');

    // A card number in the organization is refused in Spanish, and nothing is stored.
    await fillApplication({ locationId: mainStreet.id, startsOn: addDays(today, 20), endsOn: addDays(today, 21), eventName: 'Feria de primavera', name: 'Ana López', email: 'ana@example.org' });
    await page.getByTestId('banner-organization').fill('4111 1111 1111 1111');
    await submitAndWait();
    expect(await page.getByTestId('banner-error').innerText()).toContain('No escriba un número de tarjeta aquí');
    expect(await page.getByTestId('banner-organization').getAttribute('aria-invalid')).toBe('true');
    expect(await workspace.server.deps.db.select().from(bannerApplications)).toHaveLength(0);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('banner-organization').fill('Club de Leones');
    await submitAndWait();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Recibimos su solicitud');
    expect(await workspace.server.deps.db.select().from(bannerApplications)).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('full overpass offers the next free dates', async () => {
    const taken = await applyForBanner(
      workspace.server.deps,
      { locationId: zuniRoad.id, startsOn: addDays(today, 10), endsOn: addDays(today, 11), eventName: 'Book sale', name: 'Sam Lee', email: 'sam@example.org' },
      { channel: 'phone', actor: agent },
    );
    expect(taken.kind).toBe('received');

    await page.goto(`${workspace.server.url}/banners?lang=en`);
    await page.getByTestId('banner-form').waitFor();
    await fillApplication({ locationId: zuniRoad.id, startsOn: addDays(today, 9), endsOn: addDays(today, 10), eventName: 'Car wash', name: 'Lee Park', email: 'lee@example.org' });
    await submitAndWait();
    const refused = page.getByTestId('banner-refused');
    expect(await refused.innerText()).toContain('The overpass is full on some of those dates');
    const offers = page.getByTestId('use-free-dates');
    expect(await offers.count()).toBe(3);
    expect(await offers.first().innerText()).toBe(`Use ${addDays(today, 12)} to ${addDays(today, 13)}`);
    expect(await axeViolations(page)).toEqual([]);

    await offers.first().click();
    expect(await page.getByTestId('banner-starts-on').inputValue()).toBe(addDays(today, 12));
    await submitAndWait();
    await page.getByTestId('banner-received').waitFor();
    // e2e has no drizzle-orm of its own, so rows are filtered here.
    const stored = (await workspace.server.deps.db.select().from(bannerApplications)).filter((row) => row.eventName === 'Car wash');
    expect(stored.map((row) => row.startsOn)).toEqual([addDays(today, 12)]);

    // The same refusal in Spanish.
    await page.goto(`${workspace.server.url}/banners?lang=es`);
    await page.getByTestId('banner-form').waitFor();
    await fillApplication({ locationId: zuniRoad.id, startsOn: addDays(today, 10), endsOn: addDays(today, 10), eventName: 'Rifa', name: 'Ana López', email: 'ana@example.org' });
    await submitAndWait();
    expect(await page.getByTestId('banner-refused').innerText()).toContain('Estas fechas siguen libres');
  });

  it('kiosk application from the check-in page is a walk-in', async () => {
    await page.goto(`${workspace.server.url}/check-in?lang=en`);
    await page.getByTestId('checkin-banner-link').click();
    await page.getByTestId('banner-kiosk-note').waitFor();
    expect(new URL(page.url()).search).toBe('?kiosk=1');
    expect(await page.getByTestId('public-kudos-link').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await fillApplication({ locationId: mainStreet.id, startsOn: addDays(today, 30), endsOn: addDays(today, 30), eventName: 'Blood drive', name: 'Kim Ortiz', email: 'kim@example.org' });
    await submitAndWait();
    await page.getByTestId('banner-back-to-check-in').waitFor();
    const [stored] = await workspace.server.deps.db.select().from(bannerApplications);
    expect(stored.channel).toBe('walk_in');
  });

  it('agent approves and declines, calendar shows the banner', async () => {
    const deps = workspace.server.deps;
    const first = await applyForBanner(deps, { locationId: mainStreet.id, startsOn: addDays(today, 14), endsOn: addDays(today, 15), eventName: 'Rodeo', name: 'Rosa Martinez', email: 'rosa@example.org' }, { channel: 'web' });
    const second = await applyForBanner(deps, { locationId: mainStreet.id, startsOn: addDays(today, 14), endsOn: addDays(today, 14), eventName: 'Garage sale', name: 'Sam Lee', phone: '505-555-0100' }, { channel: 'web' });
    if (first.kind !== 'received' || second.kind !== 'received') throw new Error('applications not received');

    const agentContext = await browser.newContext({ locale: 'en-US' });
    const agentPage = await signIn(agentContext, workspace.server.url, agent.email, TEST_PASSWORD);
    await agentPage.goto(`${workspace.server.url}/counter/banners`);
    const rows = agentPage.getByTestId('banners-pending-row');
    await rows.first().waitFor();
    expect(await rows.count()).toBe(2);
    expect(await agentPage.getByRole('heading', { name: 'Overpasses' }).count()).toBe(0);
    expect(await axeViolations(agentPage)).toEqual([]);

    const rodeo = rows.filter({ hasText: 'Rodeo' });
    expect(await rodeo.innerText()).toContain('rosa@example.org');
    await rodeo.getByTestId('banner-approve').click();
    await agentPage.getByTestId('banners-notice').filter({ hasText: 'approved' }).waitFor();

    // Declining without a note is refused; with one it frees the day.
    const garage = agentPage.getByTestId('banners-pending-row').filter({ hasText: 'Garage sale' });
    await garage.getByTestId('banner-decline').click();
    await agentPage.getByTestId('banners-notice').filter({ hasText: 'note is required' }).waitFor();
    await garage.getByTestId('banner-decision-note').fill('Another event already holds that week.');
    await garage.getByTestId('banner-decline').click();
    await agentPage.getByTestId('banners-notice').filter({ hasText: 'declined' }).waitFor();
    await agentPage.getByTestId('banners-pending-empty').waitFor();

    const statuses = await deps.db.select({ eventName: bannerApplications.eventName, status: bannerApplications.status, note: bannerApplications.decisionNote }).from(bannerApplications);
    expect(statuses.sort((a, b) => a.eventName.localeCompare(b.eventName))).toEqual([
      { eventName: 'Garage sale', status: 'declined', note: 'Another event already holds that week.' },
      { eventName: 'Rodeo', status: 'approved', note: null },
    ]);

    const day = addDays(today, 14);
    await agentPage.getByTestId('banner-calendar-month').fill(day.slice(0, 7));
    const mainRow = agentPage.getByTestId('banner-calendar-row').filter({ hasText: 'Main St over I-25' });
    await mainRow.getByTestId(`banner-day-${day}`).filter({ hasText: '1/2' }).waitFor();
    expect(await agentPage.getByTestId('banner-calendar-entries').innerText()).toContain('Rodeo');
    expect(await agentPage.getByTestId('banner-calendar-entries').innerText()).not.toContain('Garage sale');
    expect(await axeViolations(agentPage)).toEqual([]);

    // The resident's status page shows the decline and its note.
    await page.goto(`${workspace.server.url}/banners/status/${second.statusToken}?lang=en`);
    await page.getByTestId('banner-status-state').waitFor();
    expect(await page.getByTestId('banner-status-state').innerText()).toBe('Declined');
    expect(await page.getByTestId('banner-status-note').innerText()).toBe('Another event already holds that week.');
    await agentContext.close();
  });

  it('manager edits an overpass', async () => {
    const managerContext = await browser.newContext({ locale: 'en-US' });
    const managerPage = await signIn(managerContext, workspace.server.url, manager.email, TEST_PASSWORD);
    await managerPage.goto(`${workspace.server.url}/counter/banners`);
    const form = managerPage.locator('[data-testid="banner-location-form"][data-location="Zuni Rd over I-40"]');
    await form.waitFor();
    expect(await axeViolations(managerPage)).toEqual([]);
    await form.getByTestId('banner-location-capacity').fill('3');
    await form.getByTestId('banner-location-save').click();
    await managerPage.getByTestId('banners-notice').filter({ hasText: 'Zuni Rd over I-40 saved.' }).waitFor();
    const saved = (await workspace.server.deps.db.select().from(bannerLocations)).find((row) => row.id === zuniRoad.id)!;
    expect(saved.capacity).toBe(3);

    await managerPage.locator('[data-testid="banner-location-form"][data-location="new"]').getByTestId('banner-location-name').fill('Coors Blvd over I-40');
    await managerPage.locator('[data-testid="banner-location-form"][data-location="new"]').getByTestId('banner-location-save').click();
    await managerPage.getByTestId('banners-notice').filter({ hasText: 'Coors Blvd over I-40 saved.' }).waitFor();
    expect(await workspace.server.deps.db.select().from(bannerLocations)).toHaveLength(3);
    await managerContext.close();
  });
});
