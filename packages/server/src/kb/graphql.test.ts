import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import type { RunningServer } from '../http/server.js';
import { databaseKinds, openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { createAgent, createTopic, TEST_PASSWORD } from '../../test/support/fixtures.js';
import { collect, startTestServer, TestClient } from '../../test/support/server.js';
import { BODY_FRAGMENT, paragraphElement, renderPlainText } from './richtext.js';

const articleFields = 'id slug title version status audience bodyText bodyHtml';

const createMutation = `mutation($input: CreateArticleInput!) {
  createArticle(input: $input) { article { ${articleFields} } error { __typename ... on InvalidInput { fields { field message } } } }
}`;

const documentQuery = `query($id: ID!, $sv: String) {
  articleDocument(articleId: $id, stateVector: $sv) { sync { update stateVector lastEventId } error { __typename } }
}`;

const pushMutation = `mutation($id: ID!, $update: String!, $origin: String) {
  pushArticleUpdate(articleId: $id, update: $update, origin: $origin) { stateVector error { __typename ... on InvalidInput { message } } }
}`;

const updatesSubscription = `subscription($id: ID!, $after: ID, $ignore: String) {
  articleDocUpdates(articleId: $id, after: $after, ignoreOrigin: $ignore) { id articleId update origin actor { displayName } }
}`;

const awarenessSubscription = `subscription($id: ID!) { articleAwareness(articleId: $id) { articleId update } }`;
const awarenessMutation = `mutation($id: ID!, $update: String!) { publishArticleAwareness(articleId: $id, update: $update) { ok error { __typename } } }`;

const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const unb64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

/** Runs one query or mutation over a graphql-ws socket, so it carries that socket's connection id. */
function overSocket<T = Record<string, any>>(client: Client, query: string, variables: Record<string, unknown>): Promise<{ data?: T; errors?: unknown }> {
  return new Promise((resolve, reject) => {
    let result: { data?: T; errors?: unknown } = {};
    client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          result = value as { data?: T; errors?: unknown };
        },
        error: reject,
        complete: () => resolve(result),
      },
    );
  });
}

describe.each(databaseKinds())('knowledge-base GraphQL on %s', (kind) => {
  let database: TestDatabase;
  let server: RunningServer;

  beforeAll(async () => {
    database = await openTestDatabase(kind);
    server = await startTestServer(database);
  });
  afterAll(async () => {
    await server?.close();
    await database?.close();
  });
  beforeEach(async () => {
    await database.reset();
  });

  async function signedIn(name: string, role: 'agent' | 'manager' = 'agent') {
    const staff = await createAgent(server.deps, name, role);
    const client = new TestClient(server.url);
    await client.signIn(staff.email, TEST_PASSWORD);
    return { staff, client };
  }

  async function createArticle(client: TestClient, input: Record<string, unknown>) {
    const result = await client.gql(createMutation, { input });
    const article = result.data?.createArticle.article;
    if (!article) throw new Error(JSON.stringify(result));
    return article as { id: string; slug: string; version: number; title: string };
  }

  /** Opens an editor as a browser tab does: a Y.Doc synced over HTTP, with live updates over its own socket. */
  async function openEditor(client: TestClient, articleId: string) {
    const doc = new Y.Doc();
    const origin = `tab-${doc.clientID}`;
    const sync = await client.gql(documentQuery, { id: articleId });
    Y.applyUpdate(doc, unb64(sync.data?.articleDocument.sync.update), 'server');
    const socket = client.socket();
    const updates = collect<{ articleDocUpdates: { update: string; origin: string } }>(socket, updatesSubscription, {
      id: articleId,
      after: sync.data?.articleDocument.sync.lastEventId,
      ignore: origin,
    });
    return {
      doc,
      socket,
      updates,
      origin,
      /** Applies every update received so far. */
      applyReceived() {
        for (const item of updates.items) Y.applyUpdate(doc, unb64(item.articleDocUpdates.update), 'server');
      },
      async edit(change: (body: Y.XmlFragment) => void) {
        const before = Y.encodeStateVector(doc);
        change(doc.getXmlFragment(BODY_FRAGMENT));
        const pushed = await client.gql(pushMutation, { id: articleId, update: b64(Y.encodeStateAsUpdate(doc, before)), origin });
        expect(pushed.data?.pushArticleUpdate.error).toBeNull();
        return pushed.data?.pushArticleUpdate.stateVector as string;
      },
    };
  }

  it('two editors receive each other’s updates', async () => {
    const { client: danaClient } = await signedIn('Dana Ortiz');
    const { client: samClient } = await signedIn('Sam Whitehorse');
    const article = await createArticle(danaClient, { title: 'Report a pothole', body: 'Use the form.' });

    const dana = await openEditor(danaClient, article.id);
    const sam = await openEditor(samClient, article.id);

    await dana.edit((body) => body.insert(body.length, [paragraphElement('Dana adds this.')]));
    await sam.updates.until(1);
    sam.applyReceived();
    await sam.edit((body) => body.insert(0, [paragraphElement('Sam adds this.')]));
    await dana.updates.until(1);
    dana.applyReceived();

    expect(renderPlainText(dana.doc)).toBe('Sam adds this.\nUse the form.\nDana adds this.');
    expect(renderPlainText(sam.doc)).toBe(renderPlainText(dana.doc));
    expect(dana.updates.items).toHaveLength(1);
    expect(sam.updates.items).toHaveLength(1);
    expect(sam.updates.items[0].articleDocUpdates.origin).toBe(dana.origin);
    expect(dana.updates.errors).toEqual([]);

    // A client that reconnects resumes after its last event id and gets what it missed.
    const resumed = collect<{ articleDocUpdates: { id: string; origin: string } }>(samClient.socket(), updatesSubscription, { id: article.id, after: '0' });
    await resumed.until(3);
    expect(resumed.items.map((item) => item.articleDocUpdates.origin)).toEqual(['seed', dana.origin, sam.origin]);

    await dana.socket.dispose();
    await sam.socket.dispose();
  });

  it('awareness reaches others and ends with the socket', async () => {
    const { client: danaClient } = await signedIn('Dana Ortiz');
    const { client: samClient } = await signedIn('Sam Whitehorse');
    const article = await createArticle(danaClient, { title: 'Report a pothole', body: 'Use the form.' });

    const watcher = danaClient.socket();
    const seen = new Awareness(new Y.Doc());
    seen.setLocalState(null);
    const received = collect<{ articleAwareness: { update: string } }>(watcher, awarenessSubscription, { id: article.id });

    const samSocket = samClient.socket();
    const samDoc = new Y.Doc();
    const samAwareness = new Awareness(samDoc);
    samAwareness.setLocalState({ user: { name: 'Sam Whitehorse', color: '#1f77b4' }, cursor: { anchor: 3, head: 3 } });
    collect(samSocket, awarenessSubscription, { id: article.id });
    const published = await overSocket(samSocket, awarenessMutation, { id: article.id, update: b64(encodeAwarenessUpdate(samAwareness, [samDoc.clientID])) });
    expect(published.data).toEqual({ publishArticleAwareness: { ok: true, error: null } });

    await received.until(1);
    applyAwarenessUpdate(seen, unb64(received.items[0].articleAwareness.update), 'test');
    expect(seen.getStates().get(samDoc.clientID)).toMatchObject({ user: { name: 'Sam Whitehorse' } });

    await samSocket.dispose();
    await received.until(2);
    applyAwarenessUpdate(seen, unb64(received.items[1].articleAwareness.update), 'test');
    expect(seen.getStates().has(samDoc.clientID)).toBe(false);

    const oversized = await samClient.gql(awarenessMutation, { id: article.id, update: b64(new Uint8Array(4096)) });
    expect(oversized.data?.publishArticleAwareness).toEqual({ ok: false, error: { __typename: 'InvalidInput' } });

    samAwareness.destroy();
    seen.destroy();
    await watcher.dispose();
  });

  it('metadata writes return typed results', async () => {
    const { client } = await signedIn('Dana Ortiz');
    const article = await createArticle(client, { title: 'Report a pothole', body: 'Use the form.', audience: 'PUBLIC' });

    const update = `mutation($id: ID!, $version: Int!, $title: String) {
      updateArticle(id: $id, version: $version, input: { title: $title }) {
        article { version title } error { __typename ... on ArticleVersionConflict { current { version } } }
      }
    }`;
    const first = await client.gql(update, { id: article.id, version: article.version, title: 'Report a pothole now' });
    expect(first.data?.updateArticle.article).toEqual({ version: 2, title: 'Report a pothole now' });
    const stale = await client.gql(update, { id: article.id, version: article.version, title: 'Lost' });
    expect(stale.data?.updateArticle.error).toEqual({ __typename: 'ArticleVersionConflict', current: { version: 2 } });

    const published = await client.gql(`mutation($id: ID!) { publishArticle(id: $id, version: 2) { article { status publishedRevision { number title } } } }`, {
      id: article.id,
    });
    expect(published.data?.publishArticle.article).toEqual({ status: 'PUBLISHED', publishedRevision: { number: 1, title: 'Report a pothole now' } });

    const search = await client.gql(`{ articles(filter: { query: "poth" }) { mode totalCount edges { node { titleHighlight article { slug } } } } }`);
    expect(search.data?.articles).toMatchObject({ mode: 'ALL_WORDS', totalCount: 1 });
    expect(search.data?.articles.edges[0].node.titleHighlight).toBe('Report a <mark>pothole</mark> now');

    const diff = await client.gql(`query($id: ID!) { articleDiff(articleId: $id, from: 1) { to { number } body { kind value } } }`, { id: article.id });
    expect(diff.data?.articleDiff).toEqual({ to: null, body: [{ kind: 'UNCHANGED', value: 'Use the form.' }] });
  });

  it('anonymous callers see published public answers only', async () => {
    const { client } = await signedIn('Dana Ortiz');
    const publicArticle = await createArticle(client, { title: 'Report a pothole', body: 'Use the form.', audience: 'PUBLIC' });
    await client.gql(`mutation($id: ID!) { publishArticle(id: $id, version: 1) { article { id } } }`, { id: publicArticle.id });
    const draft = await createArticle(client, { title: 'Pothole draft', body: 'Secret.', audience: 'PUBLIC' });

    const resident = new TestClient(server.url);
    const listed = await resident.gql(`{ publicArticles(query: "pothole") { totalCount edges { node { article { slug title department { name } } } } } }`);
    expect(listed.data?.publicArticles.totalCount).toBe(1);
    expect(listed.data?.publicArticles.edges[0].node.article.slug).toBe(publicArticle.slug);

    const read = `query($slug: String!) { publicArticle(slug: $slug) { title bodyHtml feedback { helpful notHelpful } } }`;
    expect((await resident.gql(read, { slug: publicArticle.slug })).data?.publicArticle).toEqual({
      title: 'Report a pothole',
      bodyHtml: '<p>Use the form.</p>',
      feedback: { helpful: 0, notHelpful: 0 },
    });
    expect((await resident.gql(read, { slug: draft.slug })).data?.publicArticle).toBeNull();

    const vote = `mutation($slug: String!) { voteOnArticle(slug: $slug, helpful: true) { feedback { helpful notHelpful } error { __typename } } }`;
    expect((await resident.gql(vote, { slug: publicArticle.slug })).data?.voteOnArticle).toEqual({ feedback: { helpful: 1, notHelpful: 0 }, error: null });
    expect((await resident.gql(vote, { slug: draft.slug })).data?.voteOnArticle).toEqual({ feedback: null, error: { __typename: 'NotFound' } });

    const staffOnly = await resident.gql(`{ articles { totalCount } }`);
    expect(staffOnly.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('inquiry view suggests and saves answers', async () => {
    const { client } = await signedIn('Dana Ortiz');
    const { topic } = await createTopic(server.deps, 'Tree touching a power line', 'Utilities');
    const answer = await createArticle(client, { title: 'Tree touching a power line', body: 'Call Utilities.', topicId: topic.id });
    await client.gql(`mutation($id: ID!) { publishArticle(id: $id, version: 1) { article { id } } }`, { id: answer.id });

    const intake = await new TestClient(server.url).gql(
      `mutation { submitWebInquiry(input: { subject: "Branch on the power line", question: "A tree is touching the line." }) { receipt { reference } } }`,
    );
    expect(intake.data?.submitWebInquiry.receipt).toBeTruthy();
    const inbox = await client.gql(`{ inbox { edges { node { id version hasLinkedArticle } } } }`);
    const inquiry = inbox.data?.inbox.edges[0].node;
    expect(inquiry.hasLinkedArticle).toBe(false);

    const suggested = await client.gql(`query($id: ID!) { suggestedArticles(inquiryId: $id) { article { title } } }`, { id: inquiry.id });
    expect(suggested.data?.suggestedArticles).toEqual([{ article: { title: 'Tree touching a power line' } }]);

    await client.gql(`mutation($id: ID!, $v: Int!) { resolveInquiry(id: $id, version: $v, resolutionNote: "Utilities will trim it.") { inquiry { id } } }`, {
      id: inquiry.id,
      v: inquiry.version,
    });
    const saved = await client.gql(`mutation($id: ID!) { saveAnswerAsArticle(inquiryId: $id) { created article { title status bodyText } error { __typename } } }`, {
      id: inquiry.id,
    });
    expect(saved.data?.saveAnswerAsArticle).toEqual({
      created: true,
      article: { title: 'Branch on the power line', status: 'DRAFT', bodyText: 'A tree is touching the line.\nUtilities will trim it.' },
      error: null,
    });
    const linked = await client.gql(`query($id: ID!) { inquiry(id: $id) { hasLinkedArticle linkedArticle { title } } }`, { id: inquiry.id });
    expect(linked.data?.inquiry).toEqual({ hasLinkedArticle: true, linkedArticle: { title: 'Branch on the power line' } });

    const routing = await client.gql(`{ searchDirectory(query: "tree touching a power line") { hits { department { name } topic { name } } } }`);
    expect(routing.data?.searchDirectory.hits[0]).toEqual({ department: { name: 'Utilities' }, topic: { name: 'Tree touching a power line' } });
  });
});
