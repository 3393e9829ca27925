/**
 * Resumable event streams over the WebSocket. The server numbers every event
 * with its position in the event log and, given `after`, replays the events
 * that follow that position before sending live ones.
 */
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { onSocketClosed, onSocketConnected, socketState, subscribe } from './api';

/** Delay before a stream that the server ended or failed subscribes again, in milliseconds. */
const RESTART_DELAY_MS = 5_000;

/**
 * Compares two event-log positions. Decimal ids compare by numeric value, so
 * "10" follows "9". Any other ids compare as plain strings.
 */
export function compareEventIds(left: string, right: string): number {
  const decimal = /^\d+$/;
  if (decimal.test(left) && decimal.test(right)) {
    const leftDigits = left.replace(/^0+(?=\d)/, '');
    const rightDigits = right.replace(/^0+(?=\d)/, '');
    if (leftDigits.length !== rightDigits.length) return leftDigits.length < rightDigits.length ? -1 : 1;
    return compareStrings(leftDigits, rightDigits);
  }
  return compareStrings(left, right);
}

function compareStrings(left: string, right: string): number {
  if (left === right) return 0;
  return left < right ? -1 : 1;
}

export type ResumableStreamOptions<TResult, TEvent extends { id: string }, TVariables extends { after?: string | number | null } = { after?: string | number | null }> = {
  document: TypedDocumentNode<TResult, TVariables>;
  /** Variables other than `after`, sent unchanged with every (re)subscription. */
  variables?: Omit<TVariables, 'after'>;
  /** The position to start after, such as the lastEventId of a snapshot that was just loaded. */
  after?: string | null;
  /** Picks the event out of one subscription result. */
  selectEvent: (data: TResult) => TEvent;
  onEvent: (event: TEvent) => void;
  /**
   * Called when the stream restarts after a disconnection before any event
   * arrived, so there is no position to resume from. Events of the gap may be
   * lost, and the caller should reload its snapshot.
   */
  onResumeWithoutPosition?: () => void;
  /** Called after the stream resumed from the last position it saw. */
  onResumed?: () => void;
  onError?: (error: Error) => void;
};

export type ResumableStream = {
  stop: () => void;
  /** The id of the last event delivered to onEvent, or null before the first. */
  lastEventId: () => string | null;
};

/**
 * Subscribes to an event stream and keeps it going across reconnections.
 *
 * When the socket drops, the running subscription is stopped so that
 * graphql-ws does not re-send it with its original `after`. When the socket
 * is back, the stream subscribes again with `after` set to the last id seen.
 * Any event whose id is not greater than the last one seen is dropped, which
 * also covers a re-send that slipped through before the stop.
 */
export function startResumableStream<
  TResult,
  TEvent extends { id: string },
  TVariables extends { after?: string | number | null } = { after?: string | number | null },
>(options: ResumableStreamOptions<TResult, TEvent, TVariables>): ResumableStream {
  let lastEventId: string | null = options.after ?? null;
  let stopSubscription: (() => void) | null = null;
  let generation = 0;
  let stopped = false;

  function start(): void {
    generation += 1;
    const startedGeneration = generation;
    const variables = { ...options.variables, after: lastEventId } as TVariables;
    stopSubscription = subscribe(options.document, variables, {
      next: (data) => {
        if (stopped || startedGeneration !== generation) return;
        const event = options.selectEvent(data);
        if (lastEventId !== null && compareEventIds(event.id, lastEventId) <= 0) return;
        lastEventId = event.id;
        options.onEvent(event);
      },
      error: (error) => {
        if (stopped || startedGeneration !== generation) return;
        console.error(`Live event stream failed; subscribing again in ${RESTART_DELAY_MS} ms`, error);
        options.onError?.(error);
        scheduleRestart();
      },
      complete: () => {
        if (stopped || startedGeneration !== generation) return;
        console.warn(`Live event stream ended by the server; subscribing again in ${RESTART_DELAY_MS} ms`);
        scheduleRestart();
      },
    });
  }

  // While the socket is down, the next `connected` event restarts the stream instead.
  function scheduleRestart(): void {
    suspend();
    setTimeout(() => {
      if (!stopped && stopSubscription === null && socketState() === 'connected') start();
    }, RESTART_DELAY_MS);
  }

  function suspend(): void {
    // A new generation makes late results of the stopped subscription ignored.
    generation += 1;
    stopSubscription?.();
    stopSubscription = null;
  }

  const removeClosedListener = onSocketClosed(() => {
    if (!stopped) suspend();
  });

  const removeConnectedListener = onSocketConnected(() => {
    if (stopped || stopSubscription !== null) return;
    if (lastEventId === null) {
      options.onResumeWithoutPosition?.();
    } else {
      options.onResumed?.();
    }
    start();
  });

  start();

  return {
    stop: () => {
      stopped = true;
      removeClosedListener();
      removeConnectedListener();
      suspend();
    },
    lastEventId: () => lastEventId,
  };
}
