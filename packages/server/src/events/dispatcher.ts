import type { Logger } from 'pino';
import type { DatabaseHandle } from '../db/client.js';
import { EVENTS_CHANNEL } from '../db/client.js';
import { latestEventId, readEventsAfter, type EventRecord, type EventStream } from './service.js';

const PAGE_SIZE = 500;

/**
 * Events a subscriber may have queued but not yet consumed. A subscriber
 * further behind is ended with SubscriberTooSlowError, and resumes from its
 * last event id; nothing is dropped silently.
 */
const MAX_QUEUED_EVENTS = 10_000;

export class SubscriberTooSlowError extends Error {
  constructor() {
    super(`Subscriber fell more than ${MAX_QUEUED_EVENTS} events behind; resubscribe with the last event id received`);
    this.name = 'SubscriberTooSlowError';
  }
}

type Listener = (event: EventRecord) => void;

/**
 * Reads the event log in id order and hands each committed event to every
 * local listener exactly once.
 *
 * It is woken after a local commit (`wake`) and, on PostgreSQL, by NOTIFY
 * from any process. Each wake-up reads everything after the last delivered
 * id, so a lost NOTIFY or a LISTEN reconnect costs latency, never events.
 */
export class EventDispatcher {
  private lastDeliveredId = 0;
  private readonly listeners = new Set<Listener>();
  private reading: Promise<void> | undefined;
  private wakeRequested = false;
  private stopListening: (() => Promise<void>) | undefined;
  private stopped = false;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly log: Logger,
  ) {}

  async start(): Promise<void> {
    this.lastDeliveredId = await latestEventId(this.database.db);
    this.stopListening = await this.database.listen(
      EVENTS_CHANNEL,
      () => this.wake(),
      () => {
        this.log.debug({ lastDeliveredId: this.lastDeliveredId }, 'LISTEN connected; reading missed events');
        this.wake();
      },
    );
    this.log.info({ lastDeliveredId: this.lastDeliveredId }, 'event dispatcher started');
  }

  async stop(): Promise<void> {
    this.stopped = true;
    await this.stopListening?.();
    await this.reading;
  }

  /** The id of the newest event handed to listeners. */
  get headId(): number {
    return this.lastDeliveredId;
  }

  get listenerCount(): number {
    return this.listeners.size;
  }

  /** Asks for a read of new events; cheap to call often, reads never overlap. */
  wake(): void {
    if (this.stopped) return;
    if (this.reading) {
      this.wakeRequested = true;
      return;
    }
    this.reading = this.readNewEvents().finally(() => {
      this.reading = undefined;
      if (this.wakeRequested) {
        this.wakeRequested = false;
        this.wake();
      }
    });
  }

  /** Resolves once every event committed before the call has been delivered. */
  async flush(): Promise<void> {
    this.wake();
    while (this.reading) await this.reading;
  }

  addListener(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /**
   * Streams events of `streams`: first every stored event after `afterId`
   * (by default, the newest event delivered when this is called), then live
   * ones, each exactly once and in id order.
   *
   * The live listener is registered before the backlog is read, and live
   * events already covered by the backlog are dropped, so nothing that
   * commits during the backlog read is lost.
   */
  subscribe(streams: readonly EventStream[], afterId?: number): AsyncIterableIterator<EventRecord> {
    // Without `after`, the stream starts at the head as of this call, not as of the
    // first read: events delivered while the subscription is being set up are replayed.
    return new EventSubscription(this.database, streams, afterId ?? this.lastDeliveredId, (listener) => this.addListener(listener));
  }

  private async readNewEvents(): Promise<void> {
    try {
      for (;;) {
        const page = await readEventsAfter(this.database.db, this.lastDeliveredId, PAGE_SIZE);
        for (const event of page) {
          this.lastDeliveredId = event.id;
          this.deliver(event);
        }
        if (page.length < PAGE_SIZE) return;
      }
    } catch (error) {
      if (this.stopped) return;
      this.log.error({ err: error, lastDeliveredId: this.lastDeliveredId }, 'reading the event log failed; retrying');
      setTimeout(() => this.wake(), 1000).unref();
    }
  }

  private deliver(event: EventRecord): void {
    for (const listener of this.listeners) {
      try {
        listener(event);
      } catch (error) {
        this.log.error({ err: error, eventId: event.id }, 'event listener failed');
      }
    }
  }
}

/**
 * One subscriber's stream of events: the stored events after its start id,
 * read a page at a time when the subscriber calls next(), then live ones.
 *
 * A subscriber costs one listener and a queue, and a delivered event one
 * array slot or one promise resolution, because a server keeps thousands of
 * these and every event reaches each of them. The live listener is
 * registered before the first page is read. Live events that arrive during
 * the replay are kept and passed on after it, skipping those the replay
 * already covered.
 */
class EventSubscription implements AsyncIterableIterator<EventRecord> {
  private readonly queue: EventRecord[] = [];
  private head = 0;
  private lastQueuedId: number;
  private replaying = true;
  private readonly arrivedDuringReplay: EventRecord[] = [];
  private reading: Promise<void> | undefined;
  private waiting: { resolve: (result: IteratorResult<EventRecord>) => void; reject: (error: unknown) => void } | undefined;
  private ended = false;
  private failure: unknown;
  private readonly removeListener: () => void;

  constructor(
    private readonly database: DatabaseHandle,
    private readonly streams: readonly EventStream[],
    startId: number,
    addListener: (listener: Listener) => () => void,
  ) {
    this.lastQueuedId = startId;
    this.removeListener = addListener((event) => {
      if (this.ended || !this.streams.includes(event.stream)) return;
      if (this.replaying) this.arrivedDuringReplay.push(event);
      else this.offer(event);
    });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<EventRecord> {
    return this;
  }

  async next(): Promise<IteratorResult<EventRecord>> {
    for (;;) {
      if (this.head < this.queue.length) return { done: false, value: this.take() };
      if (this.failure !== undefined) throw this.failure;
      if (this.ended) return { done: true, value: undefined };
      if (!this.replaying) {
        return new Promise((resolve, reject) => {
          this.waiting = { resolve, reject };
        });
      }
      this.reading ??= this.readPage().finally(() => {
        this.reading = undefined;
      });
      await this.reading;
    }
  }

  /** Ends the stream at once for a subscriber that stops: what is still queued is dropped. */
  async return(): Promise<IteratorResult<EventRecord>> {
    this.queue.length = 0;
    this.head = 0;
    this.end();
    return { done: true, value: undefined };
  }

  async throw(error: unknown): Promise<IteratorResult<EventRecord>> {
    await this.return();
    throw error;
  }

  /** Queues a live event, or hands it to a waiting next(). Ends the stream when the subscriber falls too far behind. */
  private offer(event: EventRecord): void {
    if (event.id <= this.lastQueuedId || this.ended) return;
    this.lastQueuedId = event.id;
    if (this.waiting) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ done: false, value: event });
      return;
    }
    this.queue.push(event);
    if (this.queue.length - this.head > MAX_QUEUED_EVENTS) this.fail(new SubscriberTooSlowError());
  }

  private take(): EventRecord {
    const event = this.queue[this.head];
    this.head += 1;
    // Drop the consumed slots now and then, so the array does not keep every event it ever held.
    if (this.head > 1024 && this.head * 2 > this.queue.length) {
      this.queue.splice(0, this.head);
      this.head = 0;
    }
    return event;
  }

  private async readPage(): Promise<void> {
    try {
      const page = await readEventsAfter(this.database.db, this.lastQueuedId, PAGE_SIZE, this.streams);
      for (const event of page) {
        this.lastQueuedId = event.id;
        this.queue.push(event);
      }
      if (page.length < PAGE_SIZE) {
        this.replaying = false;
        for (const event of this.arrivedDuringReplay) this.offer(event);
        this.arrivedDuringReplay.length = 0;
      }
    } catch (error) {
      this.fail(error);
    }
  }

  /** Ends the stream with `error`: queued events are still handed out, then next() rejects. */
  private fail(error: unknown): void {
    if (this.ended) return;
    this.failure = error;
    this.end();
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      reject(error);
    }
  }

  private end(): void {
    if (!this.ended) {
      this.ended = true;
      this.removeListener();
      this.arrivedDuringReplay.length = 0;
    }
    if (this.waiting && this.failure === undefined) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ done: true, value: undefined });
    }
  }
}
