import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import postgres from 'postgres';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { openDatabase, type DatabaseHandle } from '../db/client.js';
import { articleDocUpdates, articles } from '../db/schema.js';
import type { Actor, CoreDeps } from '../core/deps.js';
import { createScratchDatabase, databaseKinds, silentLogger, useTestDatabase, type DatabaseKind } from '../../test/support/database.js';
import { createAgent } from '../../test/support/fixtures.js';
import { COMPACT_AFTER_UPDATES, compactDocument, pushUpdate, storedDocumentSize, syncDocument, toBase64 } from './doc.js';
import { BODY_FRAGMENT, paragraphElement, renderPlainText } from './richtext.js';
import { createArticle } from './service.js';

function depsFor(handle: DatabaseHandle): CoreDeps {
  return {
    db: handle.db,
    log: silentLogger,
    wakeEvents: () => {},
    centerTimeZone: 'America/Denver',
    sessionSecret: 'test-session-secret-that-is-long-enough-0123',
    sessionTtlHours: 12,
  };
}

/** An editor's copy of an article: a Y.Doc kept in step with the server through the GraphQL-shaped calls. */
class Editor {
  readonly doc = new Y.Doc();

  constructor(
    private readonly deps: () => CoreDeps,
    private readonly actor: Actor,
    private readonly articleId: string,
  ) {}

  get body(): Y.XmlFragment {
    return this.doc.getXmlFragment(BODY_FRAGMENT);
  }

  get text(): string {
    return renderPlainText(this.doc);
  }

  /** Fetches what this copy lacks (sync step 2) and applies it. */
  async pull(): Promise<void> {
    const sync = await syncDocument(this.deps(), this.articleId, toBase64(Y.encodeStateVector(this.doc)));
    if (sync.kind !== 'ok') throw new Error(JSON.stringify(sync));
    Y.applyUpdate(this.doc, sync.sync.update);
  }

  /** Sends everything the server lacks and returns the acknowledged server state vector. */
  async push(): Promise<Map<number, number>> {
    const sync = await syncDocument(this.deps(), this.articleId);
    if (sync.kind !== 'ok') throw new Error(JSON.stringify(sync));
    const missing = Y.encodeStateAsUpdate(this.doc, sync.sync.stateVector);
    const result = await pushUpdate(this.deps(), this.actor, this.articleId, toBase64(missing), `editor-${this.doc.clientID}`);
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    return Y.decodeStateVector(result.stateVector);
  }

  /** Pushes exactly the change made by `edit`, as a live editor's update handler does. */
  async editAndPush(edit: () => void): Promise<{ updateId: number; update: Uint8Array; stateVector: Map<number, number> }> {
    const before = Y.encodeStateVector(this.doc);
    edit();
    const update = Y.encodeStateAsUpdate(this.doc, before);
    const result = await pushUpdate(this.deps(), this.actor, this.articleId, toBase64(update), `editor-${this.doc.clientID}`);
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    return { updateId: result.updateId, update, stateVector: Y.decodeStateVector(result.stateVector) };
  }
}

describe.each(databaseKinds())('article documents on %s', (kind) => {
  const testDatabase = useTestDatabase(kind);
  const deps = () => testDatabase().deps;

  async function newArticle(actor: Actor, body = 'First line.\nSecond line.') {
    const result = await createArticle(deps(), actor, { title: 'Report a pothole', body });
    if (result.kind !== 'ok') throw new Error(JSON.stringify(result));
    return result.article;
  }

  it('stores an update before acknowledging it', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent);
    const editor = new Editor(deps, agent, article.id);
    await editor.pull();

    const pushed = await editor.editAndPush(() => editor.body.insert(editor.body.length, [paragraphElement('Third line.')]));

    // The acknowledged state vector already contains the editor's change.
    const local = Y.decodeStateVector(Y.encodeStateVector(editor.doc));
    expect(pushed.stateVector.get(editor.doc.clientID)).toBe(local.get(editor.doc.clientID));
    // The row is committed: another connection reads it back byte for byte.
    let stored: Uint8Array | undefined;
    if (kind === 'postgres') {
      const other = postgres(testDatabase().url!, { max: 1, onnotice: () => {} });
      const [row] = await other<{ update: Uint8Array }[]>`select "update" from article_doc_updates where id = ${pushed.updateId}`;
      stored = row?.update;
      await other.end();
    } else {
      const [row] = await deps().db.select().from(articleDocUpdates).where(eq(articleDocUpdates.id, pushed.updateId));
      stored = row?.update;
    }
    expect(stored).toBeDefined();
    expect(Buffer.from(stored!).equals(Buffer.from(pushed.update))).toBe(true);

    const [derived] = await deps().db.select({ bodyText: articles.bodyText }).from(articles).where(eq(articles.id, article.id));
    expect(derived.bodyText).toBe('First line.\nSecond line.\nThird line.');
  });

  it('rejects updates that are not Yjs', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent);
    for (const update of ['not base64!', '', toBase64(new Uint8Array([255, 255, 255, 255, 255]))]) {
      const result = await pushUpdate(deps(), agent, article.id, update);
      expect(result.kind, update).toBe('invalid_input');
    }
    expect((await pushUpdate(deps(), agent, '00000000-0000-4000-8000-000000000000', toBase64(Y.encodeStateAsUpdate(new Y.Doc())))).kind).toBe('not_found');
  });

  it('offline edits merge and converge', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent, 'Shared line.');
    const alice = new Editor(deps, agent, article.id);
    const bob = new Editor(deps, agent, article.id);
    await alice.pull();
    await bob.pull();

    // Both edit while offline, including the same paragraph.
    alice.body.insert(0, [paragraphElement('Alice heading.')]);
    ((alice.body.get(1) as Y.XmlElement).get(0) as Y.XmlText).insert(0, 'A: ');
    bob.body.insert(bob.body.length, [paragraphElement('Bob footer.')]);
    ((bob.body.get(0) as Y.XmlElement).get(0) as Y.XmlText).insert('Shared line.'.length, ' (B)');

    await alice.push();
    await bob.push();
    await alice.pull();
    await bob.pull();

    expect(alice.text).toBe(bob.text);
    expect(alice.text).toBe('Alice heading.\nA: Shared line. (B)\nBob footer.');
    const [stored] = await deps().db.select({ bodyText: articles.bodyText }).from(articles).where(eq(articles.id, article.id));
    expect(stored.bodyText).toBe(alice.text);
  });

  it('compaction keeps stored size near the document size', { timeout: 120_000 }, async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent, 'Start.');
    const editor = new Editor(deps, agent, article.id);
    await editor.pull();
    const text = (editor.body.get(0) as Y.XmlElement).get(0) as Y.XmlText;

    // Typing one character per update, with a deletion every tenth keystroke.
    const edits = COMPACT_AFTER_UPDATES + 50;
    for (let index = 0; index < edits; index += 1) {
      await editor.editAndPush(() => {
        if (index % 10 === 9) text.delete(text.length - 1, 1);
        else text.insert(text.length, String.fromCharCode(97 + (index % 26)));
      });
    }

    // The background step compacts once more than COMPACT_AFTER_UPDATES rows are stored.
    const deadline = Date.now() + 10_000;
    while ((await storedDocumentSize(deps().db, article.id)).rows > COMPACT_AFTER_UPDATES && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    expect((await storedDocumentSize(deps().db, article.id)).rows).toBeLessThanOrEqual(COMPACT_AFTER_UPDATES);

    const result = await compactDocument(deps(), article.id);
    const after = await storedDocumentSize(deps().db, article.id);
    const documentSize = Y.encodeStateAsUpdate(editor.doc).byteLength;
    expect(result).toBeDefined();
    expect(after.rows).toBe(1);
    // Stated bound: after compaction the stored bytes are at most 1.5 times the encoded document.
    expect(after.bytes).toBeLessThanOrEqual(1.5 * documentSize);

    const reader = new Editor(deps, agent, article.id);
    await reader.pull();
    expect(reader.text).toBe(editor.text);
  });

  it('failed compaction keeps every update', async () => {
    const agent = await createAgent(deps());
    const article = await newArticle(agent, 'Start.');
    const editor = new Editor(deps, agent, article.id);
    await editor.pull();
    for (const line of ['One.', 'Two.', 'Three.']) {
      await editor.editAndPush(() => editor.body.insert(editor.body.length, [paragraphElement(line)]));
    }
    const before = await storedDocumentSize(deps().db, article.id);

    await expect(
      compactDocument(deps(), article.id, {
        beforeCommit: async () => {
          throw new Error('disk full');
        },
      }),
    ).rejects.toThrow('disk full');

    expect(await storedDocumentSize(deps().db, article.id)).toEqual(before);
    const reader = new Editor(deps, agent, article.id);
    await reader.pull();
    expect(reader.text).toBe('Start.\nOne.\nTwo.\nThree.');
  });

  it('seeds a document from plain text only once', async () => {
    const [row] = await deps()
      .db.insert(articles)
      .values({ slug: 'legacy', title: 'Legacy article', bodyText: 'Written before documents.\nSecond paragraph.' })
      .returning({ id: articles.id });
    const agent = await createAgent(deps());

    const first = new Editor(deps, agent, row.id);
    await first.pull();
    const second = new Editor(deps, agent, row.id);
    await second.pull();

    expect(first.text).toBe('Written before documents.\nSecond paragraph.');
    expect(second.text).toBe(first.text);
    expect((await storedDocumentSize(deps().db, row.id)).rows).toBe(1);
  });
});

describe.each(databaseKinds())('article documents after reopening on %s', (kind: DatabaseKind) => {
  it('reload gives the same content without duplication', { timeout: 120_000 }, async () => {
    const scratch = kind === 'postgres' ? await createScratchDatabase() : undefined;
    const dataDir = kind === 'pglite' ? fs.mkdtempSync(path.join(os.tmpdir(), 'civic-kb-reopen-')) : undefined;
    const open = () => openDatabase({ databaseUrl: scratch?.url, dataDir, logger: silentLogger });

    try {
      let handle = await open();
      const agent = await createAgent(depsFor(handle), 'Luis Medina');
      const created = await createArticle(depsFor(handle), agent, { title: 'Reopen me', body: 'Seeded once.' });
      if (created.kind !== 'ok') throw new Error(JSON.stringify(created));
      const articleId = created.article.id;
      const editor = new Editor(() => depsFor(handle), agent, articleId);
      await editor.pull();
      await editor.editAndPush(() => editor.body.insert(editor.body.length, [paragraphElement('Edited before restart.')]));
      const rowsBefore = await storedDocumentSize(handle.db, articleId);
      await handle.close();

      for (let restart = 1; restart <= 2; restart += 1) {
        handle = await open();
        const reader = new Editor(() => depsFor(handle), agent, articleId);
        await reader.pull();
        expect(reader.text, `restart ${restart}`).toBe('Seeded once.\nEdited before restart.');
        expect(await storedDocumentSize(handle.db, articleId), `restart ${restart}`).toEqual(rowsBefore);
        await handle.close();
      }
    } finally {
      await scratch?.drop();
      if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});
