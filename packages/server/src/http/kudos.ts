import express, { type NextFunction, type Request, type Response } from 'express';
import { authenticate } from '../auth/service.js';
import type { CoreDeps } from '../core/deps.js';
import { buildCertificatePdf, loadCertificate } from '../kudos/certificate.js';
import { buildNewsletter, newsletterCsv } from '../kudos/newsletter.js';
import { readSessionToken } from './cookies.js';

/**
 * GET /kudos/<id>/certificate.pdf and GET /kudos/newsletter.csv?month=YYYY-MM,
 * for a signed-in manager only: 401 without a session, 403 for an agent.
 * Any other path under /kudos falls through to the web client (the public
 * kudos page is /kudos).
 */
export function kudosRouter(deps: CoreDeps): express.Router {
  const router = express.Router();

  async function requireManager(req: Request, res: Response): Promise<boolean> {
    const auth = await authenticate(deps, readSessionToken(req.headers.cookie));
    if (!auth) {
      res.status(401).json({ error: 'Sign in as a manager to download kudos certificates and lists' });
      return false;
    }
    if (auth.staff.role !== 'manager') {
      res.status(403).json({ error: 'Only a manager can download kudos certificates and lists' });
      return false;
    }
    return true;
  }

  router.get('/newsletter.csv', async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!(await requireManager(req, res))) return;
      const month = typeof req.query.month === 'string' ? req.query.month : '';
      const newsletter = await buildNewsletter(deps.db, month, deps.centerTimeZone);
      if ('kind' in newsletter) {
        res.status(400).json({ error: newsletter.message, field: newsletter.field });
        return;
      }
      res.attachment(`kudos-${newsletter.month}.csv`);
      res.setHeader('Content-Type', 'text/csv; charset=utf-8');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(newsletterCsv(newsletter));
    } catch (error) {
      next(error);
    }
  });

  router.get('/:id/certificate.pdf', async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!(await requireManager(req, res))) return;
      const lookup = await loadCertificate(deps.db, String(req.params.id));
      if (lookup.kind !== 'ok') {
        res.status(404).json({ error: lookup.message });
        return;
      }
      const pdf = await buildCertificatePdf(lookup.certificate, { timeZone: deps.centerTimeZone });
      res.attachment(`kudos-certificate-${lookup.certificate.kudosId.slice(0, 8)}.pdf`);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(pdf);
    } catch (error) {
      next(error);
    }
  });

  return router;
}
