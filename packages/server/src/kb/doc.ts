import { and, asc, eq, lte, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Queryable, Transaction } from '../db/client.js';
import { articleDocUpdates, articles } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { appendEvent, latestEventId, type EventRecord } from '../events/service.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { isUuid } from '../auth/service.js';
import type { NotFoundError } from '../inquiries/service.js';
import { renderDocument, seedFromPlainText } from './richtext.js';

/**
 * Storage and sync of article documents (Yjs). Every accepted update is a row
 * of article_doc_updates, written in the same transaction as its `kb_doc`
 * event, before pushUpdate returns. Merging an article's rows
 * gives its document. Compaction replaces the rows with one snapshot in a
 * single transaction, so a failure leaves the rows as they were.
 */

/** Largest Yjs update accepted in one push, in bytes (its base64 form must also fit MAX_JSON_BODY_KB). */
export const MAX_UPDATE_BYTES = 128 * 1024;
/** An article with more stored updates than this is compacted in the background after the next push. */
export const COMPACT_AFTER_UPDATES = 100;
/** Largest `origin` accepted: the editor's session id. */
const ORIGIN_MAX = 100;

export type DocEventPayload = { articleId: string; updateId: number; origin: string | null };

/** One delivered document update: the event and the update's bytes. */
export type DocUpdateView = { eventId: number; articleId: string; update: Uint8Array; origin: string | null; actorId: string | null; occurredAt: Date };

export function toBase64(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/** Decodes standard base64 (with padding); returns undefined for anything else. */
export function fromBase64(value: string): Uint8Array | undefined {
  if (value.length % 4 !== 0 || !/^[A-Za-z0-9+/]*={0,2}$/.test(value)) return undefined;
  return new Uint8Array(Buffer.from(value, 'base64'));
}

/** Reads an article's stored updates, oldest first. */
async function readUpdates(db: Queryable, articleId: string): Promise<{ id: number; update: Uint8Array }[]> {
  return db
    .select({ id: articleDocUpdates.id, update: articleDocUpdates.update })
    .from(articleDocUpdates)
    .where(eq(articleDocUpdates.articleId, articleId))
    .orderBy(asc(articleDocUpdates.id));
}

function mergeStored(rows: { update: Uint8Array }[]): Uint8Array {
  if (rows.length === 1) return rows[0].update;
  return Y.mergeUpdates(rows.map((row) => row.update));
}

/** Builds the article's document from the stored updates. */
export async function loadDocument(db: Queryable, articleId: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const rows = await readUpdates(db, articleId);
  if (rows.length > 0) Y.applyUpdate(doc, mergeStored(rows));
  return doc;
}

/** Stores one update and appends its `kb_doc` event, in the caller's transaction. Returns the row id. */
async function storeUpdate(tx: Transaction, articleId: string, update: Uint8Array, origin: string | null, actor?: Actor): Promise<number> {
  const [row] = await tx
    .insert(articleDocUpdates)
    .values({ articleId, update, origin, actorId: actor?.id ?? null })
    .returning({ id: articleDocUpdates.id });
  const payload: DocEventPayload = { articleId, updateId: row.id, origin };
  await appendEvent(tx, { stream: 'kb_doc', type: 'update', actorId: actor?.id ?? null, payload });
  return row.id;
}

/** Writes the plain text and HTML derived from `doc` onto the article, for search and display. */
async function saveDerivedBody(tx: Transaction, articleId: string, doc: Y.Doc): Promise<{ text: string; html: string }> {
  const rendered = renderDocument(doc);
  await tx
    .update(articles)
    .set({ bodyText: rendered.text, bodyHtml: rendered.html, updatedAt: sql`now()` })
    .where(eq(articles.id, articleId));
  return rendered;
}

/**
 * Locks the article row for the rest of the transaction and returns it, so
 * pushes, restores and compaction of one article never interleave.
 */
async function lockArticle(tx: Transaction, articleId: string) {
  const [row] = await tx
    .select({ id: articles.id, bodyText: articles.bodyText })
    .from(articles)
    .where(eq(articles.id, articleId))
    .for('update');
  return row;
}

/**
 * Returns the article's document under the row lock, creating it from the
 * article's plain text when no Yjs state is stored yet. The seed is stored
 * like any other update, so it happens once per article: a reload reads it
 * back instead of seeding again, which would duplicate the text.
 */
export async function lockedDocument(tx: Transaction, articleId: string, actor?: Actor): Promise<Y.Doc | undefined> {
  const article = await lockArticle(tx, articleId);
  if (!article) return undefined;

  const rows = await readUpdates(tx, articleId);
  const doc = new Y.Doc();
  if (rows.length > 0) {
    Y.applyUpdate(doc, mergeStored(rows));
    return doc;
  }

  seedFromPlainText(doc, article.bodyText);
  await storeUpdate(tx, articleId, Y.encodeStateAsUpdate(doc), 'seed', actor);
  await saveDerivedBody(tx, articleId, doc);
  return doc;
}

/**
 * Stores the first document of a new article in the caller's transaction:
 * `content` itself when it is a document, or one made from plain text.
 */
export async function createDocument(tx: Transaction, articleId: string, content: string | Y.Doc, actor?: Actor): Promise<{ text: string; html: string }> {
  let doc: Y.Doc;
  if (typeof content === 'string') {
    doc = new Y.Doc();
    seedFromPlainText(doc, content);
  } else {
    doc = content;
  }
  await storeUpdate(tx, articleId, Y.encodeStateAsUpdate(doc), 'seed', actor);
  return saveDerivedBody(tx, articleId, doc);
}

/**
 * Applies `change` to the article's document as a server-side edit (a
 * restore, for example), stores the resulting update and its event, and
 * refreshes the derived text. Live editors receive it like any other update.
 */
export async function changeDocument(
  tx: Transaction,
  articleId: string,
  origin: string,
  actor: Actor | undefined,
  change: (doc: Y.Doc) => void,
): Promise<{ doc: Y.Doc; text: string; html: string } | undefined> {
  const doc = await lockedDocument(tx, articleId, actor);
  if (!doc) return undefined;

  const captured: Uint8Array[] = [];
  const onUpdate = (update: Uint8Array) => captured.push(update);
  doc.on('update', onUpdate);
  try {
    change(doc);
  } finally {
    doc.off('update', onUpdate);
  }
  if (captured.length > 0) await storeUpdate(tx, articleId, Y.mergeUpdates(captured), origin, actor);
  const rendered = await saveDerivedBody(tx, articleId, doc);
  return { doc, ...rendered };
}

export type DocumentSync = {
  /** The Yjs update with everything the client lacks (sync step 2). */
  update: Uint8Array;
  /** The server's state vector, so the client can send what the server is missing. */
  stateVector: Uint8Array;
  /** Subscribe to articleDocUpdates after this event id to receive every later update. */
  lastEventId: number;
};

export type SyncResult = { kind: 'ok'; sync: DocumentSync } | NotFoundError | InvalidInputResult;

/**
 * Sync step 2 of y-protocols over a query: returns the updates the client is
 * missing given its state vector (all of them without one), and the server's
 * state vector. The event head is read before the updates, so an update
 * committed in between is both in the returned update and in the subscription after
 * `lastEventId`. That is harmless, because applying an update twice changes nothing in Yjs.
 */
export async function syncDocument(deps: CoreDeps, articleId: string, clientStateVector?: string | null): Promise<SyncResult> {
  if (!isUuid(articleId)) return { kind: 'not_found', message: `No article with id ${articleId.slice(0, 40)}` };
  let stateVector: Uint8Array | undefined;
  if (clientStateVector) {
    stateVector = fromBase64(clientStateVector);
    if (!stateVector) return invalidField('stateVector', 'stateVector must be base64, as encoded by Y.encodeStateVector');
  }

  const lastEventId = await latestEventId(deps.db);
  let rows = await readUpdates(deps.db, articleId);
  if (rows.length === 0) {
    const seeded = await inTransaction(deps, (tx) => lockedDocument(tx, articleId));
    if (!seeded) return { kind: 'not_found', message: `No article with id ${articleId}` };
    rows = await readUpdates(deps.db, articleId);
  }

  const merged = mergeStored(rows);
  let update: Uint8Array;
  try {
    update = stateVector ? Y.diffUpdate(merged, stateVector) : merged;
  } catch {
    return invalidField('stateVector', 'stateVector is not a Yjs state vector');
  }
  return { kind: 'ok', sync: { update, stateVector: Y.encodeStateVectorFromUpdate(merged), lastEventId } };
}

export type PushResult = { kind: 'ok'; updateId: number; stateVector: Uint8Array } | NotFoundError | InvalidInputResult;

/**
 * Applies a client's Yjs update to the article and stores it. The row and its
 * event are committed before this returns, so an acknowledged update survives
 * a crash. Returns the server's state vector after the update.
 */
export async function pushUpdate(
  deps: CoreDeps,
  actor: Actor,
  articleId: string,
  encodedUpdate: string,
  origin?: string | null,
): Promise<PushResult> {
  if (!isUuid(articleId)) return { kind: 'not_found', message: `No article with id ${articleId.slice(0, 40)}` };
  const update = fromBase64(encodedUpdate);
  if (!update) return invalidField('update', 'update must be base64, as encoded from a Yjs update');
  if (update.byteLength === 0) return invalidField('update', 'update is empty');
  if (update.byteLength > MAX_UPDATE_BYTES) {
    return invalidField('update', `update is ${update.byteLength} bytes; the maximum is ${MAX_UPDATE_BYTES}. Send smaller updates more often.`);
  }
  if (origin != null && origin.length > ORIGIN_MAX) return invalidField('origin', `origin must be at most ${ORIGIN_MAX} characters`);
  try {
    Y.decodeUpdate(update);
  } catch {
    return invalidField('update', 'update is not a Yjs update (Y.encodeStateAsUpdate or a doc "update" event)');
  }

  const result = await inTransaction(deps, async (tx): Promise<PushResult> => {
    const doc = await lockedDocument(tx, articleId, actor);
    if (!doc) return { kind: 'not_found', message: `No article with id ${articleId}` };
    try {
      Y.applyUpdate(doc, update);
    } catch {
      return invalidField('update', 'update could not be applied to the document');
    }
    const updateId = await storeUpdate(tx, articleId, update, origin ?? null, actor);
    await saveDerivedBody(tx, articleId, doc);
    return { kind: 'ok', updateId, stateVector: Y.encodeStateVector(doc) };
  });

  if (result.kind === 'ok') {
    deps.log.debug({ articleId, updateId: result.updateId, bytes: update.byteLength, by: actor.id }, 'article update stored');
    void compactIfLarge(deps, articleId);
  }
  return result;
}

/** Returns the bytes of one stored update, or undefined when compaction has merged it into a snapshot. */
export async function readStoredUpdate(db: Queryable, updateId: number): Promise<Uint8Array | undefined> {
  const [row] = await db.select({ update: articleDocUpdates.update }).from(articleDocUpdates).where(eq(articleDocUpdates.id, updateId));
  return row?.update;
}

/** Returns the whole document of an article as one update. */
export async function readDocumentState(db: Queryable, articleId: string): Promise<Uint8Array> {
  const rows = await readUpdates(db, articleId);
  return rows.length === 0 ? new Uint8Array(Y.encodeStateAsUpdate(new Y.Doc())) : mergeStored(rows);
}

/**
 * The update a `kb_doc` event stands for. When compaction has already merged
 * that row, the whole document is returned instead: it contains the update,
 * and a client ignores the parts it already has.
 */
export async function resolveDocEvent(db: Queryable, event: EventRecord): Promise<DocUpdateView> {
  const payload = event.payload as DocEventPayload;
  const update = (await readStoredUpdate(db, payload.updateId)) ?? (await readDocumentState(db, payload.articleId));
  return { eventId: event.id, articleId: payload.articleId, update, origin: payload.origin, actorId: event.actorId, occurredAt: event.createdAt };
}

export type CompactionResult = { rowsBefore: number; bytesBefore: number; bytesAfter: number };

export type CompactionOptions = {
  /** Runs inside the transaction after the snapshot is written, before commit. Tests throw here to simulate a failed save. */
  beforeCommit?: () => Promise<void>;
};

/**
 * Replaces an article's stored updates with one snapshot of its document
 * (Y.encodeStateAsUpdate, which also drops the content of deleted text). The
 * snapshot is inserted and the old rows deleted in one transaction under the
 * article lock, so either both happen or neither does, and no push can land
 * in between. Returns undefined for an unknown article.
 */
export async function compactDocument(deps: CoreDeps, articleId: string, options: CompactionOptions = {}): Promise<CompactionResult | undefined> {
  if (!isUuid(articleId)) return undefined;
  return deps.db.transaction(async (tx) => {
    const article = await lockArticle(tx, articleId);
    if (!article) return undefined;

    const rows = await readUpdates(tx, articleId);
    const bytesBefore = rows.reduce((total, row) => total + row.update.byteLength, 0);
    if (rows.length <= 1) return { rowsBefore: rows.length, bytesBefore, bytesAfter: bytesBefore };

    const doc = new Y.Doc();
    Y.applyUpdate(doc, mergeStored(rows));
    const snapshot = Y.encodeStateAsUpdate(doc);
    const lastId = rows[rows.length - 1].id;

    await tx.insert(articleDocUpdates).values({ articleId, update: snapshot, origin: 'compaction' });
    await tx.delete(articleDocUpdates).where(and(eq(articleDocUpdates.articleId, articleId), lte(articleDocUpdates.id, lastId)));
    await options.beforeCommit?.();
    return { rowsBefore: rows.length, bytesBefore, bytesAfter: snapshot.byteLength };
  });
}

const compacting = new Set<string>();

/** Compacts the article in the background when it has more than COMPACT_AFTER_UPDATES rows. Errors are logged. */
async function compactIfLarge(deps: CoreDeps, articleId: string): Promise<void> {
  if (compacting.has(articleId)) return;
  compacting.add(articleId);
  try {
    const [row] = await deps.db
      .select({ rows: sql<number>`count(*)::int` })
      .from(articleDocUpdates)
      .where(eq(articleDocUpdates.articleId, articleId));
    if ((row?.rows ?? 0) <= COMPACT_AFTER_UPDATES) return;
    const result = await compactDocument(deps, articleId);
    if (result) deps.log.info({ articleId, ...result }, 'article document compacted');
  } catch (error) {
    deps.log.error({ err: error, articleId }, 'compacting an article document failed; its updates are kept as they were');
  } finally {
    compacting.delete(articleId);
  }
}

/** Counts the stored rows and bytes of an article's document. */
export async function storedDocumentSize(db: Queryable, articleId: string): Promise<{ rows: number; bytes: number }> {
  const [row] = await db
    .select({ rows: sql<number>`count(*)::int`, bytes: sql<number>`coalesce(sum(octet_length(${articleDocUpdates.update})), 0)::int` })
    .from(articleDocUpdates)
    .where(eq(articleDocUpdates.articleId, articleId));
  return { rows: row?.rows ?? 0, bytes: row?.bytes ?? 0 };
}
