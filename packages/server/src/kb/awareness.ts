import { Repeater } from '@repeaterjs/repeater';
import { and, eq, lt, sql } from 'drizzle-orm';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, outdatedTimeout, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { events } from '../db/schema.js';
import { inTransaction, type CoreDeps } from '../core/deps.js';
import type { EventDispatcher } from '../events/dispatcher.js';
import { appendEvent, type EventRecord } from '../events/service.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { fromBase64, toBase64 } from './doc.js';

/**
 * Editors' awareness (who is in the article, their name, colour and cursor),
 * in the y-protocols awareness format. It is ephemeral: it never enters
 * article_doc_updates. An update travels through the `kb_awareness` stream of
 * the event log, so it reaches every server process, and events older than
 * AWARENESS_EVENT_RETENTION_SECONDS are deleted.
 *
 * Each process keeps the current states per article in memory, fed by that
 * stream. A state expires when its client has not refreshed it within
 * y-protocols' outdatedTimeout of 30 s (clients refresh every 15 s). It is
 * also removed at once when the articleAwareness subscription of the
 * connection that published it ends, which happens when the socket closes.
 */

/** Largest awareness update accepted, in bytes. Cursors and a name fit in a few hundred. */
export const MAX_AWARENESS_BYTES = 2048;
/** A client publishes its own state; an update naming more clients than this is rejected. */
const MAX_CLIENTS_PER_UPDATE = 4;
/** Age after which kb_awareness events are deleted from the log. */
const AWARENESS_EVENT_RETENTION_SECONDS = 120;
/** Minimum time between two deletions of old kb_awareness events by one process. */
const PRUNE_INTERVAL_MS = 60_000;
/** How often expired states are looked for. */
const EXPIRY_CHECK_MS = 3_000;

type AwarenessPayload = { articleId: string; update: string };

/** One awareness update delivered to a subscriber. */
export type AwarenessUpdateView = { articleId: string; update: Uint8Array };
type Listener = (update: Uint8Array) => void;
type ArticleEntry = { awareness: Awareness; listeners: Set<Listener> };

/** The clients and clocks that one connection published, per article, so they can be removed when it goes away. */
type Published = Map<string, Map<number, number>>;

/** Reads an awareness update and returns each client's id and clock, or an error message. */
function readEntries(update: Uint8Array): { clientId: number; clock: number }[] | string {
  try {
    const decoder = decoding.createDecoder(update);
    const count = decoding.readVarUint(decoder);
    if (count > MAX_CLIENTS_PER_UPDATE) return `an update may name at most ${MAX_CLIENTS_PER_UPDATE} clients`;
    const entries: { clientId: number; clock: number }[] = [];
    for (let index = 0; index < count; index += 1) {
      const clientId = decoding.readVarUint(decoder);
      const clock = decoding.readVarUint(decoder);
      const state: unknown = JSON.parse(decoding.readVarString(decoder));
      if (state !== null && (typeof state !== 'object' || Array.isArray(state))) return 'each state must be a JSON object or null';
      entries.push({ clientId, clock });
    }
    if (decoding.hasContent(decoder)) return 'update has bytes after its last client';
    return entries;
  } catch {
    return 'update is not a y-protocols awareness update (encodeAwarenessUpdate)';
  }
}

/** Encodes "these clients are gone" at their last clock, which every peer accepts as a removal. */
function encodeRemoval(clients: Map<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, clients.size);
  for (const [clientId, clock] of clients) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, 'null');
  }
  return encoding.toUint8Array(encoder);
}

export class AwarenessHub {
  private readonly articles = new Map<string, ArticleEntry>();
  private readonly published = new Map<string, Published>();
  private readonly expiryTimer: NodeJS.Timeout;
  private lastPrunedAt = 0;

  constructor(
    private readonly deps: CoreDeps,
    dispatcher: EventDispatcher,
  ) {
    dispatcher.addListener((event) => {
      if (event.stream === 'kb_awareness') this.applyEvent(event);
    });
    this.expiryTimer = setInterval(() => this.expireStates(), EXPIRY_CHECK_MS);
    this.expiryTimer.unref();
  }

  private entry(articleId: string): ArticleEntry {
    let entry = this.articles.get(articleId);
    if (entry) return entry;

    // The Awareness instance only stores peers' states, because the server has no state of its own.
    // Expiry runs on this hub's timer instead of one interval per article.
    const awareness = new Awareness(new Y.Doc());
    clearInterval(awareness._checkInterval);
    awareness.setLocalState(null);
    const listeners = new Set<Listener>();
    awareness.on('update', ({ added, updated, removed }: { added: number[]; updated: number[]; removed: number[] }) => {
      const changed = [...added, ...updated, ...removed];
      if (changed.length === 0 || listeners.size === 0) return;
      const update = encodeAwarenessUpdate(awareness, changed);
      for (const listener of listeners) listener(update);
    });
    entry = { awareness, listeners };
    this.articles.set(articleId, entry);
    return entry;
  }

  private applyEvent(event: EventRecord): void {
    const payload = event.payload as AwarenessPayload;
    const update = fromBase64(payload.update);
    if (!update) return;
    try {
      applyAwarenessUpdate(this.entry(payload.articleId).awareness, update, 'event');
    } catch (error) {
      this.deps.log.warn({ err: error, eventId: event.id }, 'ignoring an unreadable awareness event');
    }
  }

  /** Removes states not refreshed within outdatedTimeout, and drops articles without states or subscribers. */
  private expireStates(): void {
    const now = Date.now();
    for (const [articleId, entry] of this.articles) {
      const { awareness } = entry;
      const expired: number[] = [];
      awareness.meta.forEach((meta, clientId) => {
        if (awareness.states.has(clientId) && now - meta.lastUpdated >= outdatedTimeout) expired.push(clientId);
      });
      if (expired.length > 0) removeAwarenessStates(awareness, expired, 'timeout');
      if (awareness.states.size === 0 && entry.listeners.size === 0) {
        awareness.destroy();
        this.articles.delete(articleId);
      }
    }
  }

  /**
   * Validates an awareness update and appends it to the log, from where every
   * process (this one included) applies it. `connectionId` ties the states
   * to a WebSocket, so they are removed when its subscription ends.
   */
  async publish(articleId: string, encodedUpdate: string, connectionId: string | undefined): Promise<InvalidInputResult | undefined> {
    const update = fromBase64(encodedUpdate);
    if (!update) return invalidField('update', 'update must be base64, as encoded from encodeAwarenessUpdate');
    if (update.byteLength > MAX_AWARENESS_BYTES) {
      return invalidField('update', `update is ${update.byteLength} bytes; the maximum is ${MAX_AWARENESS_BYTES}. Keep awareness states small.`);
    }
    const entries = readEntries(update);
    if (typeof entries === 'string') return invalidField('update', entries);

    if (connectionId) {
      let byArticle = this.published.get(connectionId);
      if (!byArticle) this.published.set(connectionId, (byArticle = new Map()));
      let clients = byArticle.get(articleId);
      if (!clients) byArticle.set(articleId, (clients = new Map()));
      for (const { clientId, clock } of entries) clients.set(clientId, Math.max(clock, clients.get(clientId) ?? 0));
    }

    await this.append(articleId, update);
    await this.pruneOldEvents();
    return undefined;
  }

  private async append(articleId: string, update: Uint8Array): Promise<void> {
    const payload: AwarenessPayload = { articleId, update: toBase64(update) };
    await inTransaction(this.deps, (tx) => appendEvent(tx, { stream: 'kb_awareness', type: 'update', payload }));
  }

  /** Deletes kb_awareness events past their retention, at most once a minute per process. */
  private async pruneOldEvents(): Promise<void> {
    if (Date.now() - this.lastPrunedAt < PRUNE_INTERVAL_MS) return;
    this.lastPrunedAt = Date.now();
    try {
      await this.deps.db
        .delete(events)
        .where(and(eq(events.stream, 'kb_awareness'), lt(events.createdAt, sql`now() - make_interval(secs => ${AWARENESS_EVENT_RETENTION_SECONDS})`)));
    } catch (error) {
      this.deps.log.error({ err: error }, 'deleting old awareness events failed; retrying after the next publish');
    }
  }

  /** Announces that the clients `connectionId` published in `articleId` are gone. */
  private async removeConnectionStates(connectionId: string, articleId: string): Promise<void> {
    const byArticle = this.published.get(connectionId);
    const clients = byArticle?.get(articleId);
    if (!byArticle || !clients) return;
    byArticle.delete(articleId);
    if (byArticle.size === 0) this.published.delete(connectionId);

    // A state the client already replaced has a newer clock; only the current one can be removed.
    const { awareness } = this.entry(articleId);
    const current = new Map<number, number>();
    for (const [clientId, clock] of clients) {
      current.set(clientId, Math.max(clock, awareness.meta.get(clientId)?.clock ?? 0));
    }
    await this.append(articleId, encodeRemoval(current));
  }

  /**
   * Streams awareness updates of one article: first every current state,
   * then each change, including expiries. When the stream ends (unsubscribe
   * or closed socket), the states published over `connectionId` are removed.
   */
  subscribe(articleId: string, connectionId: string | undefined): AsyncIterableIterator<Uint8Array> {
    return new Repeater<Uint8Array>(async (push, stop) => {
      const entry = this.entry(articleId);
      const listener: Listener = (update) => void push(update);
      entry.listeners.add(listener);

      const current = [...entry.awareness.getStates().keys()];
      if (current.length > 0) await push(encodeAwarenessUpdate(entry.awareness, current));

      await stop;
      entry.listeners.delete(listener);
      if (connectionId) {
        await this.removeConnectionStates(connectionId, articleId).catch((error: unknown) =>
          this.deps.log.error({ err: error, articleId, connectionId }, 'removing the awareness of a closed connection failed; it expires in 30 s'),
        );
      }
    });
  }
}

const hubs = new WeakMap<EventDispatcher, AwarenessHub>();

/** Returns the process's awareness hub for `dispatcher`, creating it on first use. */
export function awarenessHub(deps: CoreDeps, dispatcher: EventDispatcher): AwarenessHub {
  let hub = hubs.get(dispatcher);
  if (!hub) {
    hub = new AwarenessHub(deps, dispatcher);
    hubs.set(dispatcher, hub);
  }
  return hub;
}
