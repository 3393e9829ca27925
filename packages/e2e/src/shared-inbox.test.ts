import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { submitWebInquiry } from '../../server/src/inquiries/intake.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace } from './harness.js';
import { SocketControl } from './socket-control.js';

const memberWithStatus = (name: string, status: string) =>
  `[data-testid="presence-member"][data-name="${name}"][data-status="${status}"]`;
const rowOf = (reference: string) => `[data-testid="inbox-row"][data-reference="${reference}"]`;

describe('shared inbox in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let danaContext: BrowserContext;
  let samContext: BrowserContext;
  let dana: Page;
  let sam: Page;
  const samSocket = new SocketControl();
  const danaSocket = new SocketControl();

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
    const danaAccount = await createAgent(workspace.server.deps, 'Dana Ortiz');
    const samAccount = await createAgent(workspace.server.deps, 'Sam Whitehorse');

    danaContext = await browser.newContext();
    samContext = await browser.newContext();
    dana = await signIn(danaContext, workspace.server.url, danaAccount.email, TEST_PASSWORD, (page) => danaSocket.attach(page));
    sam = await signIn(samContext, workspace.server.url, samAccount.email, TEST_PASSWORD, (page) => samSocket.attach(page));
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  it('each agent sees the other come online', async () => {
    await dana.locator(memberWithStatus('Sam Whitehorse', 'available')).waitFor();
    await sam.locator(memberWithStatus('Dana Ortiz', 'available')).waitFor();
  });

  it('web-form question appears live in both inboxes, and a claim shows in both', async () => {
    const resident = await browser.newContext();
    const ask = await resident.newPage();
    await ask.goto(`${workspace.server.url}/ask`);
    await ask.getByLabel('Subject').fill('Tree branch on a power line');
    await ask.getByLabel('Your question').fill('A large branch rests on the line behind 12 Elm Street.');
    await ask.getByTestId('ask-submit').click();
    const reference = (await ask.getByTestId('ask-reference').innerText()).trim();
    expect(reference).toMatch(/^Q-\d{6}$/);
    await resident.close();

    await dana.locator(rowOf(reference)).waitFor();
    await sam.locator(rowOf(reference)).waitFor();
    await expect.poll(() => sam.locator(rowOf(reference)).getByTestId('claimant').innerText()).toBe('Unclaimed');

    await dana.locator(rowOf(reference)).getByTestId('claim-button').click();
    await expect.poll(() => dana.locator(rowOf(reference)).getByTestId('claimant').innerText()).toBe('Dana Ortiz');
    await expect.poll(() => sam.locator(rowOf(reference)).getByTestId('claimant').innerText()).toBe('Dana Ortiz');
    // The claim went over Dana's open WebSocket, not as an HTTP request.
    expect(danaSocket.sentOperations).toContain('ClaimInquiry');
  });

  it('losing a claim race names the winner', async () => {
    const received = await submitWebInquiry(workspace.server.deps, { subject: 'Dog licence fee', question: 'How much is it?' });
    if (received.kind !== 'created') throw new Error('intake failed');
    const reference = received.inquiry.reference;
    await sam.locator(rowOf(reference)).getByTestId('claim-button').waitFor();
    await dana.locator(rowOf(reference)).getByTestId('claim-button').waitFor();

    // Sam's screen stops receiving live events, so it still offers the claim after Dana wins.
    samSocket.pause();
    await dana.locator(rowOf(reference)).getByTestId('claim-button').click();
    await expect.poll(() => dana.locator(rowOf(reference)).getByTestId('claimant').innerText()).toBe('Dana Ortiz');
    await sam.locator(rowOf(reference)).getByTestId('claim-button').click();

    const conflict = sam.locator(rowOf(reference)).getByTestId('claim-error');
    await conflict.waitFor();
    expect(await conflict.innerText()).toContain('Dana Ortiz');
    samSocket.resume();
  });

  it('dropped connection shows reconnecting, then resumes without loss', async () => {
    const connectionsBefore = samSocket.connections;
    samSocket.pause();
    await samSocket.drop();
    await sam.getByTestId('connection-banner').waitFor();

    const missed: string[] = [];
    for (const subject of ['Missed while offline 1', 'Missed while offline 2', 'Missed while offline 3']) {
      const received = await submitWebInquiry(workspace.server.deps, { subject, question: 'Sent while Sam was offline' });
      if (received.kind !== 'created') throw new Error('intake failed');
      missed.push(received.inquiry.reference);
    }
    samSocket.resume();

    for (const reference of missed) await sam.locator(rowOf(reference)).waitFor({ timeout: 30_000 });
    await sam.getByTestId('connection-banner').waitFor({ state: 'hidden' });
    expect(samSocket.connections).toBeGreaterThan(connectionsBefore);
    for (const reference of missed) expect(await sam.locator(rowOf(reference)).count()).toBe(1);
  });

  it('a teammate sees who is viewing an inquiry', async () => {
    const received = await submitWebInquiry(workspace.server.deps, { subject: 'Bark beetles in a pine', question: 'Holes in the bark' });
    if (received.kind !== 'created') throw new Error('intake failed');
    const reference = received.inquiry.reference;

    await dana.locator(rowOf(reference)).getByTestId('inbox-row-link').click();
    await dana.getByTestId('inquiry-pane').waitFor();
    await expect.poll(() => sam.locator(rowOf(reference)).innerText(), { timeout: 15_000 }).toContain('Dana');
  });
  it('filtered inbox drops and gains rows live', async () => {
    const received = await submitWebInquiry(workspace.server.deps, { subject: 'Snow on the bike path', question: 'Not plowed yet' });
    if (received.kind !== 'created') throw new Error('intake failed');
    const reference = received.inquiry.reference;

    await sam.getByTestId('filter-claim').selectOption('UNCLAIMED');
    await sam.locator(rowOf(reference)).waitFor();

    // Claimed by Dana: it no longer matches Sam's "Unclaimed" view.
    await dana.locator(rowOf(reference)).getByTestId('claim-button').click();
    await sam.locator(rowOf(reference)).waitFor({ state: 'detached' });

    // Released: it matches again and comes back without a reload.
    await dana.locator(rowOf(reference)).getByTestId('inbox-row-link').click();
    await dana.getByTestId('release-button').click();
    await sam.locator(rowOf(reference)).waitFor();
    await sam.getByTestId('filter-claim').selectOption('ANYONE');
  });
});
