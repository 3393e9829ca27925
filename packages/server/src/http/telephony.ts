import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../config.js';
import type { CoreDeps } from '../core/deps.js';
import { applyTelephonyEvent } from '../phone/service.js';
import type { PhoneCallView } from '../phone/views.js';
import { requestRingOrder } from '../rotation/ring.js';

/** Largest ring-order or call-event request body; a real one is well under 1 KB. */
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
 * an incoming call. POST /telephony/events: it reports a call's offer, answer,
 * end or hang-up. Both take Authorization: Bearer TELEPHONY_TOKEN. See docs/telephony.md.
 */
export function telephonyRouter(deps: CoreDeps, config: Config): express.Router {
  const router = express.Router();

  const checkToken = (req: Request, res: Response, next: NextFunction) => {
    if (!config.telephonyToken) {
      res.status(404).json({ error: `The ${req.path} endpoint is off: set TELEPHONY_TOKEN on the server to turn it on` });
      return;
    }
    if (!bearerTokenMatches(config.telephonyToken, req.headers.authorization)) {
      res.status(401).json({ error: 'Missing or wrong token: send Authorization: Bearer <TELEPHONY_TOKEN>' });
      return;
    }
    next();
  };
  const parseJson = express.json({ limit: MAX_RING_REQUEST_BYTES, type: () => true });

  router.post(
    '/ring-order',
    checkToken,
    parseJson,
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

  router.post('/events', checkToken, parseJson, async (req: Request, res: Response, next: NextFunction) => {
    try {
      const result = await applyTelephonyEvent(deps, req.body);
      switch (result.kind) {
        case 'invalid_input':
          res.status(400).json({ error: result.message, fields: result.fields });
          return;
        case 'conflict':
          res.status(409).json({ error: result.message, ...(result.call ? { call: toWebhookCall(result.call) } : {}) });
          return;
        case 'not_found':
          res.status(404).json({ error: result.message });
          return;
        case 'ok':
          res.status(200).json({ duplicate: result.duplicate, call: toWebhookCall(result.call) });
          return;
      }
    } catch (error) {
      next(error);
    }
  });

  for (const path of ['/ring-order', '/events']) {
    router.all(path, (_req: Request, res: Response) => {
      res.setHeader('Allow', 'POST');
      res.status(405).json({ error: `Use POST for /telephony${path}` });
    });
  }

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    const type = (error as { type?: string }).type;
    if (type === 'entity.too.large') {
      res.status(413).json({ error: `Request body is larger than the limit of ${MAX_RING_REQUEST_BYTES / 1024} KB` });
      return;
    }
    if (type === 'entity.parse.failed') {
      res.status(400).json({ error: 'Request body is not valid JSON; see docs/telephony.md for the request bodies' });
      return;
    }
    next(error);
  });

  return router;
}

/** The call as the webhook returns it: the caller's number masked, ids of the agent and the inquiry. */
function toWebhookCall(call: PhoneCallView) {
  return {
    callId: call.callId,
    outcome: call.outcome,
    caller: call.callerMasked,
    offeredAt: call.offeredAt.toISOString(),
    answeredAt: call.answeredAt?.toISOString() ?? null,
    endedAt: call.endedAt?.toISOString() ?? null,
    extension: call.answeredExtension,
    agentId: call.answeredBy?.id ?? null,
    waitSeconds: call.waitSeconds,
    talkSeconds: call.talkSeconds,
    inquiryId: call.inquiryId === null ? null : String(call.inquiryId),
  };
}
