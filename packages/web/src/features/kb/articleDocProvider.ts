/**
 * Keeps a Y.Doc of one article's body in step with the server, and shares the
 * editors' awareness (names, colours, cursors).
 *
 * - Load: `articleDocument` with the local state vector returns what the
 *   local document lacks. What the server lacks is pushed back.
 * - Remote changes: `articleDocUpdates`, resumed with `after` on reconnect,
 *   skipping updates pushed with this provider's origin.
 * - Local changes: every Y.Doc update not applied by this provider is queued
 *   and pushed in order with `pushArticleUpdate`. Queued updates are merged
 *   into one (Y.mergeUpdates) before each push, so a long offline spell sends
 *   one update. A failed push goes back to the front of the queue and is
 *   retried with backoff, and at once when the socket reconnects.
 * - After a reconnect the document syncs again with its state vector, so
 *   anything missed in either direction is exchanged.
 */
import { createSignal, type Accessor } from 'solid-js';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { mutate, onSocketConnected, query, sendOverSocket, subscribe } from '../../lib/api';
import {
  ArticleAwarenessDocument,
  ArticleDocUpdatesDocument,
  ArticleDocumentDocument,
  PublishArticleAwarenessDocument,
  PushArticleUpdateDocument,
} from '../../lib/graphql';
import { startResumableStream, type ResumableStream } from '../../lib/live';
import { fromBase64, toBase64 } from './base64';

/** Name of the Y.XmlFragment that contains the body, as the server reads it. */
export const BODY_FIELD = 'body';

/** Minimum milliseconds between two awareness publications (cursor moves are frequent). */
const AWARENESS_THROTTLE_MS = 150;

/** First and largest delay before a failed push is retried, in milliseconds. */
const PUSH_RETRY_MIN_MS = 1_000;
const PUSH_RETRY_MAX_MS = 15_000;

/**
 * - `loading`: the first sync has not finished.
 * - `saving`: local changes are queued or being sent.
 * - `saved`: the server acknowledged every local change.
 * - `offline`: the last push failed, so the queue is kept and retried.
 */
export type SaveState = 'loading' | 'saving' | 'saved' | 'offline';

export type EditorUser = { name: string; color: string; staffId: string };

export type Collaborator = EditorUser & { clientId: number; isSelf: boolean };

export type ArticleDocProvider = {
  doc: Y.Doc;
  awareness: Awareness;
  saveState: Accessor<SaveState>;
  /** The message of the last failed push or sync while changes are unsaved, or null. */
  lastError: Accessor<string | null>;
  /** Whether the first sync finished, so an editor can be mounted on the document. */
  ready: Accessor<boolean>;
  collaborators: Accessor<Collaborator[]>;
  destroy: () => void;
};

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Returns whether `update` changes nothing: a Yjs update with no structs and an empty delete set encodes as two zero bytes. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.length <= 2 && update.every((byte) => byte === 0);
}

function randomSessionId(): string {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

export function createArticleDocProvider(articleId: string, user: EditorUser): ArticleDocProvider {
  const doc = new Y.Doc();
  const awareness = new Awareness(doc);
  /** Sent as the push origin and as ignoreOrigin, so this tab never receives its own updates back. */
  const origin = randomSessionId();

  const [saveState, setSaveState] = createSignal<SaveState>('loading');
  const [lastError, setLastError] = createSignal<string | null>(null);
  const [ready, setReady] = createSignal(false);
  const [collaborators, setCollaborators] = createSignal<Collaborator[]>([]);

  let destroyed = false;
  let pending: Uint8Array[] = [];
  let inFlight = false;
  let failedAttempts = 0;
  let retryTimer: ReturnType<typeof setTimeout> | undefined;
  let docStream: ResumableStream | null = null;
  let stopAwareness: (() => void) | null = null;

  function refreshSaveState(): void {
    if (!ready()) return;
    if (pending.length === 0 && !inFlight) {
      setSaveState('saved');
      setLastError(null);
    } else if (failedAttempts > 0) {
      setSaveState('offline');
    } else {
      setSaveState('saving');
    }
  }

  // --- Sending local changes -------------------------------------------------

  function enqueue(update: Uint8Array): void {
    if (isEmptyUpdate(update)) return;
    pending.push(update);
    refreshSaveState();
    // After a failure the scheduled retry sends everything queued by then as one update.
    if (failedAttempts === 0) void flush();
  }

  async function flush(): Promise<void> {
    if (destroyed || inFlight || pending.length === 0 || !ready()) return;
    const update = pending.length === 1 ? pending[0]! : Y.mergeUpdates(pending);
    pending = [];
    inFlight = true;
    refreshSaveState();

    let failure: string | null = null;
    try {
      const result = (await mutate(PushArticleUpdateDocument, { articleId, update: toBase64(update), origin })).pushArticleUpdate;
      if (result.stateVector === null) failure = result.error?.message ?? 'The server did not store the change.';
    } catch (error) {
      failure = describe(error);
    }
    inFlight = false;

    if (failure === null) {
      failedAttempts = 0;
      refreshSaveState();
      void flush();
      return;
    }

    // Keep the order: the failed update goes before anything typed meanwhile.
    pending.unshift(update);
    failedAttempts += 1;
    setLastError(failure);
    refreshSaveState();
    console.warn(`Saving article ${articleId} failed (attempt ${failedAttempts}); retrying`, failure);
    scheduleRetry();
  }

  function scheduleRetry(): void {
    clearTimeout(retryTimer);
    const delay = Math.min(PUSH_RETRY_MAX_MS, PUSH_RETRY_MIN_MS * 2 ** Math.max(0, failedAttempts - 1));
    retryTimer = setTimeout(() => void flush(), delay);
  }

  // Remote updates and sync results are applied with the provider as origin.
  const onDocUpdate = (update: Uint8Array, updateOrigin: unknown) => {
    if (updateOrigin === provider) return;
    enqueue(update);
  };
  doc.on('update', onDocUpdate);

  // --- Receiving and syncing -------------------------------------------------

  /** Exchanges what each side lacks. Returns the server's newest event id. */
  async function sync(): Promise<string> {
    const stateVector = toBase64(Y.encodeStateVector(doc));
    const payload = (await query(ArticleDocumentDocument, { articleId, stateVector })).articleDocument;
    if (payload.sync === null) throw new Error(payload.error?.message ?? `Article ${articleId} has no document.`);
    Y.applyUpdate(doc, fromBase64(payload.sync.update), provider);
    const missingOnServer = Y.encodeStateAsUpdate(doc, fromBase64(payload.sync.stateVector));
    if (!isEmptyUpdate(missingOnServer)) {
      // The queue may already contain parts of this. Yjs skips whatever the server already has.
      pending.push(missingOnServer);
    }
    return payload.sync.lastEventId;
  }

  function startDocStream(after: string): void {
    docStream = startResumableStream({
      document: ArticleDocUpdatesDocument,
      variables: { articleId, ignoreOrigin: origin },
      after,
      selectEvent: (data) => data.articleDocUpdates,
      onEvent: (event) => {
        if (event.origin === origin) return;
        Y.applyUpdate(doc, fromBase64(event.update), provider);
      },
      onResumed: () => void resync(),
      onResumeWithoutPosition: () => void resync(),
    });
  }

  async function resync(): Promise<void> {
    try {
      await sync();
      refreshSaveState();
      void flush();
    } catch (error) {
      console.warn(`Syncing article ${articleId} after reconnecting failed`, error);
    }
  }

  // --- Awareness -------------------------------------------------------------

  let awarenessTimer: ReturnType<typeof setTimeout> | undefined;
  let lastAwarenessSent = 0;

  function publishAwareness(): void {
    clearTimeout(awarenessTimer);
    const wait = lastAwarenessSent + AWARENESS_THROTTLE_MS - Date.now();
    if (wait > 0) {
      awarenessTimer = setTimeout(publishAwareness, wait);
      return;
    }
    lastAwarenessSent = Date.now();
    const update = encodeAwarenessUpdate(awareness, [doc.clientID]);
    sendOverSocket(PublishArticleAwarenessDocument, { articleId, update: toBase64(update) })
      .then((data) => {
        const error = data.publishArticleAwareness.error;
        if (error !== null) console.warn(`Publishing the cursor of article ${articleId} was rejected: ${error.message}`);
      })
      .catch((error: unknown) => console.warn(`Publishing the cursor of article ${articleId} failed`, error));
  }

  const onAwarenessUpdate = (_changes: unknown, changeOrigin: unknown) => {
    if (changeOrigin === 'local') publishAwareness();
  };
  awareness.on('update', onAwarenessUpdate);

  const onAwarenessChange = () => {
    const list: Collaborator[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      const entry = (state as { user?: Partial<EditorUser> }).user;
      if (entry?.name === undefined) continue;
      list.push({ clientId, name: entry.name, color: entry.color ?? '#555555', staffId: entry.staffId ?? '', isSelf: clientId === doc.clientID });
    }
    list.sort((left, right) => Number(right.isSelf) - Number(left.isSelf) || left.name.localeCompare(right.name));
    setCollaborators(list);
  };
  awareness.on('change', onAwarenessChange);
  awareness.setLocalStateField('user', user);

  function startAwareness(): void {
    try {
      stopAwareness = subscribe(ArticleAwarenessDocument, { articleId }, {
        next: (data) => applyAwarenessUpdate(awareness, fromBase64(data.articleAwareness.update), provider),
        error: (error) => console.warn(`Cursor updates of article ${articleId} stopped`, error),
      });
    } catch (error) {
      console.warn(`Cursor updates of article ${articleId} could not start`, error);
    }
  }

  // The server drops this tab's awareness when its socket closes, so it is
  // published again, and waiting pushes are retried, on every reconnection.
  const removeConnectedListener = onSocketConnected(() => {
    if (destroyed) return;
    publishAwareness();
    void flush();
  });

  // The browser reports a restored network before the backoff ends.
  const retryNow = () => {
    failedAttempts = Math.min(failedAttempts, 1);
    void flush();
  };
  window.addEventListener('online', retryNow);

  // --- Start -----------------------------------------------------------------

  const provider: ArticleDocProvider = {
    doc,
    awareness,
    saveState,
    lastError,
    ready,
    collaborators,
    destroy,
  };

  void (async () => {
    let attempt = 0;
    while (!destroyed) {
      try {
        const lastEventId = await sync();
        if (destroyed) return;
        setReady(true);
        refreshSaveState();
        startDocStream(lastEventId);
        startAwareness();
        publishAwareness();
        void flush();
        return;
      } catch (error) {
        attempt += 1;
        setLastError(describe(error));
        console.warn(`Loading article ${articleId} failed (attempt ${attempt}); retrying`, error);
        await new Promise((resolve) => setTimeout(resolve, Math.min(PUSH_RETRY_MAX_MS, PUSH_RETRY_MIN_MS * 2 ** attempt)));
      }
    }
  })();

  function destroy(): void {
    if (destroyed) return;
    // Tell the others this editor left; the removal bypasses the throttle.
    clearTimeout(awarenessTimer);
    lastAwarenessSent = 0;
    removeAwarenessStates(awareness, [doc.clientID], 'local');
    destroyed = true;
    clearTimeout(retryTimer);
    clearTimeout(awarenessTimer);
    removeConnectedListener();
    window.removeEventListener('online', retryNow);
    docStream?.stop();
    stopAwareness?.();
    awareness.off('update', onAwarenessUpdate);
    awareness.off('change', onAwarenessChange);
    doc.off('update', onDocUpdate);
    awareness.destroy();
    // NOTE: changes still queued at this point are lost. ArticleEditor shows the browser's leave-page prompt while any are pending.
    doc.destroy();
  }

  return provider;
}
