import { FixedBuffer, Repeater } from '@repeaterjs/repeater';
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
    const startId = afterId ?? this.lastDeliveredId;
    return new Repeater<EventRecord>(async (push, stop) => {
      const pending: EventRecord[] = [];
      let replaying = true;
      let stopped = false;
      let lastPushedId = startId;
      void stop.then(() => {
        stopped = true;
      });

      const pushLive = (event: EventRecord) => {
        if (event.id <= lastPushedId || stopped) return;
        lastPushedId = event.id;
        try {
          void push(event);
        } catch {
          stop(new SubscriberTooSlowError());
        }
      };

      const removeListener = this.addListener((event) => {
        if (!streams.includes(event.stream)) return;
        if (replaying) pending.push(event);
        else pushLive(event);
      });

      try {
        while (replaying && !stopped) {
          const page = await readEventsAfter(this.database.db, lastPushedId, PAGE_SIZE, streams);
          for (const event of page) {
            lastPushedId = event.id;
            await push(event);
          }
          if (page.length < PAGE_SIZE) replaying = false;
        }
        replaying = false;
        for (const event of pending) pushLive(event);
        pending.length = 0;
      } catch (error) {
        removeListener();
        stop(error);
        return;
      }

      await stop;
      removeListener();
    }, new FixedBuffer(MAX_QUEUED_EVENTS));
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
