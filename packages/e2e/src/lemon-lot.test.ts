import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { addDays, localToday } from '../../server/src/banners/dates.js';
import type { Actor } from '../../server/src/core/deps.js';
import { lemonLotPermits, lemonLotSettings, rateLimitHits } from '../../server/src/db/schema.js';
import { applyForLemonLot, cancelLemonLotPermit, updateLemonLotSettings } from '../../server/src/lemonlot/service.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace, axeViolations } from './harness.js';

describe('lemon lot in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let manager: Actor;
  let agent: Actor;
  let today: string;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
    manager = await createAgent(workspace.server.deps, 'Morgan Manager', 'manager');
    agent = await createAgent(workspace.server.deps, 'Alex Agent');
    today = localToday(workspace.server.deps.centerTimeZone);
  });
  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });
  beforeEach(async () => {
    await context?.close();
    const db = workspace.server.deps.db;
    await db.delete(rateLimitHits);
    await db.delete(lemonLotPermits);
    await db.delete(lemonLotSettings);
    await updateLemonLotSettings(workspace.server.deps, manager, { capacity: 1, maxDays: 14, reminderDays: 3 });
    context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
  });

  async function fillPermit(values: { make: string; model: string; plate: string; startsOn: string; endsOn: string; name: string; email: string }): Promise<void> {
    await page.getByTestId('lemon-vehicleMake').fill(values.make);
    await page.getByTestId('lemon-vehicleModel').fill(values.model);
    await page.getByTestId('lemon-plate').fill(values.plate);
    await page.getByTestId('lemon-startsOn').fill(values.startsOn);
    await page.getByTestId('lemon-endsOn').fill(values.endsOn);
    await page.getByTestId('lemon-name').fill(values.name);
    await page.getByTestId('lemon-email').fill(values.email);
  }

  async function submitAndWait(): Promise<void> {
    await page.getByTestId('lemon-submit').click();
    await page.locator('[data-testid="lemon-received"], [data-testid="lemon-error"], [data-testid="lemon-refused"]').first().waitFor();
  }

  it('resident applies in English and Spanish', async () => {
    await page.goto(`${workspace.server.url}/lemon-lot?lang=en`);
    await page.getByTestId('lemon-form').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Apply for a lemon lot space');
    expect(await page.locator('main').innerText()).toContain('The lot has 1 space. A permit lasts at most 14 days.');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('lemon-vin').fill('short');
    await page.getByTestId('lemon-submit').click();
    await page.getByTestId('lemon-error').waitFor();
    expect(await page.getByTestId('lemon-plate').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('lemon-vin').fill('');

    await fillPermit({ make: 'Toyota', model: 'Corolla', plate: 'abc-123', startsOn: addDays(today, 2), endsOn: addDays(today, 5), name: 'Rosa Martinez', email: 'rosa@example.org' });
    await submitAndWait();
    expect(await page.getByTestId('lemon-reference').innerText()).toMatch(/^LL-\d{6}$/);
    expect(await page.getByTestId('lemon-received').innerText()).toContain('ABC-123');
    expect(await axeViolations(page)).toEqual([]);

    await page.goto(`${workspace.server.url}/lemon-lot?lang=es`);
    await page.getByTestId('lemon-form').waitFor();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Solicite un espacio en el lote de venta');
    expect(await page.locator('main').innerText()).toContain('El lote tiene 1 espacio. Un permiso dura como máximo 14 días.');
    expect(await axeViolations(page)).toEqual([]);

    // A card number in free text is refused in the visitor's language.
    await fillPermit({ make: '4111 1111 1111 1111', model: 'Civic', plate: 'XYZ 999', startsOn: addDays(today, 7), endsOn: addDays(today, 8), name: 'Ana López', email: 'ana@example.org' });
    await submitAndWait();
    expect(await page.getByTestId('lemon-error').innerText()).toContain('No escriba un número de tarjeta aquí');
    expect(await page.getByTestId('lemon-vehicleMake').getAttribute('aria-invalid')).toBe('true');
    expect(await axeViolations(page)).toEqual([]);

    // The plate granted above: the refusal does not show that permit's number.
    await page.getByTestId('lemon-vehicleMake').fill('Toyota');
    await page.getByTestId('lemon-plate').fill('ABC 123');
    await page.getByTestId('lemon-startsOn').fill(addDays(today, 3));
    await page.getByTestId('lemon-endsOn').fill(addDays(today, 3));
    await submitAndWait();
    const held = await page.getByTestId('lemon-error').innerText();
    expect(held).toContain('Este auto ya tiene un permiso del lote para algunas de esas fechas.');
    expect(held).not.toMatch(/LL-\d/);
    expect(await page.getByTestId('lemon-plate').getAttribute('aria-invalid')).toBe('true');

    await fillPermit({ make: 'Honda', model: 'Civic', plate: 'XYZ 999', startsOn: addDays(today, 7), endsOn: addDays(today, 8), name: 'Ana López', email: 'ana@example.org' });
    await submitAndWait();
    expect(await page.getByRole('heading', { level: 1 }).innerText()).toBe('Su permiso está concedido');
    const stored = await workspace.server.deps.db.select().from(lemonLotPermits);
    expect(stored.map((row) => row.plateKey).sort()).toEqual(['ABC123', 'XYZ999']);
  });

  it('full lot is refused with the next free dates', async () => {
    const taken = await applyForLemonLot(
      workspace.server.deps,
      { vehicleMake: 'Ford', vehicleModel: 'F-150', plate: 'TRK 1', startsOn: addDays(today, 3), endsOn: addDays(today, 4), name: 'Sam Lee', phone: '505-555-0100' },
      { channel: 'walk_in', actor: agent },
    );
    expect(taken.kind).toBe('received');

    await page.goto(`${workspace.server.url}/lemon-lot?lang=en`);
    await page.getByTestId('lemon-form').waitFor();
    await fillPermit({ make: 'Mazda', model: '3', plate: 'MZD 3', startsOn: addDays(today, 2), endsOn: addDays(today, 3), name: 'Lee Park', email: 'lee@example.org' });
    await submitAndWait();
    expect(await page.getByTestId('lemon-refused').innerText()).toContain('The lot is full on some of those dates');
    const offers = page.getByTestId('use-free-dates');
    expect(await offers.first().innerText()).toBe(`Use ${addDays(today, 5)} to ${addDays(today, 6)}`);
    expect(await axeViolations(page)).toEqual([]);
    await offers.first().click();
    await submitAndWait();
    await page.getByTestId('lemon-received').waitFor();
    const mazda = (await workspace.server.deps.db.select().from(lemonLotPermits)).find((row) => row.plateKey === 'MZD3');
    expect(mazda?.startsOn).toBe(addDays(today, 5));
  });

  it('staff find who held a car and cancel', async () => {
    const deps = workspace.server.deps;
    await updateLemonLotSettings(deps, manager, { capacity: 5, maxDays: 14, reminderDays: 3 });
    const first = await applyForLemonLot(deps, { vehicleMake: 'Toyota', vehicleModel: 'Corolla', plate: 'ABC-123', startsOn: today, endsOn: addDays(today, 1), name: 'Rosa Martinez', email: 'rosa@example.org' }, { channel: 'web' });
    if (first.kind !== 'received') throw new Error('not granted');
    await cancelLemonLotPermit(deps, agent, first.permit.id, first.permit.version, 'Sold');
    await applyForLemonLot(deps, { vehicleMake: 'Toyota', vehicleModel: 'Corolla', plate: 'abc 123', startsOn: addDays(today, 3), endsOn: addDays(today, 4), name: 'Sam Lee', phone: '505-555-0100' }, { channel: 'phone', actor: agent });

    const agentContext = await browser.newContext({ locale: 'en-US' });
    const agentPage = await signIn(agentContext, workspace.server.url, agent.email, TEST_PASSWORD);
    await agentPage.goto(`${workspace.server.url}/counter/lemon-lot`);
    await agentPage.getByTestId('lemon-current').waitFor();
    expect(await agentPage.getByTestId('lemon-settings-readonly').innerText()).toContain('5 spaces');
    expect(await axeViolations(agentPage)).toEqual([]);

    await agentPage.getByTestId('lemon-search-plate').fill('abc123');
    await agentPage.getByTestId('lemon-search-submit').click();
    const results = agentPage.getByTestId('lemon-search-results-row');
    await results.first().waitFor();
    expect(await results.count()).toBe(2);
    expect(await results.nth(0).innerText()).toContain('Sam Lee');
    expect(await results.nth(1).innerText()).toContain('Rosa Martinez');
    expect(await results.nth(1).innerText()).toContain('cancelled');
    expect(await axeViolations(agentPage)).toEqual([]);

    await agentPage.getByTestId('lemon-search-plate').fill('NONE1');
    await agentPage.getByTestId('lemon-search-submit').click();
    await agentPage.getByTestId('lemon-search-empty').waitFor();

    // An agent grants a permit at the counter, then cancels it.
    const entry = agentPage.getByTestId('lemon-entry-form');
    await entry.getByTestId('lemon-entry-vehicleMake').fill('Subaru');
    await entry.getByTestId('lemon-entry-vehicleModel').fill('Outback');
    await entry.getByTestId('lemon-entry-plate').fill('SUB 42');
    await entry.getByTestId('lemon-entry-startsOn').fill(addDays(today, 1));
    await entry.getByTestId('lemon-entry-endsOn').fill(addDays(today, 2));
    await entry.getByTestId('lemon-entry-name').fill('Kim Ortiz');
    await entry.getByTestId('lemon-entry-phone').fill('505-555-0199');
    await entry.getByTestId('lemon-entry-submit').click();
    await agentPage.getByTestId('lemon-notice').filter({ hasText: 'granted for SUB 42' }).waitFor();
    const row = agentPage.getByTestId('lemon-current-row').filter({ hasText: 'SUB 42' });
    await row.getByTestId('lemon-cancel-reason').fill('Changed plans');
    await row.getByTestId('lemon-cancel').click();
    await agentPage.getByTestId('lemon-notice').filter({ hasText: 'cancelled' }).waitFor();
    const subaru = (await deps.db.select().from(lemonLotPermits)).find((permit) => permit.plateKey === 'SUB42');
    expect(subaru?.status).toBe('cancelled');
    expect(subaru?.channel).toBe('walk_in');
    await agentContext.close();
  });

  it('manager changes the settings', async () => {
    const managerContext = await browser.newContext({ locale: 'en-US' });
    const managerPage = await signIn(managerContext, workspace.server.url, manager.email, TEST_PASSWORD);
    await managerPage.goto(`${workspace.server.url}/counter/lemon-lot`);
    await managerPage.getByTestId('lemon-settings-form').waitFor();
    expect(await axeViolations(managerPage)).toEqual([]);
    await managerPage.getByTestId('lemon-settings-capacity').fill('12');
    await managerPage.getByTestId('lemon-settings-save').click();
    await managerPage.getByTestId('lemon-notice').filter({ hasText: 'settings saved' }).waitFor();
    const [saved] = await workspace.server.deps.db.select().from(lemonLotSettings);
    expect(saved.capacity).toBe(12);
    await managerContext.close();
  });
});
