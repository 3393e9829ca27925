import { createEffect, on, onCleanup, type Accessor } from 'solid-js';
import { onSocketConnected, sendOverSocket, socketState } from '../../lib/api';
import { HeartbeatDocument, type PresenceFieldsFragment } from '../../lib/graphql';

/** The server expects a heartbeat from every socket at this interval, in milliseconds. */
const HEARTBEAT_INTERVAL_MS = 20_000;

/**
 * Sends the presence heartbeat over the WebSocket every 20 seconds, right
 * after each (re)connection, and at once when the open inquiry changes.
 * Each result goes to `onPresence`, because a presence event caused by a
 * heartbeat can reach this tab before its own presence subscription is
 * active on the server. Call it inside a component: the timer stops when
 * the owner is cleaned up.
 */
export function startHeartbeat(
  viewingInquiryId: Accessor<string | null>,
  onPresence: (presence: PresenceFieldsFragment) => void,
): void {
  function send(): void {
    // The server only accepts heartbeats over the socket. The next
    // `connected` event sends one, so nothing is queued while it is down.
    if (socketState() !== 'connected') return;
    sendOverSocket(HeartbeatDocument, { viewingInquiryId: viewingInquiryId() })
      .then((data) => onPresence(data.heartbeat))
      .catch((error: unknown) => {
        console.warn('Presence heartbeat failed', error);
      });
  }

  createEffect(on(viewingInquiryId, send));
  const timer = setInterval(send, HEARTBEAT_INTERVAL_MS);
  const removeConnectedListener = onSocketConnected(send);

  onCleanup(() => {
    clearInterval(timer);
    removeConnectedListener();
  });
}
