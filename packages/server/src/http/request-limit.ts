import { rateLimit } from 'express-rate-limit';
import type { RequestHandler } from 'express';
import { clientRateLimitKey } from '../inquiries/client-key.js';

/**
 * A flood limit on every HTTP route except /healthz: each client address (an
 * IPv6 /64 counts as one) may send `perMinute` requests a minute to one
 * process, then gets 429 with Retry-After until the minute is over. It is
 * counted in memory by express-rate-limit, so it costs no database write.
 * The business limits (public form, status lookups, sign-in failures,
 * Open311 posts) are kept in PostgreSQL and hold across processes.
 * WebSocket traffic is not counted: a socket needs a staff session.
 */
export function requestLimit(perMinute: number): RequestHandler {
  if (perMinute === 0) return (_req, _res, next) => next();
  return rateLimit({
    windowMs: 60_000,
    limit: perMinute,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // clientRateLimitKey already groups an IPv6 /64 into one key, which the library's check cannot see.
    keyGenerator: (req) => clientRateLimitKey(req.ip),
    validate: { keyGeneratorIpFallback: false },
    skip: (req) => req.path === '/healthz',
    handler: (_req, res, _next, options) => {
      res
        .status(options.statusCode)
        .json({ error: `Too many requests from this address: at most ${perMinute} a minute. Try again in a minute.` });
    },
  });
}
