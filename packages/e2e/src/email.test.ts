import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { receiveEmail } from '../../server/src/email/intake.js';
import { OutboxWorker } from '../../server/src/email/sender.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace } from './harness.js';

const MAIL_FROM = '311@county.example';
const settings = { maxFileBytes: 1_000_000, maxFilesBytes: 2_000_000, acknowledgementsPerHour: 3, mailFrom: MAIL_FROM };

describe('e-mail replies and the outbox in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
    const agent = await createAgent(workspace.server.deps, 'Dana Ortiz');
    page = await signIn(await browser.newContext(), workspace.server.url, agent.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  it('reply is queued, listed in the outbox, then sent', async () => {
    const raw = Buffer.from(
      [
        'From: Ana Lopez <ana@resident.example>',
        'To: 311@county.example',
        'Subject: Broken streetlight on Elm',
        'Message-ID: <e2e-1@resident.example>',
        'MIME-Version: 1.0',
        'Content-Type: multipart/mixed; boundary="b"',
        '',
        '--b',
        'Content-Type: text/plain; charset=utf-8',
        '',
        'The light at 42 Elm is out.',
        '--b',
        'Content-Type: text/html; name="page.html"',
        'Content-Disposition: attachment; filename="page.html"',
        '',
        '<script>alert(1)</script>',
        '--b--',
      ].join('\r\n'),
    );
    const received = await receiveEmail(workspace.server.deps, settings, raw);
    if (received.kind !== 'created') throw new Error(JSON.stringify(received));

    await page.goto(`${workspace.server.url}/inquiries/${received.inquiryId}`);
    const pane = page.locator(`[data-testid="inquiry-pane"][data-reference="${received.reference}"]`);
    await pane.waitFor();

    // The attachment downloads as a file with its stored type, never rendered in the page.
    const link = pane.getByTestId('attachment-link');
    await link.waitFor();
    expect(await link.innerText()).toBe('page.html');
    const download = await page.request.get(`${workspace.server.url}${await link.getAttribute('href')}`);
    expect(download.status()).toBe(200);
    expect(download.headers()['content-disposition']).toMatch(/^attachment;/);
    expect(download.headers()['content-type']).toMatch(/^text\/html/);

    // The acknowledgement waits in the outbox, because no relay is configured.
    await pane.locator('[data-testid="outbound-email"][data-kind="acknowledgement"][data-status="queued"]').waitFor();

    await pane.getByTestId('reply-input').fill('A crew will replace the lamp on Thursday.');
    await pane.getByTestId('send-reply-button').click();
    await pane.getByTestId('reply-notice').waitFor();
    const reply = pane.locator('[data-testid="outbound-email"][data-kind="reply"]');
    await reply.waitFor();
    expect(await reply.getAttribute('data-status')).toBe('queued');
    expect(await reply.getByTestId('outbound-status').innerText()).toBe('Queued');
    await pane.locator('[data-testid="thread-message"][data-kind="reply"]', { hasText: 'A crew will replace the lamp' }).waitFor();

    await page.getByTestId('nav-outbox').click();
    const outbox = page.getByTestId('outbox');
    await outbox.waitFor();
    await outbox.getByTestId('no-relay').waitFor();
    const replyRow = outbox.locator('[data-testid="outbox-row"][data-kind="reply"]');
    await replyRow.waitFor();
    expect(await replyRow.getAttribute('data-status')).toBe('queued');
    expect(await replyRow.innerText()).toContain(received.reference);
    expect(await replyRow.innerText()).toContain('ana@resident.example');

    // With a relay on loopback, a worker sends the queued e-mails and the outbox updates live.
    const relayed: string[] = [];
    const relay = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      onData(stream, _session, callback) {
        const chunks: Buffer[] = [];
        stream.on('data', (chunk: Buffer) => chunks.push(chunk));
        stream.on('end', () => {
          relayed.push(Buffer.concat(chunks).toString('utf8'));
          callback();
        });
      },
    });
    await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', () => resolve()));
    const port = (relay.server.address() as AddressInfo).port;
    const worker = new OutboxWorker(workspace.server.deps, { relayUrl: `smtp://127.0.0.1:${port}`, mailFrom: MAIL_FROM, outboxMaxAttempts: 5 });
    try {
      expect(await worker.runOnce()).toBe(2);
    } finally {
      await worker.stop();
      await new Promise<void>((resolve) => relay.close(() => resolve()));
    }
    expect(relayed).toHaveLength(2);

    await outbox.getByTestId('outbox-filter').selectOption('all');
    const sentRow = outbox.locator('[data-testid="outbox-row"][data-kind="reply"][data-status="sent"]');
    await sentRow.waitFor();
    await sentRow.getByRole('link', { name: received.reference }).click();
    await page.locator(`[data-testid="inquiry-pane"][data-reference="${received.reference}"] [data-testid="outbound-email"][data-kind="reply"][data-status="sent"]`).waitFor();
  });
});
