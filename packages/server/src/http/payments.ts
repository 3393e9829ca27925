import express, { type NextFunction, type Request, type Response } from 'express';
import { authenticate } from '../auth/service.js';
import type { CoreDeps } from '../core/deps.js';
import { buildReceiptPdf } from '../payments/receipt-pdf.js';
import { loadPayment } from '../payments/views.js';
import { readSessionToken } from './cookies.js';

/**
 * GET /counter/payments/<id>/receipt.pdf, the receipt as a PDF, for signed-in
 * staff only (401 without a session). Every other path under /counter falls
 * through to the web client.
 */
export function paymentsRouter(deps: CoreDeps): express.Router {
  const router = express.Router();

  router.get('/payments/:id/receipt.pdf', async (req: Request, res: Response, next: NextFunction) => {
    try {
      const auth = await authenticate(deps, readSessionToken(req.headers.cookie));
      if (!auth) {
        res.status(401).json({ error: 'Sign in as staff to download receipts' });
        return;
      }
      const id = String(req.params.id);
      const payment = /^[0-9]{1,15}$/.test(id) ? await loadPayment(deps.db, Number(id)) : undefined;
      if (!payment) {
        res.status(404).json({ error: `No payment with id ${id.slice(0, 40)}` });
        return;
      }
      const pdf = await buildReceiptPdf(payment, { timeZone: deps.centerTimeZone });
      res.attachment(`receipt-${payment.reference}.pdf`);
      res.setHeader('Content-Type', 'application/pdf');
      res.setHeader('Cache-Control', 'private, no-store');
      res.send(pdf);
    } catch (error) {
      next(error);
    }
  });

  return router;
}
