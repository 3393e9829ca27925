import { onCleanup } from 'solid-js';
import { subscribe } from '../../lib/api';
import { RingNoticesDocument, type RingNoticesSubscription } from '../../lib/graphql';

/** Delay before a failed ring-notice subscription starts again, in milliseconds. */
const RESTART_DELAY_MS = 5_000;

export type RingNotice = RingNoticesSubscription['ringNotices'];

/** Formats the notice text, such as "Your phone is ringing: caller …1234". */
export function ringNoticeMessage(notice: RingNotice): string {
  // The server masks all but the last four digits, as in "***1234".
  const lastDigits = notice.callerMasked?.replace(/\D/g, '') ?? '';
  return lastDigits === '' ? 'Your phone is ringing: unknown caller' : `Your phone is ringing: caller …${lastDigits}`;
}

/**
 * Subscribes to the signed-in agent's ring notices until the calling
 * component is cleaned up. graphql-ws re-sends the subscription after a
 * reconnection, and a subscription that fails starts again after a delay.
 */
export function startRingNotices(onNotice: (notice: RingNotice) => void): void {
  let stop: (() => void) | null = null;
  let stopped = false;
  let restartTimer: ReturnType<typeof setTimeout> | undefined;

  function start(): void {
    stop = subscribe(RingNoticesDocument, {}, {
      next: (data) => onNotice(data.ringNotices),
      error: (error) => {
        console.error(`Ring notices failed; subscribing again in ${RESTART_DELAY_MS} ms`, error);
        restart();
      },
      complete: () => restart(),
    });
  }

  function restart(): void {
    stop?.();
    stop = null;
    clearTimeout(restartTimer);
    restartTimer = setTimeout(() => {
      if (!stopped) start();
    }, RESTART_DELAY_MS);
  }

  start();
  onCleanup(() => {
    stopped = true;
    clearTimeout(restartTimer);
    stop?.();
  });
}
