import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { scheduleInterment, sellLot } from '../../server/src/cemetery/service.js';
import { listLots } from '../../server/src/cemetery/views.js';
import { localDate } from '../../server/src/rotation/open-hours.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace, axeViolations } from './harness.js';

/** Returns the Monday (YYYY-MM-DD) of the week of a YYYY-MM-DD date. */
function mondayOf(date: string): number {
  const day = new Date(`${date}T00:00:00Z`);
  return day.getTime() - ((day.getUTCDay() + 6) % 7) * 86_400_000;
}

describe('cemetery in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let context: BrowserContext;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  async function notice(page: Page): Promise<string> {
    const shown = page.getByTestId('cemetery-notice');
    await shown.waitFor();
    return shown.innerText();
  }

  it('adds, sells, schedules and refuses a taken slot', async () => {
    const deps = workspace.server.deps;
    const manager = await createAgent(deps, 'Mona Manager', 'manager');
    const otherAgent = await createAgent(deps, 'Bea Agent');
    context = await browser.newContext({ locale: 'en-US' });
    const page = await signIn(context, workspace.server.url, manager.email, TEST_PASSWORD);

    await page.goto(`${workspace.server.url}/counter/cemetery`);
    await page.getByTestId('cemetery-add-form').waitFor();
    expect(await page.locator('#cemetery-title').innerText()).toBe('Cemetery');
    expect(await axeViolations(page)).toEqual([]);

    // Add lots 1 to 3 of section A, row 1.
    await page.getByTestId('add-section').fill('A');
    await page.getByTestId('add-row').fill('1');
    await page.getByTestId('add-from').fill('1');
    await page.getByTestId('add-to').fill('3');
    await page.getByTestId('add-price').fill('1500');
    await page.getByTestId('add-submit').click();
    expect(await notice(page)).toBe('3 lots added.');
    await page.getByTestId('cemetery-lot-A-1-3').waitFor();

    // Import two more rows from CSV, one of which exists already.
    await page.getByTestId('import-csv').fill('section,row,number,price_cents\nB,1,1,90000\nA,1,3,150000\n');
    await page.getByTestId('import-submit').click();
    await page.getByText('1 lot imported. 1 already existed and were left as they were: A/1/3.').waitFor();
    await page.getByTestId('cemetery-lot-B-1-1').waitFor();
    expect(await page.getByTestId('cemetery-lot-A-1-1').getAttribute('data-status')).toBe('AVAILABLE');

    // Sell lot 1.
    await page.getByTestId('cemetery-lot-A-1-1').click();
    await page.getByTestId('cemetery-sell-form').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.getByTestId('sell-name').fill('Rosa Martinez');
    await page.getByTestId('sell-phone').fill('505-555-0100');
    await page.getByTestId('cemetery-sell-submit').click();
    // The import's notice is still shown until the sale answers.
    await page.waitForFunction(() => document.querySelector('[data-testid="cemetery-notice"]')?.textContent?.startsWith('Lot 1 sold'));
    expect(await notice(page)).toMatch(/^Lot 1 sold to Rosa Martinez \(Q-\d{6}\)\.$/);
    await page.locator('[data-testid="cemetery-lot-A-1-1"][data-status="SOLD"]').waitFor();
    expect(await page.getByTestId('cemetery-lot-status').innerText()).toBe('Sold');
    expect(await page.getByTestId('cemetery-lot-purchaser').innerText()).toContain('Rosa Martinez');

    // Schedule an interment in lot 1 in the first free slot.
    const form = page.getByTestId('cemetery-schedule-form');
    await form.waitFor();
    const slotOption = page.getByTestId('interment-slot').locator('option').nth(1);
    const slotStartsAt = (await slotOption.getAttribute('value'))!;
    const slotLabel = await slotOption.innerText();
    await page.getByTestId('interment-slot').selectOption(slotStartsAt);
    await page.getByTestId('interment-deceased').fill('John Doe');
    await page.getByTestId('arranger-name').fill('Jane Doe');
    await page.getByTestId('interment-submit').click();
    expect(await notice(page)).toMatch(/^IN-\d{6} scheduled for /);
    await page.getByTestId('cemetery-interment').waitFor();
    expect(await page.getByTestId('cemetery-lot-interments').innerText()).toContain('John Doe');
    // Its slot is in the future, so it cannot be marked completed yet; it can be cancelled.
    const interment = page.getByTestId('cemetery-interment').first();
    expect(await interment.getByTestId('interment-complete').count()).toBe(0);
    expect(await interment.getByTestId('interment-complete-later').innerText()).toMatch(/^Can be marked completed from /);
    expect(await interment.getByTestId('interment-cancel').count()).toBe(1);

    // The week view shows the interment in its slot.
    const zone = deps.centerTimeZone;
    const weeksAhead = Math.round((mondayOf(localDate(new Date(slotStartsAt), zone)) - mondayOf(localDate(new Date(), zone))) / (7 * 86_400_000));
    for (let week = 0; week < weeksAhead; week++) await page.getByTestId('cemetery-next-week').click();
    await page.getByTestId('cemetery-week').getByText('John Doe, section A, row 1, lot 1').waitFor();
    const localTime = new Intl.DateTimeFormat('en-GB', { timeZone: zone, hour: '2-digit', minute: '2-digit' }).format(new Date(slotStartsAt));
    expect(slotLabel).toContain(localTime);

    // Last week's slots are past: shown as not bookable, never as free.
    for (let week = 0; week <= weeksAhead; week++) await page.getByRole('button', { name: 'Previous week' }).click();
    await page.waitForFunction(() => {
      const slots = Array.from(document.querySelectorAll('[data-testid="cemetery-week-slot"]'));
      return slots.length > 0 && slots.every((slot) => slot.getAttribute('data-state') === 'past');
    });
    expect(await page.getByTestId('cemetery-week').innerText()).not.toContain('Free');
    expect(await page.getByTestId('cemetery-week').innerText()).toContain('Past, not bookable');

    // Lot 2 is sold by another agent; while this page offers a slot, that agent takes it.
    const [, lotTwo] = await listLots(deps.db, { section: 'A' });
    const sale = await sellLot(deps, otherAgent, { lotId: lotTwo.id, channel: 'phone', purchaser: { name: 'Omar Haddad' } });
    expect(sale.kind).toBe('sold');
    await page.getByTestId('cemetery-lot-A-1-2').click();
    await page.reload();
    await page.getByTestId('cemetery-lot-A-1-2').click();
    await page.getByTestId('cemetery-schedule-form').waitFor();
    const offered = (await page.getByTestId('interment-slot').locator('option').nth(1).getAttribute('value'))!;
    expect(offered).not.toBe(slotStartsAt);
    await page.getByTestId('interment-slot').selectOption(offered);
    await page.getByTestId('interment-deceased').fill('Mary Roe');
    await page.getByTestId('arranger-name').fill('Tom Roe');

    const lotThree = (await listLots(deps.db, { section: 'A' }))[2];
    await sellLot(deps, otherAgent, { lotId: lotThree.id, channel: 'phone', purchaser: { name: 'Lee Chen' } });
    const taken = await scheduleInterment(deps, otherAgent, {
      lotId: lotThree.id,
      slotStartsAt: new Date(offered),
      deceasedName: 'Other Person',
      channel: 'phone',
      arranger: { name: 'Other Arranger' },
    });
    expect(taken.kind).toBe('scheduled');

    await page.getByTestId('interment-submit').click();
    const refusal = await page.locator('[data-testid="cemetery-notice"].alert-error').innerText();
    expect(refusal).toContain('That slot was just taken');
    const remaining = await page.getByTestId('interment-slot').locator('option').allInnerTexts();
    expect(remaining.length).toBeGreaterThan(1);
    expect(await page.getByTestId('cemetery-lot-status').innerText()).toBe('Sold');
    expect(await page.getByTestId('cemetery-lot-interments').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
