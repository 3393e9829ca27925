import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { rotaMembers, rotaSlots } from '../../server/src/db/schema.js';
import { setNotaryCommission } from '../../server/src/notary/service.js';
import { localDate, localInstant } from '../../server/src/rotation/open-hours.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace, axeViolations } from './harness.js';

describe('notary in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let contexts: BrowserContext[] = [];

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
  });
  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  async function newPage(): Promise<Page> {
    const context = await browser.newContext({ locale: 'en-US' });
    contexts.push(context);
    return context.newPage();
  }

  async function book(page: Page, name: string): Promise<string> {
    const slot = page.getByTestId('notary-slot').first();
    const startsAt = (await slot.getAttribute('data-starts-at'))!;
    await slot.check();
    await page.getByTestId('notary-document-kind').selectOption('deed');
    await page.getByTestId('notary-document-count').fill('2');
    await page.getByTestId('notary-name').fill(name);
    await page.getByTestId('notary-submit').click();
    await page.locator('[data-testid="notary-booked"], [data-testid="notary-error"]').first().waitFor();
    expect(await page.getByTestId('notary-error').allInnerTexts()).toEqual([]);
    return startsAt;
  }

  it('residents book in Spanish and English; staff see them', async () => {
    const deps = workspace.server.deps;
    const zone = deps.centerTimeZone;
    const manager = await createAgent(deps, 'Mona Manager', 'manager');
    const notary = await createAgent(deps, 'Nora Notary');
    expect((await setNotaryCommission(deps, manager, { staffId: notary.id, commissionNumber: 'NM-7', active: true })).kind).toBe('ok');
    const [member] = await deps.db.insert(rotaMembers).values({ kind: 'agent', staffId: notary.id, displayName: 'Nora Notary' }).returning();
    const day = localDate(new Date(Date.now() + 2 * 86_400_000), zone);
    const first = localInstant(day, '10:00', zone);
    const second = localInstant(day, '10:30', zone);
    await deps.db.insert(rotaSlots).values([
      { memberId: member.id, startsAt: first, kind: 'on_call', publishedKind: 'on_call' },
      { memberId: member.id, startsAt: second, kind: 'off_desk', publishedKind: 'off_desk' },
    ]);

    // A resident books the first half hour in Spanish.
    const spanish = await newPage();
    await spanish.goto(`${workspace.server.url}/notary?lang=es`);
    await spanish.getByTestId('notary-form').waitFor();
    expect(await spanish.getByRole('heading', { level: 1 }).innerText()).toBe('Reserve una cita con notario');
    expect(await spanish.getByTestId('notary-slot').count()).toBe(2);
    expect(await axeViolations(spanish)).toEqual([]);

    await spanish.getByTestId('notary-name').fill('');
    await spanish.getByTestId('notary-submit').click();
    await spanish.getByTestId('notary-error').waitFor();
    expect(await spanish.getByTestId('notary-error').innerText()).toContain('Elija una hora.');
    expect(await axeViolations(spanish)).toEqual([]);

    const bookedFirst = await book(spanish, 'Rosa Martinez');
    expect(new Date(bookedFirst).getTime()).toBe(first.getTime());
    expect(await spanish.getByRole('heading', { level: 1 }).innerText()).toBe('Su cita está reservada');
    const spanishReference = await spanish.getByTestId('notary-reference').innerText();
    expect(spanishReference).toMatch(/^NA-\d{6}$/);
    expect(await axeViolations(spanish)).toEqual([]);

    // The booked half hour is gone for the next resident, who books the other one in English.
    const english = await newPage();
    await english.goto(`${workspace.server.url}/notary?lang=en`);
    await english.getByTestId('notary-form').waitFor();
    expect(await english.getByRole('heading', { level: 1 }).innerText()).toBe('Book a notary appointment');
    expect(await english.getByTestId('notary-slot').count()).toBe(1);
    const bookedSecond = await book(english, 'Omar Haddad');
    expect(new Date(bookedSecond).getTime()).toBe(second.getTime());
    const englishReference = await english.getByTestId('notary-reference').innerText();

    // The manage link shows the appointment without the resident's name, and cancels it.
    await english.getByTestId('notary-manage-link').click();
    await english.getByTestId('notary-manage-status').waitFor();
    expect(await english.getByTestId('notary-manage-reference').innerText()).toBe(englishReference);
    expect(await english.getByTestId('notary-manage-status').innerText()).toBe('Booked');
    expect(await english.locator('body').innerText()).not.toContain('Omar');
    expect(await axeViolations(english)).toEqual([]);
    await english.getByTestId('notary-manage-cancel').click();
    await english.getByText('The appointment is cancelled.').waitFor();
    expect(await english.getByTestId('notary-manage-status').innerText()).toBe('Cancelled');

    // The manager publishes leave over the first booking: the staff page flags it instead of dropping it.
    await deps.db
      .insert(rotaSlots)
      .values({ memberId: member.id, startsAt: first, kind: 'leave', publishedKind: 'leave' })
      .onConflictDoUpdate({ target: [rotaSlots.memberId, rotaSlots.startsAt], set: { kind: 'leave', publishedKind: 'leave' } });

    // Staff see the day's appointments with the residents' names.
    // The browser runs 21 hours ahead of the center; the page still opens on the center's today.
    const staffContext = await browser.newContext({ locale: 'en-US', timezoneId: 'Pacific/Kiritimati' });
    contexts.push(staffContext);
    const staffPage = await signIn(staffContext, workspace.server.url, notary.email, TEST_PASSWORD);
    await staffPage.goto(`${workspace.server.url}/counter/notary`);
    await staffPage.getByTestId('notary-day').waitFor();
    const centerToday = localDate(new Date(), deps.centerTimeZone);
    await staffPage.waitForFunction((expected) => (document.querySelector('[data-testid="notary-date"]') as HTMLInputElement | null)?.value === expected, centerToday);
    await staffPage.getByTestId('notary-date').fill(day);
    await staffPage.getByTestId('notary-date').dispatchEvent('change');
    await staffPage.getByTestId('notary-appointment').nth(1).waitFor();
    const rows = await staffPage.getByTestId('notary-day').getByTestId('notary-appointment').allInnerTexts();
    expect(rows).toHaveLength(2);
    expect(rows[0]).toContain('Rosa Martinez');
    expect(rows[0]).toContain(spanishReference);
    expect(rows[0]).toContain('Booked');
    expect(rows[1]).toContain('Omar Haddad');
    expect(rows[1]).toContain('Cancelled');
    const conflicts = await staffPage.getByTestId('notary-conflicts').getByTestId('notary-appointment').allInnerTexts();
    expect(conflicts).toHaveLength(1);
    expect(conflicts[0]).toContain(spanishReference);
    expect(conflicts[0]).toContain('Notary off duty');
    expect(await axeViolations(staffPage)).toEqual([]);

    // The appointment has not started yet, so its outcome cannot be recorded. The page shows from when instead.
    const booked = staffPage.getByTestId('notary-day').getByTestId('notary-appointment').first();
    expect(await booked.getByTestId('notary-mark-completed').count()).toBe(0);
    expect(await booked.getByTestId('notary-mark-no-show').count()).toBe(0);
    expect(await booked.getByTestId('notary-outcome-later').innerText()).toMatch(/^Completed and No-show from \d\d:\d\d$/);
    expect(await booked.getByTestId('notary-mark-cancelled').count()).toBe(1);
    // The list of conflicts spans days, so its hint gives the date too.
    const conflict = staffPage.getByTestId('notary-conflicts').getByTestId('notary-appointment').first();
    expect(await conflict.getByTestId('notary-outcome-later').innerText()).toMatch(/^Completed and No-show from [A-Z][a-z]{2} \d{1,2}, \d{4}, \d{1,2}:\d\d [AP]M$/);
  });
});
