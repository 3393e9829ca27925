import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { listPayments } from '../../server/src/payments/views.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace, axeViolations } from './harness.js';

describe('payments in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  async function recordFee(page: Page, fields: { amount: string; method: 'CASH' | 'CARD'; description: string; payer: string; cardLast4?: string }) {
    await page.getByLabel('Amount in dollars').first().fill(fields.amount);
    await page.locator('#payment-method').selectOption(fields.method);
    if (fields.cardLast4) await page.getByLabel('Card: last 4 digits only').fill(fields.cardLast4);
    await page.locator('#payment-purpose').selectOption('FEE');
    await page.getByLabel('Fee description').fill(fields.description);
    await page.getByLabel("Payer's name").fill(fields.payer);
    await page.getByTestId('record-payment').click();
    const recorded = page.getByTestId('payment-recorded');
    await recorded.waitFor();
    const reference = /R-\d{6}/.exec(await recorded.innerText())![0];
    await page.locator(`[data-testid="payment-row"][data-reference="${reference}"]`).waitFor();
    return reference;
  }

  function row(page: Page, reference: string) {
    return page.locator(`[data-testid="payment-row"][data-reference="${reference}"]`);
  }

  it('records, prints, closes, reverses and audits', async () => {
    const dana = await createAgent(workspace.server.deps, 'Dana Cashier');
    const manager = await createAgent(workspace.server.deps, 'Morgan Manager', 'manager');
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await signIn(context, workspace.server.url, dana.email, TEST_PASSWORD);

    await page.goto(`${workspace.server.url}/counter/payments`);
    await page.getByTestId('record-payment-form').waitFor();
    await page.getByTestId('drawer-summary').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    // A full card number is rejected and nothing is recorded.
    await page.getByLabel('Amount in dollars').first().fill('10.00');
    await page.getByLabel('Fee description').fill('Card 4111 1111 1111 1111');
    await page.getByLabel("Payer's name").fill('Rosa Martinez');
    await page.getByTestId('record-payment').click();
    expect(await page.getByTestId('record-payment-errors').innerText()).toContain('must not contain a card number');

    // A full card number typed into the last-4 field is kept whole and refused by the server, not cut to its first four digits.
    await page.getByLabel('Fee description').fill('Copy of a permit');
    await page.locator('#payment-method').selectOption('CARD');
    await page.getByLabel('Card: last 4 digits only').fill('4111111111111111');
    expect(await page.getByLabel('Card: last 4 digits only').inputValue()).toBe('4111111111111111');
    await page.getByTestId('record-payment').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="record-payment-errors"]')?.textContent?.includes('cardLast4 must be exactly the last 4 digits'));

    // An amount above the maximum gets the server's limit message, not a GraphQL Int error.
    await page.getByLabel('Card: last 4 digits only').fill('4242');
    await page.getByLabel('Amount in dollars').first().fill('100000000');
    await page.getByTestId('record-payment').click();
    await page.waitForFunction(() => document.querySelector('[data-testid="record-payment-errors"]')?.textContent?.includes('amountCents must be at most 10000000 ($100,000.00)'));
    expect(await page.getByTestId('record-payment-errors').innerText()).not.toContain('32-bit');
    expect(await listPayments(workspace.server.deps.db, { staffId: dana.id })).toEqual([]);
    await page.locator('#payment-method').selectOption('CASH');

    const cash = await recordFee(page, { amount: '25.00', method: 'CASH', description: 'Copy of a permit', payer: 'Rosa Martinez' });
    const card = await recordFee(page, { amount: '12.50', method: 'CARD', cardLast4: '4242', description: 'Notary copy', payer: 'Lee Chen' });

    // The card payment is corrected before the close.
    await row(page, card).getByTestId('payment-edit').click();
    await page.getByTestId('edit-payment-form').getByLabel('Amount in dollars').fill('15.00');
    await page.getByTestId('edit-payment-save').click();
    await page.waitForFunction((reference) => document.querySelector(`[data-reference="${reference}"] .payments-amount`)?.textContent === '$15.00', card);
    expect(await page.getByTestId('drawer-summary').innerText()).toContain('total $40.00');

    // The receipt shows the payment's figures and prints without the workspace.
    await row(page, cash).getByTestId('payment-receipt-link').click();
    await page.getByTestId('receipt').waitFor();
    expect(await page.getByTestId('receipt-reference').innerText()).toBe(cash);
    expect(await page.getByTestId('receipt-amount').innerText()).toBe('$25.00');
    expect(await page.getByTestId('receipt-method').innerText()).toBe('Cash');
    expect(await page.getByTestId('receipt-purpose').innerText()).toBe('Fee: Copy of a permit');
    expect(await page.getByTestId('receipt-staff').innerText()).toBe('Dana Cashier');
    const pdfPath = await page.getByTestId('receipt-pdf-link').getAttribute('href');
    expect(pdfPath).toMatch(/^\/counter\/payments\/\d+\/receipt\.pdf$/);
    const pdf = await page.request.get(`${workspace.server.url}${pdfPath}`);
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByTestId('receipt-amount').isVisible()).toBe(true);
    expect(await page.getByTestId('presence-bar').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'screen' });

    // The close counts $5.00 less cash than expected, which is flagged.
    await page.goto(`${workspace.server.url}/counter/payments`);
    await page.getByTestId('close-drawer-form').waitFor();
    // An audit trail left open follows the close; the created entry lists only the fields that have a value.
    await row(page, cash).getByTestId('payment-audit').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-entry"]').length === 1);
    const created = await page.locator('[data-action="created"]').innerText();
    expect(created).toContain('amountCents: – → 2500');
    expect(created).not.toContain('– → –');
    await page.getByLabel('Counted cash in dollars').fill('20.00');
    await page.getByLabel('Card total in dollars').fill('15.00');
    await page.getByTestId('close-drawer').click();
    const closed = page.getByTestId('drawer-closed');
    await closed.waitFor();
    expect(await closed.innerText()).toContain('Difference flagged: -$5.00');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-entry"]').length === 2 && document.querySelector('[data-action="closed"]'));
    expect(await row(page, cash).getByTestId('payment-state').innerText()).toBe('Closed');
    expect(await row(page, cash).getByTestId('payment-edit').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);

    // After the close the payment can only be reversed, with a reason.
    await row(page, cash).getByTestId('payment-reverse').click();
    await page.getByTestId('reverse-payment-save').click();
    expect(await page.getByTestId('payment-error').innerText()).toBe('Give the reason for the reversal.');
    await page.getByTestId('reverse-payment-form').getByRole('textbox').fill('Charged the wrong fee');
    await page.getByTestId('reverse-payment-save').click();
    await page.waitForFunction((reference) => document.querySelector(`[data-reference="${reference}"] [data-testid="payment-state"]`)?.textContent?.startsWith('Reversed by'), cash);

    await row(page, cash).getByTestId('payment-audit').click();
    await page.getByTestId('payment-audit-trail').waitFor();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-entry"]').length === 3);
    expect(await page.getByTestId('audit-entry').evaluateAll((entries) => entries.map((entry) => entry.getAttribute('data-action')))).toEqual(['created', 'closed', 'reversed']);
    expect(await page.getByTestId('audit-entry').nth(2).innerText()).toContain('Charged the wrong fee');

    await row(page, card).getByTestId('payment-audit').click();
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="audit-entry"]').length === 3 && document.querySelector('[data-action="edited"]'));
    expect(await page.locator('[data-action="edited"]').innerText()).toContain('amountCents: 1250 → 1500');

    // The reversal receipt names the original receipt and the reason.
    const reversal = /R-\d{6}/.exec(await row(page, cash).getByTestId('payment-state').innerText())![0];
    const reversalId = Number(reversal.slice(2));
    await page.goto(`${workspace.server.url}/counter/payments/${reversalId}/receipt`);
    await page.getByTestId('receipt').waitFor();
    expect(await page.getByTestId('receipt-amount').innerText()).toBe('-$25.00');
    expect(await page.getByTestId('receipt-reverses').innerText()).toBe(cash);
    expect(await page.getByTestId('receipt-reason').innerText()).toBe('Charged the wrong fee');
    await context.close();

    // The manager sees the flagged close.
    const managerContext = await browser.newContext({ locale: 'en-US' });
    const managerPage = await signIn(managerContext, workspace.server.url, manager.email, TEST_PASSWORD);
    await managerPage.goto(`${workspace.server.url}/counter/payments`);
    const closeRow = managerPage.getByTestId('drawer-close-row').first();
    await closeRow.waitFor();
    expect(await closeRow.innerText()).toContain('Dana Cashier');
    expect(await closeRow.innerText()).toContain('Flagged: -$5.00');
    expect(await axeViolations(managerPage)).toEqual([]);

    // The reports count both fee payments as contacts and their money, net of reversals on the same day.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Denver', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
    await managerPage.goto(`${workspace.server.url}/reports?from=${today}&to=${today}&bucket=day`);
    const paymentRow = managerPage.locator('[data-testid="counter-service-row"][data-service="payment"]');
    await paymentRow.waitFor();
    expect(await paymentRow.getByTestId('counter-contacts').innerText()).toBe('2');
    // The reversal lands on the next business day, because Dana's drawer for today is closed.
    const paidToday = await listPayments(workspace.server.deps.db, { businessDate: today });
    expect(paidToday.filter((payment) => payment.reversalOfId !== null)).toEqual([]);
    expect(await paymentRow.getByTestId('counter-payments').innerText()).toBe('$40.00');
    const chart = managerPage.getByTestId('chart-counter-services');
    await managerPage.waitForFunction(() => document.querySelector('[data-testid="chart-counter-services"]')?.getAttribute('data-chart-values'));
    const drawn = JSON.parse((await chart.getAttribute('data-chart-values'))!) as { labels: string[]; datasets: { label: string; data: number[] }[] };
    expect(drawn.labels).toHaveLength(1);
    expect(drawn.datasets.map((dataset) => dataset.data[0])).toEqual([0, 0, 0, 0, 40]);
    expect(await axeViolations(managerPage)).toEqual([]);
    await managerContext.close();
  });
});
