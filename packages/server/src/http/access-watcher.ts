import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import type { Authenticated } from '../auth/service.js';
import type { EventDispatcher } from '../events/dispatcher.js';

/** Close code sent when a socket's session is revoked or its account deactivated. */
export const CLOSE_SESSION_ENDED = 4403;

/**
 * Tracks which session each open WebSocket was authenticated with, and closes
 * those sockets when an "access" event says the session was revoked or the
 * account deactivated. The events come through the log, so a revocation made
 * in one server process closes sockets held by any other.
 *
 * Sockets of one session (a person's browser tabs) share one Authenticated
 * object, so an open socket keeps no copy of the staff record of its own.
 */
export class AccessWatcher {
  private readonly sockets = new Map<WebSocket, Authenticated>();
  private readonly sessions = new Map<string, { auth: Authenticated; sockets: number }>();
  private readonly removeListener: () => void;

  constructor(dispatcher: EventDispatcher, private readonly log: Logger) {
    this.removeListener = dispatcher.addListener((event) => {
      if (event.stream !== 'access') return;
      const payload = event.payload as { sessionId?: string; staffId?: string };
      if (event.type === 'session_revoked' && payload.sessionId) this.closeWhere((auth) => auth.session.id === payload.sessionId);
      if (event.type === 'staff_deactivated' && payload.staffId) this.closeWhere((auth) => auth.staff.id === payload.staffId);
    });
  }

  /** Registers `socket` as opened with `auth`, and returns the Authenticated object its session's sockets share. */
  register(socket: WebSocket, auth: Authenticated): Authenticated {
    this.unregister(socket);
    let session = this.sessions.get(auth.session.id);
    // A changed staff record (a new role, say) starts a new shared object; open sockets keep theirs.
    if (!session || JSON.stringify(session.auth) !== JSON.stringify(auth)) {
      session = { auth, sockets: 0 };
      this.sessions.set(auth.session.id, session);
    }
    session.sockets += 1;
    this.sockets.set(socket, session.auth);
    return session.auth;
  }

  unregister(socket: WebSocket): void {
    const auth = this.sockets.get(socket);
    if (!auth) return;
    this.sockets.delete(socket);
    const session = this.sessions.get(auth.session.id);
    if (session && session.auth === auth) {
      session.sockets -= 1;
      if (session.sockets === 0) this.sessions.delete(auth.session.id);
    }
  }

  async stop(): Promise<void> {
    this.removeListener();
    this.sockets.clear();
    this.sessions.clear();
  }

  private closeWhere(matches: (auth: Authenticated) => boolean): void {
    for (const [socket, auth] of [...this.sockets]) {
      if (!matches(auth)) continue;
      this.unregister(socket);
      this.log.info({ sessionId: auth.session.id, staffId: auth.staff.id }, 'closing socket of an ended session');
      socket.close(CLOSE_SESSION_ENDED, 'Session ended');
    }
  }
}
