import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { phoneCalls } from '../../server/src/db/schema.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace } from './harness.js';

describe('softphone panel in the browser', () => {
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

  it('start, answer, end and log a call', async () => {
    await sam.getByTestId('nav-phone').click();
    await sam.getByTestId('phone-page').waitFor();
    await dana.getByTestId('nav-phone').click();
    await dana.getByTestId('phone-page').waitFor();

    await dana.getByTestId('softphone-caller-number').fill('720-555-0188');
    await dana.getByTestId('softphone-start').click();
    await dana.locator('[data-testid="call-panel"][data-outcome="RINGING"]').waitFor();
    expect(await dana.getByTestId('call-status').innerText()).toBe('Ringing');

    // Sam's panel lists the call live, with the number masked.
    const samRow = sam.locator('[data-testid="recent-call"]', { hasText: '***0188' });
    await samRow.waitFor();

    // The wait timer runs while the call rings.
    await expect.poll(() => dana.getByTestId('call-wait').innerText(), { timeout: 5000 }).not.toBe('0:00');
    await dana.getByTestId('softphone-answer').click();
    await dana.locator('[data-testid="call-panel"][data-outcome="ANSWERED"]').waitFor();
    await expect.poll(() => dana.getByTestId('call-talk').innerText(), { timeout: 5000 }).not.toBe('0:00');
    await dana.getByTestId('softphone-end').click();
    await dana.locator('[data-testid="call-panel"][data-outcome="ENDED"]').waitFor();
    await sam.locator('[data-testid="recent-call"][data-outcome="ENDED"]', { hasText: '***0188' }).waitFor();

    const form = dana.getByTestId('call-inquiry-form');
    expect(await form.getByTestId('call-inquiry-callerPhone').inputValue()).toBe('720-555-0188');
    await form.getByTestId('call-inquiry-subject').fill('Missed recycling pickup');
    await form.getByTestId('call-inquiry-callerName').fill('Rosa Díaz');
    await form.getByTestId('call-inquiry-submit').click();
    const logged = dana.getByTestId('call-inquiry');
    await logged.waitFor();
    const reference = (await logged.locator('a').innerText()).trim();
    expect(reference).toMatch(/^Q-\d{6}$/);

    const [call] = (await workspace.server.deps.db.select().from(phoneCalls)).filter((row) => row.source === 'softphone');
    expect(call.outcome).toBe('ended');
    expect(call.waitSeconds).toBeGreaterThanOrEqual(1);
    expect(call.talkSeconds).toBeGreaterThanOrEqual(1);
    expect(call.inquiryId).not.toBeNull();

    // The inquiry is in the inbox, and its pane shows the call's start and length.
    await dana.getByTestId('nav-inbox').click();
    const row = dana.locator(`[data-testid="inbox-row"][data-reference="${reference}"]`);
    await row.waitFor();
    await row.click();
    const pane = dana.locator(`[data-testid="inquiry-pane"][data-reference="${reference}"]`);
    await pane.waitFor();
    const paneText = await pane.innerText();
    expect(paneText).toContain('Missed recycling pickup');
    expect(paneText).toMatch(/Call\s/);
    // The call record's wait and talk time, measured by the server, and who answered.
    const callTimes = await pane.getByTestId('call-times').innerText();
    expect(callTimes).toMatch(/^Waited \d+ s · talked \d+ s/);
    expect(callTimes).toContain('answered by Dana');
  });

  it('hang-up before answer is recorded', async () => {
    await dana.getByTestId('nav-phone').click();
    await dana.getByTestId('softphone-start').click();
    await dana.locator('[data-testid="call-panel"][data-outcome="RINGING"]').waitFor();
    await dana.getByTestId('softphone-hang-up').click();
    await dana.locator('[data-testid="call-panel"][data-outcome="SHORT_HANGUP"]').waitFor();
    expect(await dana.getByTestId('call-inquiry-form').count()).toBe(0);
  });
});
