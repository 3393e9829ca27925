import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { Authenticated } from '../auth/service.js';
import type { EventDispatcher } from '../events/dispatcher.js';

/** Close code sent when a socket's session is revoked or its account deactivated. */
export const CLOSE_SESSION_ENDED = 4403;

type SocketAccess = { sessionId: string; staffId: string };

/**
 * Tracks which session each open WebSocket was authenticated with, and closes
 * those sockets when an "access" event says the session was revoked or the
 * account deactivated. The events come through the log, so a revocation made
 * in one server process closes sockets held by any other.
 */
export class AccessWatcher {
  private readonly sockets = new Map<WebSocket, SocketAccess>();
  private readonly removeListener: () => void;

  constructor(dispatcher: EventDispatcher, private readonly log: Logger) {
    this.removeListener = dispatcher.addListener((event) => {
      if (event.stream !== 'access') return;
      const payload = event.payload as { sessionId?: string; staffId?: string };
      if (event.type === 'session_revoked' && payload.sessionId) this.closeWhere((access) => access.sessionId === payload.sessionId);
      if (event.type === 'staff_deactivated' && payload.staffId) this.closeWhere((access) => access.staffId === payload.staffId);
    });
  }

  register(socket: WebSocket, auth: Authenticated): void {
    this.sockets.set(socket, { sessionId: auth.session.id, staffId: auth.staff.id });
  }

  unregister(socket: WebSocket): void {
    this.sockets.delete(socket);
  }

  async stop(): Promise<void> {
    this.removeListener();
    this.sockets.clear();
  }

  private closeWhere(matches: (access: SocketAccess) => boolean): void {
    for (const [socket, access] of this.sockets) {
      if (!matches(access)) continue;
      this.sockets.delete(socket);
      this.log.info({ sessionId: access.sessionId, staffId: access.staffId }, 'closing socket of an ended session');
      socket.close(CLOSE_SESSION_ENDED, 'Session ended');
    }
  }
}
