import type { CoreDeps, Actor } from '../core/deps.js';
import { AppError } from '../core/errors.js';
import { toActor, type Authenticated } from '../auth/service.js';
import type { EventDispatcher } from '../events/dispatcher.js';
import type { PublicFormConfig } from '../config.js';

/**
 * What every resolver receives. Transport details stay outside: the HTTP
 * layer supplies cookie callbacks, the WebSocket layer a connection id.
 */
export type GraphQLContext = {
  deps: CoreDeps;
  dispatcher: EventDispatcher;
  auth: Authenticated | undefined;
  /** Set for operations that arrive over a WebSocket. */
  connectionId?: string;
  /**
   * The caller's IP address, for per-address rate limits on the public form and
   * status page. It is the socket's peer unless TRUST_PROXY lets a proxy's
   * X-Forwarded-For name it. Absent over a WebSocket.
   */
  clientAddress?: string;
  /** Limits of the public form and status page; their defaults apply when absent. */
  publicForm?: PublicFormConfig;
  /** Origin for absolute links (calendar feeds): PUBLIC_URL, else the scheme and Host of the request. */
  publicBaseUrl?: string;
  /** Stores the session token for later requests; absent over a WebSocket. */
  setSessionToken?: (token: string, expiresAt: Date) => void;
  clearSessionToken?: () => void;
  /** Outbound e-mail: the From address (for Message-IDs) and a way to start an outbox round at once. */
  email?: { mailFrom: string; relayConfigured: boolean; wakeOutbox: () => void };
};

/** The signed-in staff member; the auth wrapper has already rejected anonymous calls. */
export function actorOf(context: GraphQLContext): Actor {
  if (!context.auth) throw new AppError('UNAUTHENTICATED', 'Sign in to do this');
  return toActor(context.auth.staff);
}
