import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import type { Actor } from '../../server/src/core/deps.js';
import { claimInquiry, resolveInquiry } from '../../server/src/inquiries/service.js';
import { submitWebInquiry } from '../../server/src/inquiries/intake.js';
import { readFeedback } from '../../server/src/kb/public.js';
import { publishArticle } from '../../server/src/kb/revisions.js';
import { createArticle, updateDepartmentDirectory, type NewArticle } from '../../server/src/kb/service.js';
import type { ArticleRecord } from '../../server/src/kb/views.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { launchChromium, requireBrowserAndBuild, signIn, startWorkspace, type Workspace } from './harness.js';
import { SocketControl } from './socket-control.js';

const editorOf = (page: Page) => page.getByTestId('article-editor');
/** The body text without the name labels of other editors' carets, which are part of the editor's DOM. */
const editorText = (page: Page) =>
  editorOf(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return (copy.textContent ?? '').replace(/\s+/g, ' ').trim();
  });
const saveStateOf = (page: Page) => page.getByTestId('save-state').getAttribute('data-state');

/** Puts the caret at the end of the article body and types `text`. */
async function typeAtEnd(page: Page, text: string): Promise<void> {
  await editorOf(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

describe('knowledge base in the browser', () => {
  let workspace: Workspace;
  let browser: Browser;
  let danaContext: BrowserContext;
  let samContext: BrowserContext;
  let dana: Page;
  let sam: Page;
  let danaActor: Actor;
  const samSocket = new SocketControl();
  let topicId: string;
  let departmentId: string;

  async function makeArticle(input: NewArticle, publish: boolean): Promise<ArticleRecord> {
    const created = await createArticle(workspace.server.deps, danaActor, { topicId, ...input });
    if (created.kind !== 'ok') throw new Error(`createArticle failed: ${JSON.stringify(created)}`);
    if (!publish) return created.article;
    const published = await publishArticle(workspace.server.deps, danaActor, created.article.id, created.article.version);
    if (published.kind !== 'ok') throw new Error(`publishArticle failed: ${JSON.stringify(published)}`);
    return published.article;
  }

  beforeAll(async () => {
    requireBrowserAndBuild();
    workspace = await startWorkspace();
    browser = await launchChromium();
    const { topic, department } = await createTopic(workspace.server.deps, 'Bulky waste', 'Solid Waste Division');
    topicId = topic.id;
    departmentId = department.id;
    danaActor = await createAgent(workspace.server.deps, 'Dana Ortiz', 'manager');
    const samAccount = await createAgent(workspace.server.deps, 'Sam Whitehorse');

    danaContext = await browser.newContext();
    samContext = await browser.newContext();
    dana = await signIn(danaContext, workspace.server.url, danaActor.email, TEST_PASSWORD);
    sam = await signIn(samContext, workspace.server.url, samAccount.email, TEST_PASSWORD, (page) => samSocket.attach(page));
  });

  afterAll(async () => {
    await browser?.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  it('search as you type highlights matches', async () => {
    await makeArticle({ title: 'Mattress disposal', body: 'Wrap the mattress in plastic before the pickup.', audience: 'staff' }, false);
    await dana.getByTestId('nav-kb').click();
    await dana.getByTestId('kb-page').waitFor();
    await dana.getByTestId('kb-search').fill('mattress');

    const row = dana.locator('[data-testid="kb-row"]', { hasText: 'Mattress disposal' });
    await row.waitFor();
    expect(await row.locator('mark').first().innerText()).toMatch(/mattress/i);
    // Highlights are built as elements, so the snippet contains no element other than <mark>.
    expect(await row.getByTestId('kb-row-snippet').locator(':not(mark)').count()).toBe(0);
  });

  it('two agents co-edit one article and converge', async () => {
    const article = await makeArticle({ title: 'Leaf collection schedule', body: 'Leaves are collected in November.' }, false);
    await dana.goto(`${workspace.server.url}/kb/${article.id}`);
    await sam.goto(`${workspace.server.url}/kb/${article.id}`);
    await editorOf(dana).waitFor();
    await editorOf(sam).waitFor();
    await expect.poll(() => editorText(sam)).toContain('Leaves are collected in November.');

    await dana.locator('[data-testid="editing-person"][data-name="Sam Whitehorse"]').waitFor();
    await sam.locator('[data-testid="editing-person"][data-name="Dana Ortiz"]').waitFor();

    await typeAtEnd(dana, ' Bags go on the curb.');
    await typeAtEnd(sam, ' Use paper bags.');

    await expect.poll(() => editorText(dana), { timeout: 15_000 }).toContain('Use paper bags.');
    await expect.poll(() => editorText(sam), { timeout: 15_000 }).toContain('Bags go on the curb.');
    await expect.poll(async () => (await editorText(dana)) === (await editorText(sam)), { timeout: 15_000 }).toBe(true);

    await sam.locator('[data-testid="remote-caret-label"]', { hasText: 'Dana Ortiz' }).waitFor({ timeout: 15_000 });
    await dana.locator('[data-testid="remote-caret-label"]', { hasText: 'Sam Whitehorse' }).waitFor({ timeout: 15_000 });

    await expect.poll(() => saveStateOf(dana), { timeout: 15_000 }).toBe('saved');
    await expect.poll(() => saveStateOf(sam), { timeout: 15_000 }).toBe('saved');
    expect(await dana.getByTestId('save-state').innerText()).toBe('All changes saved');
  });

  it('edit during a dropped socket merges after reconnect', async () => {
    const article = await makeArticle({ title: 'Christmas tree recycling', body: 'Trees are picked up in January.' }, false);
    await dana.goto(`${workspace.server.url}/kb/${article.id}`);
    await sam.goto(`${workspace.server.url}/kb/${article.id}`);
    await expect.poll(() => editorText(dana)).toContain('Trees are picked up in January.');
    await expect.poll(() => editorText(sam)).toContain('Trees are picked up in January.');
    await sam.locator('[data-testid="editing-person"][data-name="Dana Ortiz"]').waitFor();

    const connectionsBefore = samSocket.connections;
    samSocket.pause();
    await samSocket.drop();
    await sam.getByTestId('connection-banner').waitFor();

    await typeAtEnd(sam, ' Remove all tinsel.');
    await typeAtEnd(dana, ' No flocked trees.');
    // Sam's socket is down, so Dana's edit cannot reach Sam yet.
    expect(await editorText(sam)).not.toContain('No flocked trees.');
    samSocket.resume();

    await sam.getByTestId('connection-banner').waitFor({ state: 'hidden', timeout: 30_000 });
    expect(samSocket.connections).toBeGreaterThan(connectionsBefore);
    await expect.poll(() => editorText(sam), { timeout: 20_000 }).toContain('No flocked trees.');
    await expect.poll(() => editorText(dana), { timeout: 20_000 }).toContain('Remove all tinsel.');
    await expect.poll(async () => (await editorText(dana)) === (await editorText(sam)), { timeout: 15_000 }).toBe(true);
    await expect.poll(() => saveStateOf(sam), { timeout: 15_000 }).toBe('saved');
  });

  it('failed pushes show offline, then merge and save', async () => {
    const article = await makeArticle({ title: 'Compost bins', body: 'Compost bins cost 20 dollars.' }, false);
    await dana.goto(`${workspace.server.url}/kb/${article.id}`);
    await sam.goto(`${workspace.server.url}/kb/${article.id}`);
    await expect.poll(() => editorText(sam)).toContain('Compost bins cost 20 dollars.');
    await expect.poll(() => saveStateOf(sam)).toBe('saved');

    // Sam's HTTP pushes fail as they would without a network, while the socket stays up.
    const blockPushes = (route: Route) =>
      route.request().postData()?.includes('PushArticleUpdate') ? route.abort('internetdisconnected') : route.continue();
    await sam.route('**/graphql', blockPushes);
    await typeAtEnd(sam, ' Pick one up at the depot.');
    await expect.poll(() => saveStateOf(sam), { timeout: 15_000 }).toBe('offline');
    expect(await sam.getByTestId('save-state').innerText()).toBe('Not saved — offline');
    await typeAtEnd(sam, ' Bring a receipt.');
    expect(await editorText(dana)).not.toContain('Pick one up at the depot.');

    await sam.unroute('**/graphql', blockPushes);
    await expect.poll(() => saveStateOf(sam), { timeout: 30_000 }).toBe('saved');
    await expect.poll(() => editorText(dana), { timeout: 15_000 }).toContain('Pick one up at the depot. Bring a receipt.');
  });

  it('verify and edit details update the metadata', async () => {
    const article = await makeArticle({ title: 'Hazardous waste days', body: 'Twice a year.' }, false);
    await dana.goto(`${workspace.server.url}/kb/${article.id}`);
    await dana.getByTestId('article-page').waitFor();
    expect(await dana.getByTestId('article-verified').innerText()).toBe('Never');

    await dana.getByTestId('verify-button').click();
    await expect.poll(() => dana.getByTestId('article-verified').innerText()).toContain('by Dana Ortiz');

    await dana.getByTestId('edit-metadata-button').click();
    await dana.getByTestId('metadata-tags').fill('hazardous, events');
    await dana.getByTestId('metadata-audience').selectOption('PUBLIC');
    await dana.getByTestId('metadata-save').click();
    await expect.poll(() => dana.getByTestId('article-tags').innerText()).toBe('hazardous, events');
    expect(await dana.getByTestId('article-audience').innerText()).toBe('Public');
  });

  it('set related articles, then archive', async () => {
    await makeArticle({ title: 'Street sweeping days', body: 'Sweepers pass every second Tuesday.' }, false);
    const article = await makeArticle({ title: 'Parking during sweeping', body: 'Move your car before 8:00.' }, false);
    await dana.goto(`${workspace.server.url}/kb/${article.id}`);
    await dana.getByTestId('article-page').waitFor();

    await dana.getByTestId('edit-related-button').click();
    await dana.getByTestId('related-search').fill('sweeping days');
    await dana.locator('[data-testid="related-candidate"]', { hasText: 'Street sweeping days' }).click();
    await dana.getByTestId('related-save').click();
    await expect.poll(() => dana.getByTestId('related-article').allInnerTexts()).toEqual(['Street sweeping days']);

    dana.once('dialog', (dialog) => void dialog.accept());
    await dana.getByTestId('archive-button').click();
    await expect.poll(() => dana.getByTestId('article-status').innerText()).toBe('Archived');
    expect(await dana.getByTestId('archive-button').count()).toBe(0);
  });

  it('publish creates a revision and the diff shows the change', async () => {
    const article = await makeArticle({ title: 'Yard waste bins', body: 'Green bins are emptied weekly.' }, false);
    await dana.goto(`${workspace.server.url}/kb/${article.id}`);
    await expect.poll(() => editorText(dana)).toContain('Green bins are emptied weekly.');

    await dana.getByTestId('publish-button').click();
    await dana.locator('[data-testid="revision-row"][data-number="1"]').waitFor();
    await expect.poll(() => dana.getByTestId('article-status').innerText()).toBe('Published');

    await typeAtEnd(dana, ' Grass clippings are accepted.');
    await expect.poll(() => saveStateOf(dana), { timeout: 15_000 }).toBe('saved');
    await dana.getByTestId('publish-button').click();
    await dana.locator('[data-testid="revision-row"][data-number="2"]').waitFor();

    await dana.getByTestId('diff-from').selectOption('1');
    await dana.getByTestId('diff-to').selectOption('2');
    await dana.getByTestId('diff-button').click();
    const added = dana.getByTestId('diff-view').getByTestId('diff-added');
    await added.first().waitFor();
    expect((await added.allInnerTexts()).join(' ')).toContain('Grass clippings are accepted.');

    dana.once('dialog', (dialog) => void dialog.accept());
    await dana.locator('[data-testid="revision-row"][data-number="1"]').getByTestId('restore-button').click();
    await expect.poll(() => editorText(dana), { timeout: 15_000 }).not.toContain('Grass clippings are accepted.');
    await dana.locator('[data-testid="revision-row"][data-number="3"]').waitFor();
  });

  it('answers search shows only published public articles', async () => {
    const published = await makeArticle({ title: 'Bulky waste pickup', body: 'Book up to two free bulky waste pickups a year.', audience: 'public' }, true);
    await makeArticle({ title: 'Bulky waste fees draft', body: 'Draft: bulky waste fees for next year.', audience: 'public' }, false);
    await makeArticle({ title: 'Bulky waste escalation', body: 'Internal: escalate missed bulky waste pickups to the supervisor.', audience: 'staff' }, true);

    const resident = await browser.newContext();
    const page = await resident.newPage();
    await page.goto(`${workspace.server.url}/answers`);
    await page.getByTestId('answers-search').fill('bulky waste');
    await page.locator(`[data-testid="answers-item"][data-slug="${published.slug}"]`).waitFor();
    await expect.poll(() => page.getByTestId('answers-count').innerText()).toBe('1 answer');
    const listText = await page.getByTestId('answers-list').innerText();
    expect(listText).not.toContain('fees draft');
    expect(listText).not.toContain('escalation');

    await page.getByTestId('language-es').click();
    await expect.poll(() => page.getByTestId('answers-count').innerText()).toBe('1 respuesta');
    await page.getByTestId('language-en').click();
    await resident.close();
  });

  it('resident vote is counted and "no" links to the question form', async () => {
    const article = await makeArticle({ title: 'Appliance recycling', body: 'Fridges need a freon removal sticker.', audience: 'public' }, true);
    const resident = await browser.newContext();
    const page = await resident.newPage();
    await page.goto(`${workspace.server.url}/answers/${article.slug}`);
    await page.getByTestId('answer-title').waitFor();
    expect(await page.getByTestId('answer-body').innerText()).toContain('Fridges need a freon removal sticker.');

    await page.getByTestId('vote-yes').click();
    await page.getByTestId('vote-thanks').waitFor();
    expect(await page.getByTestId('vote-ask-link').count()).toBe(0);

    await page.reload();
    await page.getByTestId('vote-no').click();
    await page.getByTestId('vote-ask-link').click();
    await page.waitForURL(/\/ask$/);
    await resident.close();

    expect(await readFeedback(workspace.server.deps.db, article.id)).toEqual({ helpful: 1, notHelpful: 1 });
  });

  it('Alt+1 inserts a suggested answer into the note', async () => {
    await makeArticle({ title: 'Sofa pickup', body: 'A sofa counts as one bulky waste item. Book it online.', audience: 'public' }, true);
    const received = await submitWebInquiry(workspace.server.deps, { subject: 'Sofa pickup', question: 'How do I get rid of an old sofa?' });
    if (received.kind !== 'created') throw new Error('intake failed');

    await dana.goto(`${workspace.server.url}/inquiries/${received.inquiry.id}`);
    const suggestion = dana.locator('[data-testid="suggested-answer"]', { hasText: 'Sofa pickup' });
    await suggestion.waitFor();
    expect(await dana.getByTestId('suggested-answer').first().innerText()).toContain('Alt+1');

    const index = await dana.getByTestId('suggested-answer').evaluateAll((rows) =>
      rows.findIndex((row) => row.textContent?.includes('Sofa pickup')),
    );
    await dana.keyboard.press(`Alt+Digit${index + 1}`);
    await expect.poll(() => dana.getByTestId('note-input').inputValue()).toContain('A sofa counts as one bulky waste item. Book it online.');
  });

  it('resolved inquiry saves its answer as a draft article', async () => {
    const received = await submitWebInquiry(workspace.server.deps, { subject: 'Paint disposal', question: 'Where do I take old paint?' });
    if (received.kind !== 'created') throw new Error('intake failed');
    const claimed = await claimInquiry(workspace.server.deps, danaActor, received.inquiry.id);
    if (claimed.kind !== 'ok') throw new Error('claim failed');
    const resolved = await resolveInquiry(workspace.server.deps, danaActor, received.inquiry.id, claimed.inquiry.version, 'Take it to the hazardous waste depot on Saturdays.');
    if (resolved.kind !== 'ok') throw new Error('resolve failed');

    await dana.goto(`${workspace.server.url}/inquiries/${received.inquiry.id}`);
    await dana.getByTestId('save-as-article-button').click();
    await dana.waitForURL(/\/kb\/[0-9a-f-]+$/);
    await expect.poll(() => dana.getByTestId('article-title').innerText()).toBe('Paint disposal');
    expect(await dana.getByTestId('article-status').innerText()).toBe('Draft');
    await expect.poll(() => editorText(dana)).toContain('Take it to the hazardous waste depot on Saturdays.');
  });

  it('directory search names the owner with hours', async () => {
    const { department } = await createTopic(workspace.server.deps, 'Street trees', 'Urban Forestry');
    const updated = await updateDepartmentDirectory(workspace.server.deps, danaActor, department.id, {
      responsibilities: ['trees touching power lines', 'fallen branches'],
      hours: 'Mon–Fri 7:00–15:30',
      phone: '505-555-0110',
    });
    if (updated.kind !== 'ok') throw new Error(`updateDepartmentDirectory failed: ${JSON.stringify(updated)}`);

    await dana.goto(`${workspace.server.url}/kb`);
    await dana.getByTestId('directory-search-input').fill('tree touching a power line');
    const hit = dana.locator('[data-testid="directory-hit"][data-department="Urban Forestry"]').first();
    await hit.waitFor();
    expect(await hit.getByTestId('directory-hours').innerText()).toBe('Mon–Fri 7:00–15:30');
    expect(departmentId).not.toBe(department.id);
  });
});
