import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { attachments, inquiries, rateLimitHits } from '../../server/src/db/schema.js';
import type { RunningServer } from '../../server/src/http/server.js';
import { openTestDatabase, type TestDatabase } from '../../server/test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { startTestServer } from '../../server/test/support/server.js';
import { launchChromium, requireBrowserAndBuild, signIn, webDist, axeViolations } from './harness.js';

/** A 1×1 PNG. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64');

/** Submissions allowed per address in the test server; every browser here comes from 127.0.0.1. */
const RATE_LIMIT = 3;

/** Clicks submit and waits for the receipt; fails with the error summary's text when one shows instead. */
async function submitForReceipt(page: Page): Promise<void> {
  await page.getByTestId('ask-submit').click();
  await page.locator('[data-testid="ask-receipt"], [data-testid="ask-error"]').first().waitFor();
  const errors = await page.getByTestId('ask-error').allInnerTexts();
  expect(errors).toEqual([]);
}

const activeTestId = (page: Page) => page.evaluate(() => document.activeElement?.getAttribute('data-testid') ?? document.activeElement?.id ?? null);

describe('public form and status page in the browser', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    requireBrowserAndBuild();
    database = await openTestDatabase('pglite');
    server = await startTestServer(database, { WEB_DIST: webDist, WEB_FORM_RATE_LIMIT: String(RATE_LIMIT) });
    browser = await launchChromium();
    await createTopic(server.deps, 'Potholes', 'Street Maintenance');
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await context?.close();
    // Each test starts with a fresh count, so only the rate-limit test reaches the limit.
    await server.deps.db.delete(rateLimitHits);
    context = await browser.newContext({ locale: 'en-US', permissions: ['clipboard-read', 'clipboard-write'] });
    page = await context.newPage();
  });

  async function openForm(language: 'en' | 'es'): Promise<void> {
    await page.goto(`${server.url}/ask?lang=${language}`);
    await page.getByTestId('ask-form').waitFor();
  }

  /** Reads the stored inquiry with `reference`; e2e has no drizzle-orm of its own, so the rows are filtered here. */
  async function storedInquiry(reference: string) {
    const rows = await server.deps.db.select().from(inquiries);
    const row = rows.find((candidate) => candidate.reference === reference);
    if (!row) throw new Error(`no inquiry ${reference}`);
    return row;
  }

  it('form and its errors pass axe in both languages', async () => {
    await openForm('en');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('ask-submit').click();
    const summary = page.getByTestId('ask-error');
    await summary.waitFor();
    expect(await activeTestId(page)).toBe('ask-error');
    expect(await summary.getAttribute('role')).toBe('alert');
    expect(await summary.innerText()).toContain('There is a problem');
    expect(await page.getByTestId('ask-subject').getAttribute('aria-invalid')).toBe('true');
    expect(await page.getByTestId('ask-subject').getAttribute('aria-describedby')).toContain('ask-subject-error');
    expect(await axeViolations(page)).toEqual([]);

    // The summary's link moves focus to the field it names.
    await summary.getByRole('link').first().click();
    expect(await activeTestId(page)).toBe('ask-subject');

    await page.getByTestId('language-es').click();
    expect(await summary.innerText()).toContain('Hay un problema');
    expect(await page.getByTestId('field-error-subject').innerText()).toBe('Este campo es obligatorio.');
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await axeViolations(page)).toEqual([]);

    await openForm('es');
    expect(await page.getByLabel('Asunto').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    // The check can fail: an input without a label is reported.
    await page.evaluate(() => document.querySelector('main')!.append(Object.assign(document.createElement('input'), { id: 'unlabelled' })));
    expect((await axeViolations(page)).join('\n')).toContain('#unlabelled');
  });

  it('honeypot and photo input meet their markup rules', async () => {
    await openForm('en');
    const honeypot = page.getByTestId('ask-honeypot');
    expect(await honeypot.getAttribute('tabindex')).toBe('-1');
    expect(await honeypot.getAttribute('autocomplete')).toBe('off');
    expect(await page.locator('.ask-honeypot').getAttribute('aria-hidden')).toBe('true');
    expect(await page.locator('.ask-honeypot').evaluate((element) => getComputedStyle(element).display)).not.toBe('none');

    // Tabbing from the address field skips the honeypot and lands on the submit button.
    await page.getByTestId('ask-address').focus();
    await page.keyboard.press('Tab');
    expect(await activeTestId(page)).toBe('ask-submit');

    const photo = page.getByTestId('ask-photo');
    expect(await photo.getAttribute('accept')).toContain('image/heic');
    const hint = await page.locator(`#${(await photo.getAttribute('aria-describedby'))!.split(' ')[0]}`).innerText();
    expect(hint).toContain('JPEG, PNG, WebP or HEIC');
    expect(hint).toContain('5 MB');

    await photo.setInputFiles({ name: 'notes.txt', mimeType: 'text/plain', buffer: Buffer.from('not a photo') });
    expect(await page.getByTestId('field-error-photo').innerText()).toBe('Choose a JPEG, PNG, WebP or HEIC image.');
    expect(await photo.getAttribute('aria-invalid')).toBe('true');
  });

  it('photo without contact details gets a receipt and status page', async () => {
    await openForm('en');
    await page.getByLabel('Subject').fill('Pothole by the library');
    await page.getByLabel('Your question').fill('A deep pothole in the right lane.');
    await page.getByTestId('ask-topic').selectOption({ label: 'Potholes' });
    await page.getByTestId('ask-location-address').fill('Main St and 5th');
    await page.getByTestId('ask-photo').setInputFiles({ name: 'pothole.png', mimeType: 'image/png', buffer: PNG });
    await page.getByTestId('ask-photo-chosen').waitFor();
    await submitForReceipt(page);

    expect(await page.evaluate(() => document.activeElement?.id)).toBe('receipt-title');
    const reference = (await page.getByTestId('ask-reference').innerText()).trim();
    expect(reference).toMatch(/^Q-\d{6}$/);
    const statusLink = await page.getByTestId('ask-status-link').inputValue();
    expect(statusLink).toMatch(new RegExp(`^${server.url}/status/[A-Za-z0-9_-]{24}$`));
    // The time received is in the center's zone with its name, as on the status page, not in the browser's zone.
    const receivedAt = (await storedInquiry(reference)).createdAt;
    const timeZone = server.deps.centerTimeZone;
    const zoneName = new Intl.DateTimeFormat('en-US', { timeZoneName: 'short', timeZone }).formatToParts(receivedAt).find((part) => part.type === 'timeZoneName')!.value;
    const centerTime = `${new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone }).format(receivedAt)} ${zoneName}`;
    expect(await page.getByTestId('ask-received-at').innerText()).toContain(centerTime);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('ask-copy-link').click();
    await expect.poll(() => page.getByTestId('ask-copy-state').innerText()).toBe('Link copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(statusLink);

    const row = await storedInquiry(reference);
    expect(row.contactId).toBeNull();
    expect(row.addressText).toBe('Main St and 5th');
    const files = (await server.deps.db.select().from(attachments)).filter((file) => file.inquiryId === row.id);
    expect(files.map((file) => [file.filename, file.contentType, file.sizeBytes])).toEqual([['pothole.png', 'image/png', PNG.length]]);

    await page.getByTestId('ask-open-status').click();
    await page.getByTestId('status-card').waitFor();
    expect(await page.getByTestId('status-reference').innerText()).toBe(reference);
    expect(await page.getByTestId('status-topic').innerText()).toBe('Potholes');
    expect(await page.getByTestId('status-steps').getAttribute('data-progress')).toBe('RECEIVED');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('language-es').click();
    await expect.poll(() => page.locator('h1').innerText()).toBe('Estado de su pregunta');
    expect(await axeViolations(page)).toEqual([]);
  });

  it('status page shows an agent public note only', async () => {
    await openForm('en');
    await page.getByLabel('Subject').fill('Streetlight out on Pine');
    await page.getByLabel('Your question').fill('Dark for a week.');
    await page.getByTestId('ask-name').fill('Maria Peña');
    await page.getByTestId('ask-email').fill('maria.pena@example.org');
    await submitForReceipt(page);
    const reference = (await page.getByTestId('ask-reference').innerText()).trim();
    const statusLink = await page.getByTestId('ask-status-link').inputValue();

    const agent = await createAgent(server.deps, 'Dana Ortiz');
    const agentContext = await browser.newContext({ locale: 'en-US' });
    try {
      const staff = await signIn(agentContext, server.url, agent.email, TEST_PASSWORD);
      await staff.goto(`${server.url}/inquiries/${(await storedInquiry(reference)).id}`);
      const pane = staff.getByTestId('inquiry-pane');
      await pane.waitFor();

      await staff.getByTestId('note-input').fill('Checked with the crew about Maria.');
      await staff.getByTestId('add-note-button').click();
      await expect.poll(() => pane.getByTestId('thread').innerText()).toContain('Checked with the crew');

      await staff.getByTestId('note-input').fill('A crew will replace the lamp on Thursday.');
      await staff.getByTestId('note-public').check();
      await staff.getByTestId('add-note-button').click();
      await expect.poll(() => pane.getByTestId('message-public').count()).toBe(1);
      expect(await staff.getByTestId('note-public').isChecked()).toBe(false);
    } finally {
      await agentContext.close();
    }

    await page.goto(statusLink);
    await page.getByTestId('status-update').first().waitFor();
    const updates = await page.getByTestId('status-update').allInnerTexts();
    expect(updates).toHaveLength(1);
    expect(updates[0]).toContain('A crew will replace the lamp on Thursday.');
    const text = await page.locator('body').innerText();
    for (const secret of ['Maria', 'maria.pena@example.org', 'Dana', 'Checked with the crew', 'Dark for a week']) {
      expect(text).not.toContain(secret);
    }
    expect(await axeViolations(page)).toEqual([]);
  });

  it('honeypot answers like success and stores nothing', async () => {
    const before = (await server.deps.db.select({ id: inquiries.id }).from(inquiries)).length;
    await openForm('en');
    await page.getByLabel('Subject').fill('Cheap watches');
    await page.getByLabel('Your question').fill('Buy now');
    // A robot fills every field it finds, the hidden one too.
    await page.getByTestId('ask-honeypot').fill('https://spam.example', { force: true });
    await submitForReceipt(page);

    expect((await page.getByTestId('ask-reference').innerText()).trim()).toMatch(/^Q-\d{6}$/);
    expect((await server.deps.db.select({ id: inquiries.id }).from(inquiries)).length).toBe(before);

    await page.goto(await page.getByTestId('ask-status-link').inputValue());
    await page.getByTestId('status-not-found').waitFor();
  });

  it('rate limit names the wait', async () => {
    // Spend the address's allowance: the test runner and the browser share 127.0.0.1.
    for (let i = 0; i < RATE_LIMIT; i += 1) {
      const response = await fetch(`${server.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: 'mutation($input: WebInquiryInput!) { submitWebInquiry(input: $input) { receipt { reference } } }',
          variables: { input: { subject: `Earlier question ${i}`, question: 'x' } },
        }),
      });
      expect(response.status).toBe(200);
    }

    await openForm('en');
    await page.getByLabel('Subject').fill('One more');
    await page.getByLabel('Your question').fill('Is anyone there?');
    await page.getByTestId('ask-submit').click();

    const summary = page.getByTestId('ask-error');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/Try again in (1 minute|\d+ minutes)\./);
    expect(await activeTestId(page)).toBe('ask-error');
    expect(await page.getByTestId('ask-receipt').count()).toBe(0);
  });

  it('Spanish form sends and shows a Spanish receipt', async () => {
    await openForm('es');
    await page.getByLabel('Asunto').fill('Bache en la calle Main');
    await page.getByLabel('Su pregunta').fill('Hay un bache grande frente a la biblioteca.');
    await submitForReceipt(page);

    expect(await page.locator('#receipt-title').innerText()).toBe('Gracias, recibimos su pregunta');
    expect(await page.getByText('Su enlace privado de estado').count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('ask-open-status').click();
    await page.getByTestId('status-card').waitFor();
    expect(await page.getByTestId('status-steps').innerText()).toContain('Recibida');
    expect(await axeViolations(page)).toEqual([]);
  });
});
