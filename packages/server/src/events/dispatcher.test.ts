import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { inTransaction } from '../core/deps.js';
import { openTestDatabase, type TestDatabase } from '../../test/support/database.js';
import { EventDispatcher, SubscriberTooSlowError } from './dispatcher.js';
import { appendEvent, latestEventId, type EventRecord } from './service.js';

/** Builds a live event as the dispatcher hands it to listeners, without a row in the log. */
function liveEvent(id: number, stream: EventRecord['stream'] = 'inbox'): EventRecord {
  return { id, stream, type: 'created', inquiryId: null, actorId: null, payload: {}, createdAt: new Date() };
}

describe('event subscriptions', () => {
  let database: TestDatabase;
  let dispatcher: EventDispatcher;

  beforeAll(async () => {
    database = await openTestDatabase('pglite');
  });
  afterAll(async () => {
    await database.close();
  });
  beforeEach(async () => {
    await database.reset();
    dispatcher = new EventDispatcher(database.handle, database.deps.log);
    await dispatcher.start();
  });
  afterEach(async () => {
    await dispatcher.stop();
  });

  /** Hands a live event to the dispatcher's listeners, as a read of the log does. */
  function deliver(event: EventRecord): void {
    (dispatcher as unknown as { deliver: (event: EventRecord) => void }).deliver(event);
  }

  async function append(count: number, stream: EventRecord['stream'] = 'inbox'): Promise<void> {
    for (let index = 0; index < count; index += 1) {
      await inTransaction(database.deps, (tx) => appendEvent(tx, { stream, type: 'created', payload: { index } }));
    }
  }

  it('replays the log, then live events, each once and in order', async () => {
    const base = await latestEventId(database.deps.db);
    await append(3);
    await append(1, 'presence');
    const subscription = dispatcher.subscribe(['inbox'], base);
    // Live events that arrive before the replay: the first two are also in the log.
    deliver(liveEvent(base + 1));
    deliver(liveEvent(base + 2));
    deliver(liveEvent(base + 9));
    deliver(liveEvent(base + 10, 'presence'));

    const ids: number[] = [];
    for (let index = 0; index < 4; index += 1) ids.push((await subscription.next()).value.id);
    expect(ids).toEqual([base + 1, base + 2, base + 3, base + 9]);

    const waiting = subscription.next();
    deliver(liveEvent(base + 8));
    deliver(liveEvent(base + 11));
    expect((await waiting).value.id).toBe(base + 11);
    await subscription.return!();
  });

  it('ends a waiting next() at once on return and removes its listener', async () => {
    const baseline = dispatcher.listenerCount;
    const subscription = dispatcher.subscribe(['inbox']);
    expect(dispatcher.listenerCount).toBe(baseline + 1);
    const waiting = subscription.next();
    await new Promise((resolve) => setTimeout(resolve, 20));

    await subscription.return!();

    expect(await waiting).toEqual({ done: true, value: undefined });
    expect(dispatcher.listenerCount).toBe(baseline);
    expect(await subscription.next()).toEqual({ done: true, value: undefined });
  });

  it('ends a subscriber more than 10,000 events behind, after what it had queued', async () => {
    const baseline = dispatcher.listenerCount;
    const subscription = dispatcher.subscribe(['inbox']);
    const first = subscription.next();
    deliver(liveEvent(1));
    expect((await first).value.id).toBe(1);

    for (let id = 2; id <= 10_002; id += 1) deliver(liveEvent(id));

    expect(dispatcher.listenerCount).toBe(baseline);
    let last = 1;
    for (;;) {
      const result = await subscription.next().catch((error: unknown) => error);
      if (result instanceof SubscriberTooSlowError) break;
      const item = result as IteratorResult<EventRecord>;
      expect(item.done).toBe(false);
      expect(item.value.id).toBe(last + 1);
      last = item.value.id;
    }
    expect(last).toBe(10_002);
  });

  it('reads the log for a NOTIFY of an undelivered event only', async () => {
    // A dispatcher of its own, whose NOTIFY the test sends by hand. The appends below do not wake it.
    let notify: (payload: string) => void = () => {};
    const handle = {
      ...database.handle,
      listen: async (_channel: string, onNotify: (payload: string) => void) => {
        notify = onNotify;
        return async () => {};
      },
    };
    const notified = new EventDispatcher(handle, database.deps.log);
    await notified.start();
    const seen: number[] = [];
    let nextEvent: ((id: number) => void) | undefined;
    notified.addListener((event) => {
      seen.push(event.id);
      nextEvent?.(event.id);
    });
    const delivery = () => new Promise<number>((resolve) => (nextEvent = resolve));
    const appendOne = () => database.deps.db.transaction((tx) => appendEvent(tx, { stream: 'inbox', type: 'created', payload: {} }));

    try {
      const first = await appendOne();
      let delivered = delivery();
      notify(String(first.id));
      expect(await delivered).toBe(first.id);

      // The log now contains a second event, but a NOTIFY of the first one, already delivered, reads nothing.
      const second = await appendOne();
      notify(String(first.id));
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(seen).toEqual([first.id]);

      delivered = delivery();
      notify(String(second.id));
      expect(await delivered).toBe(second.id);

      // A payload that is not an id reads the log in any case.
      const third = await appendOne();
      delivered = delivery();
      notify('not an id');
      expect(await delivered).toBe(third.id);
      expect(seen).toEqual([first.id, second.id, third.id]);
    } finally {
      await notified.stop();
    }
  });
});
