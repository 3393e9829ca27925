import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { walkInVisits } from '../../server/src/db/schema.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace } from './harness.js';

describe('walk-in kiosk in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let dana: Page;
  let sam: Page;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
    const danaAccount = await createAgent(workspace.server.deps, 'Dana Ortiz');
    const samAccount = await createAgent(workspace.server.deps, 'Sam Whitehorse');
    dana = await signIn(await browser.newContext(), workspace.server.url, danaAccount.email, TEST_PASSWORD);
    sam = await signIn(await browser.newContext(), workspace.server.url, samAccount.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  it('check-in, serve next and outcome stay in step', async () => {
    await dana.getByTestId('nav-kiosk').click();
    await dana.getByTestId('kiosk-page').waitFor();
    await sam.getByTestId('nav-kiosk').click();
    await sam.getByTestId('kiosk-figures').waitFor();

    // An empty name is rejected with the server's message.
    await dana.getByTestId('kiosk-reason').fill('Trash pickup');
    await dana.getByTestId('kiosk-check-in').click();
    expect(await dana.getByTestId('kiosk-error').innerText()).toContain('visitorName is required');

    // Check-in from the keyboard: type the name, Tab, the reason, Enter.
    await dana.getByTestId('kiosk-visitor-name').fill('Walt Walker');
    await dana.getByTestId('kiosk-reason').fill('Trash pickup');
    await dana.getByTestId('kiosk-reason').press('Enter');
    await dana.getByTestId('kiosk-visitor-name').fill('Vera Vance');
    await dana.getByTestId('kiosk-reason').fill('Dog licence');
    await dana.getByTestId('kiosk-check-in').click();

    // Sam's kiosk shows both, in check-in order, without reloading.
    const samQueue = sam.getByTestId('kiosk-queue-item');
    await expect.poll(() => samQueue.allInnerTexts()).toEqual([expect.stringContaining('Walt Walker'), expect.stringContaining('Vera Vance')]);
    expect(await sam.getByTestId('figure-waiting').innerText()).toBe('2');

    // Sam serves the first visitor with Alt+N; Dana's queue drops him live.
    await sam.keyboard.press('Alt+n');
    await sam.getByTestId('kiosk-serving-name').waitFor();
    expect(await sam.getByTestId('kiosk-serving-name').innerText()).toBe('Walt Walker');
    await expect.poll(() => dana.getByTestId('kiosk-queue-item').allInnerTexts()).toEqual([expect.stringContaining('Vera Vance')]);
    await dana.locator('[data-testid="kiosk-served-elsewhere"]', { hasText: 'Sam Whitehorse' }).waitFor();

    // Dana serves the next waiting visitor, Vera, and Sam's queue empties live.
    await dana.getByTestId('kiosk-serve-next').click();
    await expect.poll(() => dana.getByTestId('kiosk-serving-name').innerText()).toBe('Vera Vance');
    await expect.poll(() => sam.getByTestId('kiosk-queue-item').count()).toBe(0);

    const serving = sam.getByTestId('kiosk-serving');
    await serving.getByTestId('kiosk-outcome-outcome').fill('Booked a bulk pickup for Friday');
    await serving.getByTestId('kiosk-outcome-visitorPhone').fill('303-555-0142');
    await serving.getByTestId('kiosk-log-outcome').click();
    await serving.waitFor({ state: 'detached' });

    await expect.poll(() => dana.getByTestId('figure-served').innerText()).toBe('2');
    await expect.poll(() => dana.getByTestId('figure-average-service').innerText()).not.toBe('–');

    await dana.getByTestId('kiosk-visitor-left').click();
    await dana.getByTestId('kiosk-serving').waitFor({ state: 'detached' });

    const rows = await workspace.server.deps.db.select().from(walkInVisits);
    const byName = Object.fromEntries(rows.map((row) => [row.visitorName, row]));
    expect(byName['Walt Walker'].status).toBe('done');
    expect(byName['Walt Walker'].inquiryId).not.toBeNull();
    expect(byName['Vera Vance'].status).toBe('left');

    // The walk-in inquiry is in the inbox.
    await sam.getByTestId('nav-inbox').click();
    const row = sam.locator('[data-testid="inbox-row"]', { hasText: 'Trash pickup' });
    await row.waitFor();
    expect(await row.getByTestId('channel-icon').getAttribute('data-channel')).toMatch(/walk/i);
  });
});
