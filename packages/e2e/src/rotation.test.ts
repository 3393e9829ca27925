import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createStaff } from '../../server/src/auth/service.js';
import type { RunningServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../../server/test/support/database.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { startTestServer } from '../../server/test/support/server.js';
import { launchChromium, requireBrowserAndBuild, signIn, webDist } from './harness.js';

const HOUR_MS = 3_600_000;

/**
 * Picks a fixed-offset zone in which the local time is now between 11:00 and 12:00,
 * so that the current half hour is inside the default opening hours (8:00 to
 * 17:00) whenever the test runs. Etc/GMT+N is N hours behind UTC.
 */
function zoneNearNoon(now: Date): { name: string; offsetHours: number } {
  const hoursBehindUtc = now.getUTCHours() - 11;
  if (hoursBehindUtc === 0) return { name: 'Etc/GMT', offsetHours: 0 };
  return { name: hoursBehindUtc > 0 ? `Etc/GMT+${hoursBehindUtc}` : `Etc/GMT-${-hoursBehindUtc}`, offsetHours: -hoursBehindUtc };
}

const zone = zoneNearNoon(new Date());
/** Today's date in the test's zone, YYYY-MM-DD. */
const today = new Date(Date.now() + zone.offsetHours * HOUR_MS).toISOString().slice(0, 10);

/** Returns the instant of a local time today in the test's zone, in the form the API writes. */
function todayAt(localTime: string): string {
  const [hours, minutes] = localTime.split(':').map(Number);
  const [year, month, day] = today.split('-').map(Number);
  return new Date(Date.UTC(year!, month! - 1, day!, hours!, minutes!) - zone.offsetHours * HOUR_MS).toISOString();
}

const cell = (member: string, localTime: string) =>
  `[data-testid="rota-cell"][data-member="${member}"][data-starts-at="${todayAt(localTime)}"]`;
const timeHeader = (localTime: string) => `[data-testid="rota-time"][data-starts-at="${todayAt(localTime)}"]`;
const kindOf = (page: Page, member: string, localTime: string) => page.locator(cell(member, localTime)).getAttribute('data-kind');
const warningOf = (page: Page, localTime: string) => page.locator(timeHeader(localTime)).getAttribute('data-warning');

/** Presses the mouse on one cell, moves across the grid and releases it on another. */
async function drag(page: Page, from: string, to: string): Promise<void> {
  // The grid scrolls sideways. Centring the first cell keeps it clear of the sticky name column,
  // and every drag here spans fewer columns than half the visible width, so the last cell shows too.
  await page.locator(from).evaluate((element) => element.scrollIntoView({ block: 'center', inline: 'center' }));
  const start = await page.locator(from).boundingBox();
  const end = await page.locator(to).boundingBox();
  if (start === null || end === null) throw new Error(`cells not visible for a drag from ${from} to ${to}`);
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 2, { steps: 8 });
  await page.mouse.up();
}

/** Counts the canvas pixels that are not fully transparent, to tell a drawn chart from an empty canvas. */
function paintedPixels(page: Page, selector: string): Promise<number> {
  return page.locator(selector).evaluate((canvas) => {
    const element = canvas as HTMLCanvasElement;
    const context = element.getContext('2d');
    if (context === null || element.width === 0 || element.height === 0) return 0;
    const pixels = context.getImageData(0, 0, element.width, element.height).data;
    let painted = 0;
    for (let index = 3; index < pixels.length; index += 4) if (pixels[index]! > 0) painted += 1;
    return painted;
  });
}

const databaseKind = process.env.DATABASE_URL ? 'postgres' : 'pglite';
const TELEPHONY_TOKEN = 'test-telephony-token-0123456789';

describe(`rotation in the browser (${databaseKind})`, () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let managerContext: BrowserContext;
  let agentContext: BrowserContext;
  let manager: Page;
  let dana: Page;

  beforeAll(async () => {
    requireBrowserAndBuild();
    database = await openTestDatabase(databaseKind);
    server = await startTestServer(database, { WEB_DIST: webDist, CENTER_TZ: zone.name, TELEPHONY_TOKEN });
    browser = await launchChromium();
    const managerAccount = await createAgent(database.deps, 'Morgan Lee', 'manager');
    // The phone system rings only agents with an extension.
    const danaAccount = await createStaff(database.deps, {
      email: 'dana.ortiz@county.example',
      displayName: 'Dana Ortiz',
      role: 'agent',
      password: TEST_PASSWORD,
      phoneExtension: '4101',
    });
    await createAgent(database.deps, 'Sam Whitehorse');

    // The browsers run 14 hours ahead of UTC, far from the center's zone, so any time shown in the browser's zone would be wrong.
    const browserOptions = { viewport: { width: 1600, height: 1000 }, timezoneId: 'Pacific/Kiritimati' };
    managerContext = await browser.newContext(browserOptions);
    agentContext = await browser.newContext(browserOptions);
    manager = await signIn(managerContext, server.url, managerAccount.email, TEST_PASSWORD);
    dana = await signIn(agentContext, server.url, danaAccount.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
  });

  it('manager opens every weekday in the settings', async () => {
    await manager.getByTestId('nav-rotation').click();
    await manager.getByTestId('rota-grid').waitFor();
    const settings = manager.getByTestId('rota-settings');
    await settings.getByLabel('Saturday', { exact: true }).check();
    await settings.getByLabel('Sunday', { exact: true }).check();
    await settings.getByTestId('rota-settings-save').click();
    await expect.poll(() => settings.getByTestId('rota-settings-status').innerText()).toBe('Settings saved.');

    // Today is open whatever the weekday, with the local times from the API.
    await manager.locator(timeHeader('08:00')).waitFor();
    expect(await manager.locator(timeHeader('08:00')).innerText()).toContain('08:00');
    expect(await manager.locator(timeHeader('16:30')).count()).toBe(1);
  });

  it('agent sees a read-only grid', async () => {
    await dana.getByTestId('nav-rotation').click();
    await dana.getByTestId('rota-grid').waitFor();
    await dana.locator(cell('Dana Ortiz', '09:00')).waitFor();
    expect(await dana.getByTestId('rota-grid').getAttribute('aria-readonly')).toBe('true');
    expect(await dana.getByTestId('brush-on-call').count()).toBe(0);
    expect(await dana.getByTestId('propose-button').count()).toBe(0);

    // Clicks and keys move the focus but paint nothing.
    await dana.locator(cell('Dana Ortiz', '09:00')).click();
    await dana.keyboard.press('Space');
    expect(await dana.evaluate(() => document.activeElement?.getAttribute('data-starts-at'))).toBe(todayAt('09:00'));
    expect(await kindOf(dana, 'Dana Ortiz', '09:00')).toBe('none');
    expect(await dana.getByTestId('paint-error').count()).toBe(0);
  });

  it('dragging paints a rectangle seen live by the agent', async () => {
    expect(await kindOf(manager, 'Dana Ortiz', '09:00')).toBe('none');
    await manager.getByTestId('brush-on-call').check();
    await drag(manager, cell('Dana Ortiz', '09:00'), cell('Sam Whitehorse', '10:30'));

    for (const member of ['Dana Ortiz', 'Sam Whitehorse']) {
      for (const time of ['09:00', '09:30', '10:00', '10:30']) {
        await expect.poll(() => kindOf(manager, member, time)).toBe('ON_CALL');
        await expect.poll(() => kindOf(dana, member, time)).toBe('ON_CALL');
      }
    }
    expect(await kindOf(manager, 'Dana Ortiz', '11:00')).toBe('none');
    expect(await kindOf(dana, 'Sam Whitehorse', '08:30')).toBe('none');
    await expect.poll(() => dana.getByTestId('rota-published-state').innerText()).toBe('Unpublished changes');
  });

  it('keyboard paints the focused cell and a selection', async () => {
    // The drag left the focus on its last cell, Sam at 10:30.
    await expect.poll(() => manager.evaluate(() => document.activeElement?.getAttribute('data-starts-at'))).toBe(todayAt('10:30'));
    await manager.keyboard.press('2');
    await manager.keyboard.press('ArrowRight');
    await manager.keyboard.press('Space');
    await expect.poll(() => kindOf(manager, 'Sam Whitehorse', '11:00')).toBe('OFF_DESK');

    await manager.keyboard.press('3');
    await manager.keyboard.press('ArrowUp');
    await manager.keyboard.press('Shift+ArrowRight');
    await manager.keyboard.press('Shift+ArrowRight');
    await manager.keyboard.press('Enter');
    for (const time of ['11:00', '11:30', '12:00']) {
      await expect.poll(() => kindOf(manager, 'Dana Ortiz', time)).toBe('MEETING');
      await expect.poll(() => kindOf(dana, 'Dana Ortiz', time)).toBe('MEETING');
    }
    await expect.poll(() => kindOf(dana, 'Sam Whitehorse', '11:00')).toBe('OFF_DESK');
    expect(await kindOf(manager, 'Dana Ortiz', '12:30')).toBe('none');
  });

  it('failed paint rolls back and says why', async () => {
    expect(await kindOf(manager, 'Sam Whitehorse', '15:00')).toBe('none');
    await manager.route('**/graphql', async (route) => {
      if (route.request().postData()?.includes('PaintSlots')) await route.abort('connectionreset');
      else await route.fallback();
    });
    try {
      await manager.keyboard.press('4');
      await manager.locator(cell('Sam Whitehorse', '15:00')).click();
      await manager.getByTestId('paint-error').waitFor();
      expect(await manager.getByTestId('paint-error').innerText()).toContain('The slots were not changed');
      await expect.poll(() => kindOf(manager, 'Sam Whitehorse', '15:00')).toBe('none');
    } finally {
      await manager.unroute('**/graphql');
    }
    expect(await kindOf(dana, 'Sam Whitehorse', '15:00')).toBe('none');
  });

  it('warning appears when on call drops below the minimum', async () => {
    // Two on call at 9:00 meets the preferred two, so the column has no warning yet.
    await expect.poll(() => warningOf(manager, '09:00')).toBe('');
    expect(await warningOf(manager, '08:00')).toBe('ERROR');

    await manager.keyboard.press('2');
    await drag(manager, cell('Dana Ortiz', '09:00'), cell('Sam Whitehorse', '09:00'));
    await expect.poll(() => warningOf(manager, '09:00')).toBe('ERROR');
    const mark = manager.locator(timeHeader('09:00')).getByTestId('rota-warning-mark');
    expect(await mark.innerText()).toMatch(/Error: .+/);
    expect(await manager.locator('[data-testid="rota-warning"][data-rule="UNDERSTAFFED"]').count()).toBeGreaterThan(0);
    // The message names its time range, so the list does not repeat it.
    const understaffed = await manager.locator('[data-testid="rota-warning"][data-rule="UNDERSTAFFED"]').first().innerText();
    expect(understaffed.match(/\d{1,2}:\d{2}–\d{1,2}:\d{2}/g), understaffed).toHaveLength(1);

    // One on call is allowed but below the preferred two: a notice.
    await expect.poll(() => warningOf(manager, '09:30')).toBe('');
    await manager.locator(cell('Dana Ortiz', '09:30')).click();
    await expect.poll(() => warningOf(manager, '09:30')).toBe('NOTICE');
    expect(await manager.locator('[data-testid="rota-warning"][data-rule="BELOW_PREFERRED"]').count()).toBeGreaterThan(0);
  });

  it('propose and publish show the fairness figures', async () => {
    const proposal = manager.getByTestId('rota-proposal');
    await proposal.getByTestId('propose-button').click();
    await expect.poll(() => proposal.getByTestId('proposal-status').innerText()).toContain('Proposed a rotation');

    const chart = proposal.getByTestId('fairness-chart');
    await chart.waitFor();
    await expect.poll(() => paintedPixels(manager, '[data-testid="fairness-chart"]')).toBeGreaterThan(0);
    const table = proposal.getByTestId('fairness-table');
    for (const member of ['Dana Ortiz', 'Sam Whitehorse']) {
      await expect.poll(() => table.locator(`[data-testid="fairness-row"][data-member="${member}"]`).count()).toBe(1);
    }
    expect(await table.locator('[data-testid="fairness-row"][data-member="Dana Ortiz"] td').first().innerText()).toMatch(/^\d+(\.\d)? h$/);
    expect(await proposal.getByTestId('pair-table').innerText()).toContain('Sam Whitehorse');
    // The y axis reaches past the tallest bar, so no bar runs into the legend above the plot.
    const hours = (await table.locator('td').allInnerTexts()).map((text) => Number.parseFloat(text));
    const tallest = Math.max(...hours);
    expect(tallest).toBeGreaterThan(0);
    await expect.poll(async () => Number(await chart.getAttribute('data-axis-max'))).toBeGreaterThanOrEqual(tallest * 1.05);

    // Dana is on call from 10:30 to 13:30 around now, so the published duty is known.
    await manager.keyboard.press('1');
    await drag(manager, cell('Dana Ortiz', '10:30'), cell('Dana Ortiz', '13:00'));
    await expect.poll(() => kindOf(manager, 'Dana Ortiz', '13:00')).toBe('ON_CALL');
    await manager.keyboard.press('2');
    await manager.locator(cell('Dana Ortiz', '13:30')).click();
    await expect.poll(() => kindOf(manager, 'Dana Ortiz', '13:30')).toBe('OFF_DESK');
    await expect.poll(() => manager.getByTestId('rota-published-state').innerText()).toBe('Unpublished changes');

    await proposal.getByTestId('publish-button').click();
    await expect.poll(() => proposal.getByTestId('proposal-status').innerText()).toContain('Published the rotation');
    await expect.poll(() => manager.getByTestId('rota-published-state').innerText()).toBe('Published');
    await expect.poll(() => dana.getByTestId('rota-published-state').innerText()).toBe('Published');
  });

  it('agent sees their duty in the header after publishing', async () => {
    const duty = dana.getByTestId('my-duty');
    await duty.waitFor({ timeout: 15_000 });
    expect(await duty.getAttribute('data-kind')).toBe('ON_CALL');
    expect(await duty.innerText()).toMatch(/On call until 13:30$/);

    const inPresenceBar = manager.locator('[data-testid="presence-member"][data-name="Dana Ortiz"]').getByTestId('presence-duty');
    await expect.poll(() => inPresenceBar.innerText(), { timeout: 15_000 }).toMatch(/On call until 13:30$/);
  });

  it('copy previous week repeats the plan', async () => {
    // Next week was proposed with the range, and the week after it is still empty.
    const danaCell = (weeksAhead: number, localTime: string) =>
      `[data-testid="rota-cell"][data-member="Dana Ortiz"][data-starts-at="${new Date(Date.parse(todayAt(localTime)) + weeksAhead * 7 * 24 * HOUR_MS).toISOString()}"]`;
    const times = ['08:00', '10:30', '12:00', '16:30'];

    await manager.getByTestId('rota-next-week').click();
    await manager.locator(danaCell(1, '08:00')).waitFor();
    const proposed: (string | null)[] = [];
    for (const time of times) proposed.push(await manager.locator(danaCell(1, time)).getAttribute('data-kind'));
    expect(proposed).not.toContain('none');

    await manager.getByTestId('rota-next-week').click();
    await manager.locator(danaCell(2, '08:00')).waitFor();
    for (const time of times) expect(await manager.locator(danaCell(2, time)).getAttribute('data-kind')).toBe('none');
    await expect.poll(() => manager.getByTestId('rota-published-state').innerText()).toBe('Not planned');

    await manager.getByTestId('copy-previous-week').click();
    for (const [index, time] of times.entries()) {
      await expect.poll(() => manager.locator(danaCell(2, time)).getAttribute('data-kind')).toBe(proposed[index]);
    }
    await expect.poll(() => manager.getByTestId('rota-published-state').innerText()).toBe('Unpublished changes');

    await manager.getByTestId('rota-this-week').click();
    await manager.locator(cell('Dana Ortiz', '10:30')).waitFor();
  });

  it('calendar address can be reset', async () => {
    const personal = dana.getByTestId('calendar-personal-url');
    await expect.poll(() => personal.inputValue()).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/.+\.ics$/);
    const before = await personal.inputValue();

    await dana.getByTestId('calendar-reset').click();
    await dana.getByTestId('calendar-reset-confirm').click();
    await expect.poll(() => personal.inputValue()).not.toBe(before);
    expect(await dana.getByTestId('calendar-team-url').inputValue()).toMatch(/\.ics$/);
    const feed = await fetch(await personal.inputValue());
    expect(feed.status).toBe(200);
    expect(await feed.text()).toContain('BEGIN:VCALENDAR');
    expect((await fetch(before)).status).toBe(404);
  });

  it('ringing phone shows the agent a notice', async () => {
    const response = await fetch(`${server.url}/telephony/ring-order`, {
      method: 'POST',
      headers: { authorization: `Bearer ${TELEPHONY_TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ callId: 'call-e2e-1', from: '+1 303 555 1234' }),
    });
    expect(response.status).toBe(200);
    const order = (await response.json()) as { agents: { displayName: string }[] };
    expect(order.agents.map((agent) => agent.displayName)).toEqual(['Dana Ortiz']);

    await expect.poll(() => dana.getByTestId('toast').innerText(), { timeout: 15_000 }).toContain('Your phone is ringing: caller …1234');
  });

  it('forms show the field errors from the API', async () => {
    const settings = manager.getByTestId('rota-settings');
    await settings.getByLabel('Opening time').fill('08:15');
    await settings.getByTestId('rota-settings-save').click();
    const openingError = settings.getByTestId('field-error-openingTime');
    await openingError.waitFor();
    expect(await openingError.innerText()).toContain('half hour');
    expect(await settings.getByLabel('Opening time').getAttribute('aria-invalid')).toBe('true');

    // Each error shows under its field, a list item by its line, and no internal path such as "input.holidays.1".
    await settings.getByLabel('Holidays').fill('2026-12-25\n\n2026-02-30');
    await settings.getByTestId('rota-settings-save').click();
    const holidaysError = settings.getByTestId('field-error-holidays');
    await expect.poll(() => holidaysError.innerText()).toBe('Line 3: holidays must be a real date YYYY-MM-DD');
    expect(await openingError.innerText()).toContain('half hour');
    expect(await settings.innerText()).not.toContain('input.');

    const cover = manager.getByTestId('cover-form');
    await cover.getByRole('button', { name: 'Add cover staff' }).click();
    const nameError = cover.getByTestId('field-error-displayName');
    await nameError.waitFor();
    expect(await nameError.innerText()).toContain('required');
  });

  it('incomplete range asks for dates without loading', async () => {
    const proposal = manager.getByTestId('rota-proposal');
    const from = proposal.getByTestId('rota-range-from');
    const to = proposal.getByTestId('rota-range-to');
    const start = await from.inputValue();
    const end = await to.inputValue();
    const figureRequests: string[] = [];
    const countRequest = (request: { postData(): string | null }) => {
      if (request.postData()?.includes('RotationFairness')) figureRequests.push(request.postData()!);
    };
    manager.on('request', countRequest);
    try {
      await from.fill('');
      await expect.poll(() => proposal.getByTestId('range-problem').innerText()).toBe('Enter a complete start date to see the figures.');
      expect(await proposal.getByTestId('propose-button').isDisabled()).toBe(true);
      expect(await proposal.getByTestId('fairness-chart').count()).toBe(0);

      // The start stays empty until the end is set, so no complete range exists in between.
      await to.fill(start);
      await from.fill(end);
      await expect.poll(() => proposal.getByTestId('range-problem').innerText()).toBe('The end date must be on or after the start date.');
      expect(await proposal.getByRole('alert').count()).toBe(0);
      expect(figureRequests).toEqual([]);
    } finally {
      manager.off('request', countRequest);
    }

    await from.fill(start);
    await to.fill(end);
    await expect.poll(() => proposal.getByTestId('range-problem').count()).toBe(0);
    await proposal.getByTestId('fairness-chart').waitFor();
  });
});
