import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import type { Actor } from '../../server/src/core/deps.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { submitWebInquiry } from '../../server/src/inquiries/intake.js';
import { axeViolations, launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace } from './harness.js';

const rowOf = (reference: string) => `[data-testid="inbox-row"][data-reference="${reference}"]`;

describe('agent workflows in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let page: Page;
  let priya: Actor;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
    await createTopic(workspace.server.deps, 'Tree blocking a sidewalk', 'Pavement Division');
    await createTopic(workspace.server.deps, 'Bark beetles', 'Cooperative Extension Service');
    priya = await createAgent(workspace.server.deps, 'Priya Natarajan');
    page = await signIn(await browser.newContext(), workspace.server.url, priya.email, TEST_PASSWORD);
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  it('wrong password shows an error', async () => {
    const context = await browser.newContext();
    const signInPage = await context.newPage();
    await signInPage.goto(`${workspace.server.url}/`);
    await signInPage.waitForURL(/\/signin/);
    await signInPage.getByLabel('E-mail').fill('nobody@county.example');
    await signInPage.getByLabel('Password').fill('not the password');
    await signInPage.getByTestId('signin-submit').click();
    expect(await signInPage.getByTestId('signin-error').innerText()).toContain('E-mail or password is incorrect');
    await context.close();
  });

  it('Alt+P logs a phone call from the keyboard', async () => {
    await page.keyboard.press('Alt+p');
    const dialog = page.getByTestId('quick-entry-dialog');
    await dialog.waitFor();
    // Focus starts in the first field, so typing goes straight into the reason.
    await page.keyboard.type('Branches hanging over the sidewalk');
    await dialog.getByTestId('quick-entry-name').fill('María Peña');
    await dialog.getByTestId('quick-entry-phone').fill('505-555-0199');
    await dialog.getByTestId('quick-entry-topic').fill('sidewalk');
    await dialog.getByTestId('topic-option').first().click();
    await dialog.getByTestId('quick-entry-notes').fill('Corner of Elm and 5th.');
    await dialog.getByTestId('quick-entry-subject').press('Enter');
    await dialog.waitFor({ state: 'hidden' });

    const row = page.locator('[data-testid="inbox-row"]', { hasText: 'Branches hanging over the sidewalk' });
    await row.waitFor();
    expect(await row.getByTestId('channel-icon').getAttribute('data-channel')).toMatch(/phone/i);
  });

  it('Alt+W shows field errors next to the field', async () => {
    await page.keyboard.press('Alt+w');
    const dialog = page.getByTestId('quick-entry-dialog');
    await dialog.waitFor();
    await dialog.getByTestId('quick-entry-subject').fill('Notary for a deed');
    await dialog.getByTestId('quick-entry-phone').fill('call me');
    await dialog.getByTestId('quick-entry-submit').click();
    expect(await dialog.getByTestId('field-error-phone').innerText()).toContain('phone number');

    // Editing a field clears the error that described its old value.
    await dialog.getByTestId('quick-entry-phone').fill('505-555-0100');
    expect(await dialog.getByTestId('field-error-phone').count()).toBe(0);
    await dialog.getByTestId('quick-entry-submit').click();
    await dialog.waitFor({ state: 'hidden' });
    await page.locator('[data-testid="inbox-row"]', { hasText: 'Notary for a deed' }).waitFor();
  });

  it('detail pane routes, notes, resolves and reopens', async () => {
    const received = await submitWebInquiry(workspace.server.deps, { subject: 'Holes in my pine bark', question: 'Is it beetles?' });
    if (received.kind !== 'created') throw new Error('intake failed');
    const reference = received.inquiry.reference;

    await page.locator(rowOf(reference)).getByTestId('inbox-row-link').click();
    const pane = page.getByTestId('inquiry-pane');
    await pane.waitFor();
    expect(await pane.getByTestId('thread').innerText()).toContain('Is it beetles?');

    await pane.getByTestId('route-topic').fill('Bark');
    await pane.getByTestId('topic-option').first().click();
    await page.getByTestId('route-button').click();
    await expect.poll(() => pane.getByTestId('inquiry-department').innerText()).toContain('Cooperative Extension Service');

    await page.getByTestId('note-input').fill('Called the extension office.');
    await page.getByTestId('add-note-button').click();
    await expect.poll(() => pane.getByTestId('thread').innerText()).toContain('Called the extension office.');

    await page.getByTestId('resolve-button').click();
    expect(await pane.getByTestId('field-error-resolutionNote').innerText()).toContain('resolution note');
    await page.getByTestId('resolution-note').fill('Extension will inspect on Tuesday.');
    await page.getByTestId('resolve-button').click();
    await expect.poll(() => pane.getAttribute('data-status')).toMatch(/resolved/i);

    await page.getByTestId('reopen-reason').fill('Resident called back');
    await page.getByTestId('reopen-button').click();
    await expect.poll(() => pane.getAttribute('data-status')).toMatch(/open/i);
  });

  it('channel filter narrows the inbox', async () => {
    await page.goto(`${workspace.server.url}/`);
    await page.getByTestId('inbox-list').waitFor();
    await page.locator('[data-testid="filter-channel"][data-channel="WALK_IN"]').click();
    // The walk-in logged above must stay; the web question and the phone call must go.
    await page.locator('[data-testid="inbox-row"]', { hasText: 'Notary for a deed' }).waitFor();
    await expect
      .poll(async () => {
        const channels = await page.locator('[data-testid="inbox-row"] [data-testid="channel-icon"]').evaluateAll((icons) =>
          icons.map((icon) => icon.getAttribute('data-channel')),
        );
        return channels.length > 0 && channels.every((channel) => channel === 'WALK_IN');
      })
      .toBe(true);
  });

  it('channel chips show live counts', async () => {
    await page.goto(`${workspace.server.url}/`);
    await page.getByTestId('inbox-list').waitFor();
    /** Returns the contrast ratio of the pressed chip's count, its opacity blended over the chip's background. */
    const pressedCountContrast = () =>
      page.locator('[data-testid="filter-channel"][aria-pressed="true"] [data-testid="channel-count"]').evaluate((count) => {
        const rgb = (value: string) => value.match(/\d+(\.\d+)?/g)!.slice(0, 3).map(Number);
        const opacity = Number(getComputedStyle(count).opacity);
        const text = rgb(getComputedStyle(count).color);
        const background = rgb(getComputedStyle(count.closest('button')!).backgroundColor);
        const blended = text.map((channel, index) => opacity * channel + (1 - opacity) * background[index]!);
        const luminance = (color: number[]) => {
          const [r, g, b] = color.map((channel) => {
            const value = channel / 255;
            return value <= 0.04045 ? value / 12.92 : ((value + 0.055) / 1.055) ** 2.4;
          });
          return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
        };
        const [light, dark] = [luminance(blended), luminance(background)].sort((a, b) => b - a);
        return (light! + 0.05) / (dark! + 0.05);
      });
    const countOf = async (channel: string) => {
      const text = await page.locator(`[data-testid="filter-channel"][data-channel="${channel}"] [data-testid="channel-count"]`).innerText();
      return Number(text.match(/\d+/)?.[0]);
    };
    // Until here: one call logged with Alt+P, one walk-in and one web question, all open.
    await expect.poll(() => countOf('WEB'), { timeout: 10_000 }).toBe(1);
    expect(await countOf('PHONE')).toBe(1);
    expect(await countOf('WALK_IN')).toBe(1);
    expect(await countOf('EMAIL')).toBe(0);
    // A screen reader reads the label and the count with its noun.
    expect(await page.getByRole('button', { name: 'Phone 1 inquiry', exact: true }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'E-mail 0 inquiries', exact: true }).count()).toBe(1);

    // Pressing a chip narrows the list but not the counts, which show what each chip would add.
    await page.locator('[data-testid="filter-channel"][data-channel="PHONE"]').click();
    await page.locator('[data-testid="inbox-row"]', { hasText: 'Branches hanging over the sidewalk' }).waitFor();
    expect(await countOf('WEB')).toBe(1);
    expect(await axeViolations(page, '[data-testid="inbox-filters"]')).toEqual([]);
    // axe did not flag this count at 75% opacity (3.95:1), so its contrast is checked here against WCAG's 4.5:1.
    expect(await pressedCountContrast()).toBeGreaterThanOrEqual(4.5);

    const received = await submitWebInquiry(workspace.server.deps, { subject: 'Streetlight out on Pine', question: 'Dark since Friday.' });
    if (received.kind !== 'created') throw new Error('intake failed');
    // The chips count again a second after a live change, which is longer than expect.poll's default wait.
    await expect.poll(() => countOf('WEB'), { timeout: 10_000 }).toBe(2);
    expect(await page.locator(rowOf(received.inquiry.reference)).count()).toBe(0);

    // The other filters do change the counts: nothing is resolved.
    await page.getByTestId('filter-status').selectOption('RESOLVED');
    await expect.poll(() => countOf('WEB'), { timeout: 10_000 }).toBe(0);
    await page.getByTestId('clear-filters').click();
    await expect.poll(() => countOf('WEB'), { timeout: 10_000 }).toBe(2);
  });

  it('inbox fits a 320 px screen', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    try {
      const narrow = await signIn(context, workspace.server.url, priya.email, TEST_PASSWORD);
      await narrow.getByTestId('channel-count').first().waitFor();
      const overflow = await narrow.evaluate(() => {
        const width = document.documentElement.clientWidth;
        const wide = Array.from(document.querySelectorAll('.inbox-column *'))
          .filter((element) => element.getBoundingClientRect().right > width + 0.5)
          .map((element) => `${element.tagName.toLowerCase()}.${element.className}`);
        return { wide, documentScroll: document.documentElement.scrollWidth - width };
      });
      expect(overflow.wide).toEqual([]);
      expect(overflow.documentScroll).toBeLessThanOrEqual(0);

      // The search box takes no more than the server accepts.
      await narrow.getByTestId('filter-text').fill('x'.repeat(250));
      expect(await narrow.getByTestId('filter-text').inputValue()).toHaveLength(200);
    } finally {
      await context.close();
    }
  });

  it('overlong question is flagged, not cut', async () => {
    const context = await browser.newContext();
    const ask = await context.newPage();
    await ask.goto(`${workspace.server.url}/ask`);
    await ask.getByLabel('Subject').fill('Very long question');
    await ask.getByTestId('ask-question').fill('x'.repeat(20_001));
    expect(await ask.getByTestId('ask-question').inputValue()).toHaveLength(20_001);
    expect(await ask.getByTestId('field-counter-question').getAttribute('class')).toContain('field-counter-over');

    await ask.getByTestId('ask-submit').click();
    await ask.getByTestId('field-error-question').waitFor();
    expect(await ask.getByTestId('ask-receipt').count()).toBe(0);
    await context.close();
  });

  it('public page works in Spanish and names bad fields', async () => {
    const context = await browser.newContext({ locale: 'en-US' });
    const ask = await context.newPage();
    await ask.goto(`${workspace.server.url}/ask?lang=es`);
    await ask.getByLabel('Asunto').fill('Bache en la calle Main');
    await ask.getByLabel('Su pregunta').fill('Hay un bache grande frente a la biblioteca.');
    await ask.getByTestId('ask-email').fill('no-es-correo');
    await ask.getByTestId('ask-submit').click();
    await ask.locator('[data-testid="ask-form"] .field-error').first().waitFor();

    await ask.getByTestId('ask-email').fill('');
    await ask.getByTestId('ask-submit').click();
    expect((await ask.getByTestId('ask-reference').innerText()).trim()).toMatch(/^Q-\d{6}$/);
    expect(await ask.locator('html').getAttribute('lang')).toBe('es');
    await context.close();
  });
});
