import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../config.js';
import type { CoreDeps } from '../core/deps.js';
import { requestRingOrder } from '../rotation/ring.js';

/** Largest ring-order request body; a real one is well under 1 KB. */
const MAX_RING_REQUEST_BYTES = 16 * 1024;

function bearerTokenMatches(expected: string, header: string | undefined): boolean {
  // The scheme name is case-insensitive (RFC 9110, section 11.1).
  const match = header?.match(/^bearer\s+(.+)$/i);
  if (!match) return false;
  const received = Buffer.from(match[1]);
  const configured = Buffer.from(expected);
  return received.length === configured.length && timingSafeEqual(received, configured);
}

/**
 * POST /telephony/ring-order: the phone system requests the agents to ring for
 * an incoming call (Authorization: Bearer TELEPHONY_TOKEN). See docs/telephony.md.
 */
export function telephonyRouter(deps: CoreDeps, config: Config): express.Router {
  const router = express.Router();

  router.post(
    '/ring-order',
    (req: Request, res: Response, next: NextFunction) => {
      if (!config.telephonyToken) {
        res.status(503).json({ error: 'The ring-order endpoint is off: set TELEPHONY_TOKEN on the server to turn it on' });
        return;
      }
      if (!bearerTokenMatches(config.telephonyToken, req.headers.authorization)) {
        res.status(401).json({ error: 'Missing or wrong token: send Authorization: Bearer <TELEPHONY_TOKEN>' });
        return;
      }
      next();
    },
    express.json({ limit: MAX_RING_REQUEST_BYTES, type: () => true }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const result = await requestRingOrder(deps, req.body ?? {});
        if (result.kind === 'invalid_input') {
          res.status(400).json({ error: result.message, fields: result.fields });
          return;
        }
        res.json(result.order);
      } catch (error) {
        next(error);
      }
    },
  );

  router.all('/ring-order', (_req: Request, res: Response) => {
    res.setHeader('Allow', 'POST');
    res.status(405).json({ error: 'Use POST for /telephony/ring-order' });
  });

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({ error: `Request body is larger than the limit of ${MAX_RING_REQUEST_BYTES / 1024} KB` });
      return;
    }
    if (type === 'entity.parse.failed') {
      res.status(400).json({ error: 'Request body is not valid JSON; send {"callId": "...", "from": "...", "to": "..."}' });
      return;
    }
    next(error);
  });

  return router;
}
