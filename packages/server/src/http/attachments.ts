import express, { type NextFunction, type Request, type Response } from 'express';
import type { CoreDeps } from '../core/deps.js';
import { authenticate } from '../auth/service.js';
import { loadAttachment } from '../email/attachments.js';
import { readSessionToken } from './cookies.js';

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * GET /attachments/<id>: the stored file of an inquiry, for signed-in staff
 * only. It is always a download (Content-Disposition: attachment) with the
 * stored content type, nosniff and a sandboxing CSP, so an HTML or SVG file
 * from a resident never runs in the workspace's origin.
 */
export function attachmentsRouter(deps: CoreDeps): express.Router {
  const router = express.Router();

  router.get('/:id', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const auth = await authenticate(deps, readSessionToken(req.headers.cookie));
      if (!auth) {
        res.status(401).json({ error: 'Sign in as staff to download attachments' });
        return;
      }
      const id = String(req.params.id);
      const file = UUID_PATTERN.test(id) ? await loadAttachment(deps.db, id) : undefined;
      if (!file) {
        res.status(404).json({ error: `No attachment with id ${id.slice(0, 40)}` });
        return;
      }
      res.attachment(file.filename);
      res.setHeader('Content-Type', file.contentType);
      res.setHeader('X-Content-Type-Options', 'nosniff');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(Buffer.from(file.content.buffer, file.content.byteOffset, file.content.byteLength));
    } catch (error) {
      next(error);
    }
  });

  return router;
}
