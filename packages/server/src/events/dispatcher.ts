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

/** Takes the events of a piped subscription (see EventSubscription.pipe). */
export type EventSink = {
  /** Takes the next event; events come in id order, each once. */
  push(event: EventRecord): void;
  /** Resolves once the sink has passed on what it holds. The replay reads its next page only then. */
  drained(): Promise<void>;
  /** Called once if the stream fails, for example when the log cannot be read. */
  fail(error: unknown): void;
};

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
  /** Subscriptions are kept apart from plain listeners, so that each costs no closure of its own. */
  private readonly subscriptions = new Set<EventSubscription>();
  private reading: Promise<void> | undefined;
  /** The newest event id requested by wake-ups while a read ran, or Infinity when one of them gave no id. */
  private requestedUpTo = 0;
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
      (payload) => this.wake(notifiedId(payload)),
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
    return this.listeners.size + this.subscriptions.size;
  }

  /**
   * Requests a read of new events; cheap to call often, reads never overlap.
   * `eventId`, when known, is the newest event the caller expects, such as the
   * id a NOTIFY carries. Once that event has been delivered, the wake-up needs
   * no read. Appends commit in id order (see appendEvent), so every event up to
   * it has been delivered too. This spares the read that the NOTIFY of a local
   * commit would otherwise cost after the commit's own wake-up.
   */
  wake(eventId = Infinity): void {
    if (this.stopped || eventId <= this.lastDeliveredId) return;
    if (this.reading) {
      this.requestedUpTo = Math.max(this.requestedUpTo, eventId);
      return;
    }
    this.reading = this.readNewEvents().finally(() => {
      this.reading = undefined;
      const requested = this.requestedUpTo;
      this.requestedUpTo = 0;
      if (requested > 0) this.wake(requested);
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
  subscribe(streams: readonly EventStream[], afterId?: number): EventSubscription {
    // Without `after`, the stream starts at the head as of this call, not as of the
    // first read: events delivered while the subscription is being set up are replayed.
    const subscription = new EventSubscription(this.database, streams, afterId ?? this.lastDeliveredId, this.subscriptions);
    this.subscriptions.add(subscription);
    return subscription;
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
    for (const subscription of this.subscriptions) {
      try {
        subscription.offerLive(event);
      } catch (error) {
        this.log.error({ err: error, eventId: event.id }, 'event subscriber failed');
      }
    }
  }
}

/** The queue of a subscription that will queue nothing more. Never pushed to. */
const NO_EVENTS: EventRecord[] = [];

/**
 * One subscriber's stream of events: the stored events after its start id,
 * read a page at a time when the subscriber calls next(), then live ones.
 * Instead of calling next(), a subscriber may `pipe` the stream into a sink,
 * which then gets each live event straight from the dispatcher's loop.
 *
 * A subscriber costs one listener and a queue, and a delivered event one
 * array slot or one promise resolution, because a server keeps thousands of
 * these and every event reaches each of them. The live listener is
 * registered before the first page is read. Live events that arrive during
 * the replay are kept and passed on after it, skipping those the replay
 * already covered.
 */
export class EventSubscription implements AsyncIterableIterator<EventRecord> {
  private queue: EventRecord[] = [];
  private head = 0;
  private lastQueuedId: number;
  private replaying = true;
  private arrivedDuringReplay: EventRecord[] | undefined;
  private reading: Promise<void> | undefined;
  private waiting: { resolve: (result: IteratorResult<EventRecord>) => void; reject: (error: unknown) => void } | undefined;
  private ended = false;
  private failure: unknown;
  private sink: EventSink | undefined;

  /** `live` is the dispatcher's set of subscriptions, which this one has been added to; it leaves the set when it ends. */
  constructor(
    private readonly database: DatabaseHandle,
    private readonly streams: readonly EventStream[],
    startId: number,
    private readonly live: Set<EventSubscription>,
  ) {
    this.lastQueuedId = startId;
  }

  /** Takes a live event from the dispatcher. */
  offerLive(event: EventRecord): void {
    if (this.ended || !this.streams.includes(event.stream)) return;
    if (this.replaying) (this.arrivedDuringReplay ??= []).push(event);
    else this.offer(event);
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

  /**
   * Sends the stream to `sink` instead of through next(). The stored events
   * go a page at a time, each page once the sink has drained the one before.
   * Then every live event goes to the sink as the dispatcher hands it out,
   * with no queue or promise per event. Call it once, before any next(), and
   * call return() to stop it.
   */
  pipe(sink: EventSink): void {
    if (this.sink || this.reading || this.head < this.queue.length) throw new Error('pipe() must come before next() and only once');
    this.sink = sink;
    // A piped stream never queues, so its queue can go.
    this.queue = NO_EVENTS;
    void this.replayIntoSink(sink);
  }

  private async replayIntoSink(sink: EventSink): Promise<void> {
    while (this.replaying && !this.ended) {
      await this.readPage();
      if (this.replaying && !this.ended) await sink.drained();
    }
  }

  /** Ends the stream at once for a subscriber that stops: what is still queued is dropped. */
  async return(): Promise<IteratorResult<EventRecord>> {
    this.queue = NO_EVENTS;
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
    if (this.sink) {
      this.sink.push(event);
      return;
    }
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
      if (this.ended) return;
      for (const event of page) {
        this.lastQueuedId = event.id;
        if (this.sink) this.sink.push(event);
        else this.queue.push(event);
      }
      if (page.length < PAGE_SIZE) {
        this.replaying = false;
        const arrived = this.arrivedDuringReplay;
        this.arrivedDuringReplay = undefined;
        if (arrived) for (const event of arrived) this.offer(event);
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
    this.sink?.fail(error);
    if (this.waiting) {
      const { reject } = this.waiting;
      this.waiting = undefined;
      reject(error);
    }
  }

  private end(): void {
    if (!this.ended) {
      this.ended = true;
      this.live.delete(this);
      this.arrivedDuringReplay = undefined;
    }
    if (this.waiting && this.failure === undefined) {
      const { resolve } = this.waiting;
      this.waiting = undefined;
      resolve({ done: true, value: undefined });
    }
  }
}

/** Returns the event id a NOTIFY carries, or Infinity (read in any case) when the payload is not an id. */
function notifiedId(payload: string): number {
  const id = Number(payload);
  return Number.isSafeInteger(id) && id > 0 ? id : Infinity;
}
