import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { EventDispatcher } from '../events/dispatcher.js';

/** The session and staff member that opened a socket. */
export type SocketIdentity = { readonly sessionId: string; readonly staffId: string };

/** Close code sent when a socket's session is revoked or its account deactivated. */
export const CLOSE_SESSION_ENDED = 4403;

/**
 * Tracks which session each open WebSocket was authenticated with, and closes
 * those sockets when an "access" event says the session was revoked or the
 * account deactivated. The events come through the log, so a revocation made
 * in one server process closes sockets held by any other.
 */
export class AccessWatcher {
  private readonly sockets = new Map<WebSocket, SocketIdentity>();
  private readonly removeListener: () => void;

  constructor(dispatcher: EventDispatcher, private readonly log: Logger) {
    this.removeListener = dispatcher.addListener((event) => {
      if (event.stream !== 'access') return;
      const payload = event.payload as { sessionId?: string; staffId?: string };
      if (event.type === 'session_revoked' && payload.sessionId) this.closeWhere((identity) => identity.sessionId === payload.sessionId);
      if (event.type === 'staff_deactivated' && payload.staffId) this.closeWhere((identity) => identity.staffId === payload.staffId);
    });
  }

  register(socket: WebSocket, identity: SocketIdentity): void {
    this.sockets.set(socket, identity);
  }

  unregister(socket: WebSocket): void {
    this.sockets.delete(socket);
  }

  async stop(): Promise<void> {
    this.removeListener();
    this.sockets.clear();
  }

  private closeWhere(matches: (identity: SocketIdentity) => boolean): void {
    for (const [socket, identity] of this.sockets) {
      if (!matches(identity)) continue;
      this.sockets.delete(socket);
      this.log.info({ sessionId: identity.sessionId, staffId: identity.staffId }, 'closing socket of an ended session');
      socket.close(CLOSE_SESSION_ENDED, 'Session ended');
    }
  }
}
