import { timingSafeEqual } from 'node:crypto';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { Config } from '../config.js';
import type { CoreDeps } from '../core/deps.js';
import { authenticate } from '../auth/service.js';
import { receiveEmail } from '../email/intake.js';
import { readSessionToken } from './cookies.js';

function tokenMatches(expected: string | undefined, header: string | undefined): boolean {
  // The scheme name is case-insensitive (RFC 9110, section 11.1).
  const match = header?.match(/^bearer\s+(.+)$/i);
  if (!expected || !match) return false;
  const received = Buffer.from(match[1]);
  const configured = Buffer.from(expected);
  return received.length === configured.length && timingSafeEqual(received, configured);
}

/**
 * POST /inbound/email: a raw RFC 5322 message in the body, from a mail
 * server hook (Authorization: Bearer INBOUND_EMAIL_TOKEN) or a signed-in
 * staff member. Responds 201 with the new inquiry's reference, or 200 with
 * `"joined": true` when the message was a reply added to an existing inquiry.
 */
export function inboundEmailRouter(deps: CoreDeps, config: Config): express.Router {
  const router = express.Router();

  router.post(
    '/',
    async (req: Request, res: Response, next: NextFunction) => {
      const viaToken = tokenMatches(config.inboundEmailToken, req.headers.authorization);
      const viaSession = !viaToken && (await authenticate(deps, readSessionToken(req.headers.cookie))) !== undefined;
      if (!viaToken && !viaSession) {
        const error = config.inboundEmailToken
          ? 'Missing or wrong token: send Authorization: Bearer <INBOUND_EMAIL_TOKEN>, or sign in as staff'
          : 'Inbound e-mail from a mail server is off: set INBOUND_EMAIL_TOKEN on the server, or sign in as staff';
        res.status(401).json({ error });
        return;
      }
      next();
    },
    express.raw({ type: () => true, limit: config.maxEmailBodyBytes }),
    async (req: Request, res: Response, next: NextFunction) => {
      try {
        const raw = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
        if (raw.length === 0) {
          res.status(400).json({ error: 'body: expected a raw RFC 5322 e-mail message, received an empty body' });
          return;
        }
        const result = await receiveEmail(deps, config.email, raw);
        if (result.kind === 'invalid_input') {
          res.status(422).json({ error: result.message, fields: result.fields });
          return;
        }
        if (result.kind === 'duplicate') {
          res.status(200).json({ inquiryId: String(result.inquiryId), reference: result.reference, duplicate: true });
          return;
        }
        const files = { storedAttachments: result.storedFiles, droppedAttachments: result.droppedFiles };
        if (result.kind === 'joined') {
          res.status(200).json({ inquiryId: String(result.inquiryId), reference: result.reference, joined: true, reopened: result.reopened, ...files });
          return;
        }
        res.status(201).json({ inquiryId: String(result.inquiryId), reference: result.reference, acknowledged: result.acknowledged, ...files });
      } catch (error) {
        next(error);
      }
    },
  );

  router.use((error: unknown, _req: Request, res: Response, next: NextFunction) => {
    if ((error as { type?: string }).type === 'entity.too.large') {
      res.status(413).json({ error: `E-mail is larger than the limit of ${Math.round(config.maxEmailBodyBytes / 1024)} KB` });
      return;
    }
    next(error);
  });

  return router;
}
