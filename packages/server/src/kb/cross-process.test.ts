import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { createScratchDatabase } from '../../test/support/database.js';
import { collect, TestClient } from '../../test/support/server.js';
import { startServerProcess, stopServerProcess, type ServerProcess } from '../../test/support/process.js';
import { BODY_FRAGMENT, paragraphElement, renderPlainText } from './richtext.js';

const DEMO_PASSWORD = 'two-process-demo-password';
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
const unb64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

describe.skipIf(!process.env.DATABASE_URL)('article editing across two server processes', () => {
  let scratch: Awaited<ReturnType<typeof createScratchDatabase>>;
  let first: ServerProcess;
  let second: ServerProcess;

  beforeAll(async () => {
    scratch = await createScratchDatabase();
    [first, second] = await Promise.all([startServerProcess({ DATABASE_URL: scratch.url, DEMO_PASSWORD }), startServerProcess({ DATABASE_URL: scratch.url, DEMO_PASSWORD })]);
  });
  afterAll(async () => {
    await Promise.all([stopServerProcess(first), stopServerProcess(second)]);
    await scratch?.drop();
  });

  it('updates and awareness reach the other process', async () => {
    const dana = new TestClient(first.url);
    await dana.signIn('dana@county.example', DEMO_PASSWORD);
    const sam = new TestClient(second.url);
    await sam.signIn('sam@county.example', DEMO_PASSWORD);

    const created = await dana.gql(`mutation { createArticle(input: { title: "Report a pothole", body: "Use the form." }) { article { id } } }`);
    const articleId = created.data?.createArticle.article.id as string;
    expect(articleId).toBeTruthy();

    const samSocket = sam.socket();
    const updates = collect<{ articleDocUpdates: { update: string } }>(
      samSocket,
      'subscription($id: ID!) { articleDocUpdates(articleId: $id, after: "0") { update } }',
      { id: articleId },
    );
    const awareness = collect<{ articleAwareness: { update: string } }>(samSocket, 'subscription($id: ID!) { articleAwareness(articleId: $id) { update } }', {
      id: articleId,
    });
    await updates.until(1);

    const danaDoc = new Y.Doc();
    const sync = await dana.gql('query($id: ID!) { articleDocument(articleId: $id) { sync { update } } }', { id: articleId });
    Y.applyUpdate(danaDoc, unb64(sync.data?.articleDocument.sync.update));
    const before = Y.encodeStateVector(danaDoc);
    const body = danaDoc.getXmlFragment(BODY_FRAGMENT);
    body.insert(body.length, [paragraphElement('Added on the first process.')]);
    await dana.gql('mutation($id: ID!, $u: String!) { pushArticleUpdate(articleId: $id, update: $u) { stateVector } }', {
      id: articleId,
      u: b64(Y.encodeStateAsUpdate(danaDoc, before)),
    });

    await updates.until(2);
    const samDoc = new Y.Doc();
    for (const item of updates.items) Y.applyUpdate(samDoc, unb64(item.articleDocUpdates.update));
    expect(renderPlainText(samDoc)).toBe('Use the form.\nAdded on the first process.');

    const danaAwareness = new Awareness(danaDoc);
    danaAwareness.setLocalState({ user: { name: 'Dana Ortiz', color: '#d62728' } });
    await dana.gql('mutation($id: ID!, $u: String!) { publishArticleAwareness(articleId: $id, update: $u) { ok } }', {
      id: articleId,
      u: b64(encodeAwarenessUpdate(danaAwareness, [danaDoc.clientID])),
    });
    await awareness.until(1);
    const seen = new Awareness(new Y.Doc());
    applyAwarenessUpdate(seen, unb64(awareness.items[0].articleAwareness.update), 'test');
    expect(seen.getStates().get(danaDoc.clientID)).toEqual({ user: { name: 'Dana Ortiz', color: '#d62728' } });

    danaAwareness.destroy();
    seen.destroy();
    await samSocket.dispose();
  });
});
