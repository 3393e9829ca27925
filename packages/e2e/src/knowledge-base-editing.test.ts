import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Actor, CoreDeps } from '../../server/src/core/deps.js';
import { loadDocument } from '../../server/src/kb/doc.js';
import { publishArticle } from '../../server/src/kb/revisions.js';
import { renderPlainText } from '../../server/src/kb/richtext.js';
import { createArticle, type NewArticle } from '../../server/src/kb/service.js';
import { loadArticle, type ArticleRecord } from '../../server/src/kb/views.js';
import { createAgent, TEST_PASSWORD } from '../../server/test/support/fixtures.js';
import { collect, deferred, TestClient } from '../../server/test/support/server.js';
import {
  createDurableStorage,
  launchChromium,
  requireBrowserAndBuild,
  signIn,
  startServerOnStorage,
  startWorkspace,
  type DurableStorage,
  type StoppableServer,
  type Workspace,
} from './harness.js';

/** Time for edits to be saved and to reach the other editors, in milliseconds. */
const CONVERGE_MS = 20_000;
/**
 * Time for a browser to reconnect to a restarted server and save, in
 * milliseconds. The client's retry delays double from about 1 s, up to 30 s
 * for the WebSocket and 15 s for pushes.
 */
const RECONNECT_MS = 60_000;
/** Milliseconds between two key presses, so the editors' keystrokes interleave. */
const KEY_DELAY_MS = 25;
/** A slower key delay, so the resident's page reloads happen while the article is half edited. */
const SLOW_KEY_DELAY_MS = 60;

const editorOf = (page: Page) => page.getByTestId('article-editor');
const saveStateOf = (page: Page) => page.getByTestId('save-state').getAttribute('data-state');

/**
 * Returns the text of each non-empty top-level block of the editor, with
 * whitespace collapsed and without the name labels of other editors' carets,
 * which are part of the editor's DOM.
 */
const editorBlocks = (page: Page) =>
  editorOf(page).evaluate((element) => {
    const copy = element.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.collaboration-carets__caret').forEach((caret) => caret.remove());
    return Array.from(copy.children, (block) => (block.textContent ?? '').replace(/\s+/g, ' ').trim()).filter((text) => text !== '');
  });

/** Splits plain text as the server derives it (one line per block) into blocks normalized like editorBlocks. */
function textToBlocks(text: string): string[] {
  return text
    .split('\n')
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '');
}

/** Returns the blocks of the article's document as the server stores it. */
async function storedBlocks(deps: CoreDeps, articleId: string): Promise<string[]> {
  return textToBlocks(renderPlainText(await loadDocument(deps.db, articleId)));
}

function countOccurrences(text: string, fragment: string): number {
  return text.split(fragment).length - 1;
}

/**
 * Clicks at the start or the end of one paragraph of the editor, as a person
 * does to put the caret there. Home, End, Control+Home and Control+End are not
 * used, because in headless Chromium they do not move the caret in this editor.
 */
async function clickInParagraph(page: Page, index: number | 'last', edge: 'start' | 'end'): Promise<void> {
  const paragraphs = editorOf(page).locator(':scope > p');
  const paragraph = index === 'last' ? paragraphs.last() : paragraphs.nth(index);
  const box = await paragraph.boundingBox();
  if (box === null) throw new Error(`Paragraph ${index} of the article editor is not visible`);
  await paragraph.click({ position: { x: edge === 'start' ? 1 : box.width - 2, y: box.height / 2 } });
}

/** Waits until every page's editor shows the same blocks, then returns them. */
async function convergedBlocks(pages: Page[], timeout = CONVERGE_MS): Promise<string[]> {
  await expect
    .poll(async () => new Set((await Promise.all(pages.map(editorBlocks))).map((blocks) => JSON.stringify(blocks))).size, { timeout })
    .toBe(1);
  const reference = await editorBlocks(pages[0]!);
  for (const page of pages.slice(1)) expect(await editorBlocks(page)).toEqual(reference);
  return reference;
}

async function waitUntilSaved(pages: Page[], timeout = CONVERGE_MS): Promise<void> {
  for (const page of pages) await expect.poll(() => saveStateOf(page), { timeout }).toBe('saved');
}

/** Creates a draft article as `actor`, and publishes it when `publish` is true. */
async function makeArticle(deps: CoreDeps, actor: Actor, input: NewArticle, publish: boolean): Promise<ArticleRecord> {
  const created = await createArticle(deps, actor, input);
  if (created.kind !== 'ok') throw new Error(`createArticle failed: ${JSON.stringify(created)}`);
  if (!publish) return created.article;
  const published = await publishArticle(deps, actor, created.article.id, created.article.version);
  if (published.kind !== 'ok') throw new Error(`publishArticle failed: ${JSON.stringify(published)}`);
  return published.article;
}

let browser: Browser;

beforeAll(async () => {
  requireBrowserAndBuild();
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
});

describe('knowledge base live editing', () => {
  let workspace: Workspace;
  const contexts: BrowserContext[] = [];
  const agents: { actor: Actor; page: Page }[] = [];

  beforeAll(async () => {
    workspace = await startWorkspace();
    const names = ['Ana Reyes', 'Ben Okafor', 'Cruz Lindqvist', 'Dee Hartmann'];
    for (const name of names) {
      const actor = await createAgent(workspace.server.deps, name, name === 'Ana Reyes' ? 'manager' : 'agent');
      const context = await browser.newContext();
      contexts.push(context);
      agents.push({ actor, page: await signIn(context, workspace.server.url, actor.email, TEST_PASSWORD) });
    }
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await workspace?.server.close();
    await workspace?.database.close();
  });

  it('four editors typing at once converge', async () => {
    const deps = workspace.server.deps;
    const article = await makeArticle(
      deps,
      agents[0]!.actor,
      { title: 'Curbside collection days', body: 'Bins go out by 7:00.\nMissed bins are collected the next day.' },
      false,
    );
    const pages = agents.map((agent) => agent.page);
    await Promise.all(pages.map((page) => page.goto(`${workspace.server.url}/kb/${article.id}`)));
    for (const page of pages) {
      await expect.poll(() => editorBlocks(page)).toEqual(['Bins go out by 7:00.', 'Missed bins are collected the next day.']);
    }
    // Every editor lists all four, so each one's document subscription and awareness are running.
    for (const page of pages) await expect.poll(() => page.getByTestId('editing-person').count(), { timeout: CONVERGE_MS }).toBe(4);

    const atStart = 'Check the route map first.';
    const atEndOfFirst = 'Holidays shift pickup by one day.';
    const pasted = ['Report a missed bin after 18:00.', 'Bulky items need a booking.'];
    await clickInParagraph(pages[0]!, 0, 'start');
    await clickInParagraph(pages[1]!, 0, 'end');
    await clickInParagraph(pages[2]!, 1, 'end');
    await clickInParagraph(pages[3]!, 1, 'end');

    // Two editors type key by key at two places in the first paragraph. Meanwhile the
    // other two each insert a whole sentence at one shared position, as a paste does.
    // Key-by-key typing at one shared caret position would interleave the letters of
    // both sentences, in any live editor.
    // NOTE: two editors pressing Enter at the same time is left out. With
    // @tiptap/y-tiptap 3.0.9 the text typed into one of the new paragraphs then
    // lands at the end of the other new paragraph.
    await Promise.all([
      pages[0]!.keyboard.type(`${atStart} `, { delay: KEY_DELAY_MS }),
      pages[1]!.keyboard.type(` ${atEndOfFirst}`, { delay: KEY_DELAY_MS }),
      (async () => {
        await new Promise((resolve) => setTimeout(resolve, KEY_DELAY_MS * 10));
        await Promise.all([pages[2]!.keyboard.insertText(` ${pasted[0]}`), pages[3]!.keyboard.insertText(` ${pasted[1]}`)]);
      })(),
    ]);

    await waitUntilSaved(pages);
    const blocks = await convergedBlocks(pages);
    const text = blocks.join('\n');
    for (const sentence of [atStart, atEndOfFirst, ...pasted, 'Bins go out by 7:00.', 'Missed bins are collected the next day.']) {
      expect(countOccurrences(text, sentence), sentence).toBe(1);
    }
    expect(blocks).toHaveLength(2);
    expect(blocks[0]).toBe(`${atStart} Bins go out by 7:00. ${atEndOfFirst}`);
    // Yjs orders concurrent inserts at one position by client id, so either order is correct.
    expect([
      `Missed bins are collected the next day. ${pasted[0]} ${pasted[1]}`,
      `Missed bins are collected the next day. ${pasted[1]} ${pasted[0]}`,
    ]).toContain(blocks[1]);

    expect(await storedBlocks(deps, article.id)).toEqual(blocks);
    const stored = await loadArticle(deps.db, article.id);
    expect(textToBlocks(stored!.bodyText)).toEqual(blocks);
  });

  it('anonymous clients see only published answers', async () => {
    const deps = workspace.server.deps;
    const staff = agents[0]!;
    const publicArticle = await makeArticle(
      deps,
      staff.actor,
      { title: 'Glass recycling', body: 'Rinse glass jars before recycling.', audience: 'public' },
      true,
    );
    await makeArticle(
      deps,
      staff.actor,
      { title: 'Glass recycling escalation', body: 'Internal: broken glass bins go to the supervisor.', audience: 'staff' },
      true,
    );
    const publicDraft = await makeArticle(
      deps,
      staff.actor,
      { title: 'Glass recycling fees', body: 'Draft: a glass recycling fee starts next year.', audience: 'public' },
      false,
    );
    const draftEdit = 'Remove the lids first.';
    const draftWord = 'lids';

    // Anonymous sockets are opened before the edits. A signed-in socket beside them
    // shows that events did flow while the anonymous ones received none.
    const anonymousSockets = [
      { query: 'subscription { knowledgeBaseEvents(after: "0") { id type } }', variables: {} },
      { query: 'subscription($id: ID!) { articleDocUpdates(articleId: $id, after: "0") { id update } }', variables: { id: publicArticle.id } },
    ].map(({ query, variables }) => {
      const closed = deferred<{ code: number }>();
      const client = new TestClient(workspace.server.url).socket({ onClosed: (event) => closed.resolve(event as { code: number }) });
      return { query, client, closed: closed.promise, events: collect(client, query, variables) };
    });
    const staffClient = new TestClient(workspace.server.url);
    await staffClient.signIn(staff.actor.email, TEST_PASSWORD);
    const staffSocket = staffClient.socket();
    const staffDocEvents = collect(staffSocket, 'subscription($id: ID!) { articleDocUpdates(articleId: $id, after: "0") { id } }', {
      id: publicArticle.id,
    });
    const staffKbEvents = collect(staffSocket, 'subscription { knowledgeBaseEvents(after: "0") { id type } }');

    const residentContext = await browser.newContext();
    const resident = await residentContext.newPage();
    const answerUrl = `${workspace.server.url}/answers/${publicArticle.slug}`;

    /** Loads the answer page and the search results for `query` as a resident, and returns their text. */
    async function residentView(query: string): Promise<{ title: string; body: string; count: string; list: string }> {
      await resident.goto(answerUrl);
      const title = await resident.getByTestId('answer-title').innerText();
      const body = await resident.getByTestId('answer-body').innerText();
      await resident.goto(`${workspace.server.url}/answers?q=${encodeURIComponent(query)}`);
      const count = await resident.getByTestId('answers-count').innerText();
      const list = await resident.getByTestId('answers-list').innerText();
      return { title, body, count, list };
    }

    const before = await residentView('glass');
    expect(before.body).toBe('Rinse glass jars before recycling.');
    expect(before.count).toBe('1 answer');

    // The staff member edits the published article's body and title and the public draft's
    // body, while the resident keeps reloading the public pages.
    await staff.page.goto(`${workspace.server.url}/kb/${publicArticle.id}`);
    await expect.poll(() => editorBlocks(staff.page)).toEqual(['Rinse glass jars before recycling.']);
    const views: Awaited<ReturnType<typeof residentView>>[] = [];
    let editing = true;
    const residentLoop = (async () => {
      while (editing) views.push(await residentView(draftWord));
    })();
    try {
      await clickInParagraph(staff.page, 'last', 'end');
      await staff.page.keyboard.type(` ${draftEdit}`, { delay: SLOW_KEY_DELAY_MS });
      await staff.page.getByTestId('edit-metadata-button').click();
      await staff.page.getByTestId('metadata-title').fill('Glass and lids recycling');
      await staff.page.getByTestId('metadata-save').click();
      await expect.poll(() => staff.page.getByTestId('article-title').innerText()).toBe('Glass and lids recycling');
      await waitUntilSaved([staff.page]);

      await staff.page.goto(`${workspace.server.url}/kb/${publicDraft.id}`);
      await expect.poll(() => editorBlocks(staff.page)).toEqual(['Draft: a glass recycling fee starts next year.']);
      await clickInParagraph(staff.page, 'last', 'end');
      await staff.page.keyboard.type(' Bring your lids to the depot.', { delay: SLOW_KEY_DELAY_MS });
      await waitUntilSaved([staff.page]);
    } finally {
      editing = false;
      await residentLoop;
    }

    expect(views.length).toBeGreaterThan(0);
    for (const view of views) {
      expect(view.title).toBe('Glass recycling');
      expect(view.body).toBe('Rinse glass jars before recycling.');
      expect(view.count).toBe('0 answers');
    }
    const during = await residentView('glass');
    expect(during.title).toBe('Glass recycling');
    expect(during.body).toBe('Rinse glass jars before recycling.');
    expect(during.count).toBe('1 answer');
    expect(during.list).not.toContain(draftWord);
    expect(during.list).not.toContain('fee');
    expect(during.list).not.toContain('escalation');
    expect(during.list).not.toContain('supervisor');

    // Publishing makes the edits public, which shows the checks above could see them.
    await staff.page.goto(`${workspace.server.url}/kb/${publicArticle.id}`);
    await staff.page.getByTestId('publish-button').click();
    await staff.page.locator('[data-testid="revision-row"][data-number="2"]').waitFor();
    const after = await residentView(draftWord);
    expect(after.title).toBe('Glass and lids recycling');
    expect(after.body).toBe(`Rinse glass jars before recycling. ${draftEdit}`);
    expect(after.count).toBe('1 answer');
    expect(after.list).toContain('Glass and lids recycling');

    // The resident's own browser cannot open a live connection either.
    const browserSocket = await resident.evaluate(async () => {
      const socket = new WebSocket(`${location.origin.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      const messages: string[] = [];
      socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init' }));
      socket.onmessage = (event) => messages.push(String(event.data));
      const code = await new Promise<number>((resolve) => {
        socket.onclose = (event) => resolve(event.code);
      });
      return { code, messages };
    });
    expect(browserSocket.code).toBe(4403);
    expect(browserSocket.messages).toEqual([]);

    await staffDocEvents.until(3);
    await staffKbEvents.until(1);
    for (const socket of anonymousSockets) {
      expect((await socket.closed).code, socket.query).toBe(4403);
      await socket.events.completed;
      expect(socket.events.items, socket.query).toEqual([]);
      await socket.client.dispose();
    }
    staffDocEvents.unsubscribe();
    staffKbEvents.unsubscribe();
    await staffSocket.dispose();
    await residentContext.close();
  });
});

describe('knowledge base editing across a server restart', () => {
  const sessionSecret = 'restart-test-session-secret-0123456789abcdef';
  let storage: DurableStorage;
  let running: StoppableServer | undefined;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    storage = await createDurableStorage();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await running?.stop();
    await storage?.remove();
  });

  it('server restart loses and duplicates nothing', async () => {
    running = await startServerOnStorage(storage, { port: 0, sessionSecret });
    const { port, url } = running.server;
    const dana = await createAgent(running.server.deps, 'Dana Ortiz', 'manager');
    const sam = await createAgent(running.server.deps, 'Sam Whitehorse');
    const lee = await createAgent(running.server.deps, 'Lee Nakamura');

    const seedLines = ['Yard waste goes in the green bin.', 'Bundles must be under 4 feet.'];
    const article = await makeArticle(running.server.deps, dana, { title: 'Yard waste', body: seedLines.join('\n') }, false);
    // Delete the document stored at creation. The article then has only its plain text,
    // like one stored before articles had documents, so opening it makes the server seed it.
    await running.server.deps.db.execute(`delete from article_doc_updates where article_id = '${article.id}'`);

    const danaContext = await browser.newContext();
    const samContext = await browser.newContext();
    contexts.push(danaContext, samContext);
    const danaPage = await signIn(danaContext, url, dana.email, TEST_PASSWORD);
    const samPage = await signIn(samContext, url, sam.email, TEST_PASSWORD);
    const pages = [danaPage, samPage];
    // Both open the unseeded article at once, so both requests may try to seed it.
    await Promise.all(pages.map((page) => page.goto(`${url}/kb/${article.id}`)));
    for (const page of pages) await expect.poll(() => editorBlocks(page)).toEqual(seedLines);
    await samPage.locator('[data-testid="editing-person"][data-name="Dana Ortiz"]').waitFor({ timeout: CONVERGE_MS });

    const beforeStop = { dana: 'Bag leaves in paper.', sam: 'No plastic bags.' };
    await clickInParagraph(danaPage, 0, 'end');
    await danaPage.keyboard.type(` ${beforeStop.dana}`, { delay: KEY_DELAY_MS });
    await clickInParagraph(samPage, 'last', 'end');
    await samPage.keyboard.press('Enter');
    await samPage.keyboard.type(beforeStop.sam, { delay: KEY_DELAY_MS });
    await waitUntilSaved(pages);
    await convergedBlocks(pages);

    await running.stop();
    running = undefined;

    const whileDown = 'Branches over 6 inches need a booking.';
    await clickInParagraph(samPage, 'last', 'end');
    await samPage.keyboard.press('Enter');
    await samPage.keyboard.type(whileDown, { delay: KEY_DELAY_MS });
    await expect.poll(() => saveStateOf(samPage), { timeout: CONVERGE_MS }).toBe('offline');
    await samPage.getByTestId('connection-banner').waitFor({ timeout: CONVERGE_MS });
    expect(await editorBlocks(danaPage)).not.toContain(whileDown);
    expect(await saveStateOf(samPage)).not.toBe('saved');

    running = await startServerOnStorage(storage, { port, sessionSecret });
    expect(running.server.url).toBe(url);
    await waitUntilSaved(pages, RECONNECT_MS);
    await samPage.getByTestId('connection-banner').waitFor({ state: 'hidden', timeout: RECONNECT_MS });
    await convergedBlocks(pages, RECONNECT_MS);

    // An edit after the restart reaches the other editor live, so the subscriptions resumed.
    const afterRestart = 'Pickup is every Wednesday.';
    await clickInParagraph(danaPage, 'last', 'end');
    await danaPage.keyboard.press('Enter');
    await danaPage.keyboard.type(afterRestart, { delay: KEY_DELAY_MS });
    await waitUntilSaved(pages);
    const blocks = await convergedBlocks(pages);

    const text = blocks.join('\n');
    for (const fragment of [...seedLines, beforeStop.dana, beforeStop.sam, whileDown, afterRestart]) {
      expect(countOccurrences(text, fragment), fragment).toBe(1);
    }
    expect(blocks).toEqual([`${seedLines[0]} ${beforeStop.dana}`, seedLines[1], beforeStop.sam, whileDown, afterRestart]);
    expect(await storedBlocks(running.server.deps, article.id)).toEqual(blocks);

    const leeContext = await browser.newContext();
    contexts.push(leeContext);
    const leePage = await signIn(leeContext, url, lee.email, TEST_PASSWORD);
    await leePage.goto(`${url}/kb/${article.id}`);
    await expect.poll(() => editorBlocks(leePage), { timeout: CONVERGE_MS }).toEqual(blocks);
    expect(await saveStateOf(leePage)).toBe('saved');
  });
});
