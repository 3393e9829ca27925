import type { Queryable } from '../db/client.js';
import { clientRateLimitKey } from '../inquiries/client-key.js';
import { clearRateLimit, consumeRateLimit, peekRateLimit, type RateLimitRule } from '../ratelimit/service.js';

/**
 * Sign-in throttling. Two counters, kept in PostgreSQL so every process
 * shares them:
 * - failed sign-ins per e-mail address: the fifth failure in a 15-minute
 *   window locks the address until the window ends, whether or not an
 *   account has that address, so the lock reveals nothing to a guesser;
 * - failed sign-ins per client address (an IPv6 /64 counts as one): after
 *   20 in a window the client may not try again until the window ends, which
 *   stops one client from trying many addresses.
 * A successful sign-in clears the e-mail address's failures. Only failures
 * count, so an office behind one address can sign everyone in.
 */

export const SIGN_IN_FAILURES: RateLimitRule = { bucket: 'sign_in_failures', limit: 5, windowSeconds: 15 * 60 };
export const SIGN_IN_CLIENT_FAILURES: RateLimitRule = { bucket: 'sign_in_client_failures', limit: 20, windowSeconds: 15 * 60 };

export type SignInThrottledResult = { kind: 'throttled'; message: string; retryAfterSeconds: number };

function minutes(seconds: number): string {
  const value = Math.max(1, Math.ceil(seconds / 60));
  return value === 1 ? '1 minute' : `${value} minutes`;
}

/** Checks the client's and the e-mail address's failure counts; returns why the attempt must stop, if it must. */
export async function checkSignInAllowed(db: Queryable, email: string, clientAddress: string | undefined): Promise<SignInThrottledResult | undefined> {
  const client = await peekRateLimit(db, SIGN_IN_CLIENT_FAILURES, clientRateLimitKey(clientAddress));
  if (!client.allowed) return clientLimitedResult(client.retryAfterSeconds);
  const failures = await peekRateLimit(db, SIGN_IN_FAILURES, email);
  if (!failures.allowed) return lockedResult(failures.retryAfterSeconds);
  return undefined;
}

/** Records a failed sign-in for the e-mail and client addresses; returns the lock when this failure reached a limit. */
export async function recordSignInFailure(db: Queryable, email: string, clientAddress: string | undefined): Promise<SignInThrottledResult | undefined> {
  const client = await consumeRateLimit(db, SIGN_IN_CLIENT_FAILURES, clientRateLimitKey(clientAddress));
  const failures = await consumeRateLimit(db, SIGN_IN_FAILURES, email);
  if (failures.hits >= SIGN_IN_FAILURES.limit) return lockedResult(failures.retryAfterSeconds);
  if (client.hits >= SIGN_IN_CLIENT_FAILURES.limit) return clientLimitedResult(client.retryAfterSeconds);
  return undefined;
}

function clientLimitedResult(retryAfterSeconds: number): SignInThrottledResult {
  return {
    kind: 'throttled',
    message: `Too many failed sign-ins from this network. Try again in ${minutes(retryAfterSeconds)}.`,
    retryAfterSeconds,
  };
}

export function clearSignInFailures(db: Queryable, email: string): Promise<void> {
  return clearRateLimit(db, SIGN_IN_FAILURES, email);
}

function lockedResult(retryAfterSeconds: number): SignInThrottledResult {
  return {
    kind: 'throttled',
    message: `This account is locked after ${SIGN_IN_FAILURES.limit} failed sign-ins. Try again in ${minutes(retryAfterSeconds)}, or ask a manager to check the account.`,
    retryAfterSeconds,
  };
}
