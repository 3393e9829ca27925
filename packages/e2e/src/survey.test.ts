import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Actor } from '../../server/src/core/deps.js';
import { inquiries, outboundEmails, rateLimitHits, surveyResponses } from '../../server/src/db/schema.js';
import type { RunningServer } from '../../server/src/http/server.js';
import { submitWebInquiry } from '../../server/src/inquiries/intake.js';
import { resolveInquiry } from '../../server/src/inquiries/service.js';
import { openTestDatabase, type TestDatabase } from '../../server/test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { startTestServer } from '../../server/test/support/server.js';
import { launchChromium, requireBrowserAndBuild, signIn, webDist, axeViolations } from './harness.js';

describe('satisfaction survey in the browser', () => {
  let database: TestDatabase;
  let server: RunningServer;
  let browser: Browser;
  let agent: Actor;
  let agentPage: Page;
  let context: BrowserContext;
  let page: Page;

  beforeAll(async () => {
    requireBrowserAndBuild();
    database = await openTestDatabase('pglite');
    server = await startTestServer(database, { WEB_DIST: webDist });
    browser = await launchChromium();
    await createTopic(server.deps, 'Streetlights', 'Traffic Engineering');
    agent = await createAgent(server.deps, 'Priya Natarajan');
    agentPage = await signIn(await browser.newContext(), server.url, agent.email, TEST_PASSWORD);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await context?.close();
    await server.deps.db.delete(rateLimitHits);
    context = await browser.newContext({ locale: 'en-US' });
    page = await context.newPage();
  });

  async function newQuestion(email?: string) {
    const received = await submitWebInquiry(server.deps, {
      subject: 'Streetlight out on Pine',
      question: 'The light at 5th and Pine has been out for a week.',
      email: email ?? null,
      statusLink: true,
    });
    if (received.kind !== 'created') throw new Error(`intake failed: ${JSON.stringify(received)}`);
    return { id: received.inquiry.id, reference: received.inquiry.reference, statusToken: received.statusToken! };
  }

  /** Resolves through the service, with the e-mail settings the GraphQL resolver passes. */
  async function resolveDirectly(id: number) {
    const [row] = (await server.deps.db.select({ id: inquiries.id, version: inquiries.version }).from(inquiries)).filter((candidate) => candidate.id === id);
    const result = await resolveInquiry(server.deps, agent, id, row.version, 'The crew replaced the bulb.', { publicBaseUrl: server.url, mailFrom: '311@county.example' });
    if (result.kind !== 'ok') throw new Error(`resolve failed: ${JSON.stringify(result)}`);
  }

  /** Reads the survey link out of the queued e-mail, as the resident's mail client shows it. */
  async function surveyLinkFromOutbox(inquiryId: number): Promise<string> {
    const emails = (await server.deps.db.select().from(outboundEmails)).filter((email) => email.inquiryId === inquiryId && email.kind === 'survey');
    expect(emails).toHaveLength(1);
    const link = /https?:\/\/\S+\/survey\/[A-Za-z0-9_-]{24}/.exec(emails[0].bodyText);
    if (!link) throw new Error(`no survey link in the e-mail: ${emails[0].bodyText}`);
    return link[0];
  }

  it('agent resolves, resident rates through the e-mail', async () => {
    const question = await newQuestion('rosa@example.org');

    await agentPage.goto(`${server.url}/inquiries/${question.id}`);
    const pane = agentPage.getByTestId('inquiry-pane');
    await pane.waitFor();
    await agentPage.getByTestId('resolution-note').fill('The crew replaced the bulb on Tuesday.');
    await agentPage.getByTestId('resolve-button').click();
    await expect.poll(() => pane.getAttribute('data-status')).toMatch(/resolved/i);

    const link = await surveyLinkFromOutbox(question.id);
    expect(link.startsWith(`${server.url}/survey/`)).toBe(true);

    await page.goto(link);
    await page.getByTestId('survey-form').waitFor();
    expect(await page.getByTestId('survey-reference').innerText()).toBe(question.reference);
    expect(await axeViolations(page)).toEqual([]);

    // Without ratings the form names both groups and ties the errors to them.
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-error').waitFor();
    expect(await page.getByTestId('field-error-serviceRating').innerText()).toBe('Choose one of the four ratings.');
    expect(await page.getByTestId('field-error-courtesyRating').innerText()).toBe('Choose one of the four ratings.');
    expect(await page.getByTestId('survey-serviceRating-4').getAttribute('aria-describedby')).toBe('survey-serviceRating-error');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByLabel('Excellent').first().check();
    await page.getByTestId('survey-courtesyRating-3').check();
    await page.getByTestId('survey-comment').fill('Fixed within two days.');
    await page.getByTestId('survey-employee-name').fill('Priya');
    await page.getByTestId('survey-kudos-message').fill('Called me back the same day.');
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-thanks').waitFor();
    const thanks = await page.getByTestId('survey-thanks').innerText();
    expect(thanks).toContain('“Excellent”');
    expect(thanks).toContain('“Good”');
    expect(thanks).toContain('Your praise was sent to a manager.');

    // The link used twice: the page shows it was rated, and the first rating stays.
    await page.reload();
    await page.getByTestId('survey-already').waitFor();
    expect(await page.getByTestId('survey-form').count()).toBe(0);
    const stored = (await server.deps.db.select().from(surveyResponses)).filter((row) => row.inquiryId === question.id);
    expect(stored.map((row) => [row.serviceRating, row.courtesyRating, row.source])).toEqual([[4, 3, 'email']]);

    await agentPage.reload();
    await agentPage.getByTestId('inquiry-survey').waitFor();
    expect(await agentPage.getByTestId('inquiry-survey-service').innerText()).toContain('4 of 4');
    expect(await agentPage.getByTestId('inquiry-survey-courtesy').innerText()).toContain('3 of 4');
    expect(await agentPage.getByTestId('inquiry-survey-comment').innerText()).toBe('Fixed within two days.');
  });

  it('status page offers the survey once resolved', async () => {
    const question = await newQuestion();

    await page.goto(`${server.url}/status/${question.statusToken}`);
    await page.getByTestId('status-card').waitFor();
    expect(await page.getByTestId('survey-form').count()).toBe(0);

    await resolveDirectly(question.id);
    await page.reload();
    await page.getByTestId('survey-form').waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('survey-serviceRating-2').check();
    await page.getByTestId('survey-courtesyRating-4').check();
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-thanks').waitFor();

    await page.reload();
    await page.getByTestId('status-survey-rated').waitFor();
    const rated = await page.getByTestId('status-survey-rated').innerText();
    expect(rated).toContain('“Fair”');
    expect(rated).toContain('“Excellent”');
    expect(await page.getByTestId('survey-form').count()).toBe(0);
    const stored = (await server.deps.db.select().from(surveyResponses)).filter((row) => row.inquiryId === question.id);
    expect(stored.map((row) => row.source)).toEqual(['status_link']);
  });

  it('Spanish survey page passes axe', async () => {
    const question = await newQuestion('luis@example.org');
    await resolveDirectly(question.id);
    const link = await surveyLinkFromOutbox(question.id);

    await page.goto(`${link}?lang=es`);
    await page.getByTestId('survey-form').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('es');
    expect(await page.locator('h1').innerText()).toBe('Califique nuestro servicio');
    expect(await page.getByTestId('survey-serviceRating').innerText()).toContain('Excelente');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-error').waitFor();
    expect(await page.getByTestId('field-error-serviceRating').innerText()).toBe('Elija una de las cuatro calificaciones.');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByTestId('survey-serviceRating-1').check();
    await page.getByTestId('survey-courtesyRating-1').check();
    await page.getByTestId('survey-submit').click();
    await page.getByTestId('survey-thanks').waitFor();
    expect(await page.getByTestId('survey-thanks').innerText()).toContain('«Malo»');
  });
});
