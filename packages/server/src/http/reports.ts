import { once } from 'node:events';
import express, { type NextFunction, type Request, type Response } from 'express';
import { authenticate } from '../auth/service.js';
import type { CoreDeps } from '../core/deps.js';
import { toCsv, toCsvLines } from '../reports/csv.js';
import { CONTACTS_CSV_HEADER, contactCsvPages, exportFilename, REPORT_CSV_HEADER, reportCsvRows } from '../reports/export.js';
import { parsePeriod } from '../reports/period.js';
import { computeReport, parseDepartment, parseReportRequest } from '../reports/report.js';
import { readSessionToken } from './cookies.js';

/**
 * GET /reports/report.csv and GET /reports/contacts.csv: the report and the raw
 * contacts as CSV downloads, for signed-in managers only (401 without a
 * session, 403 for agents). Both take from and to (local dates, inclusive)
 * and an optional department (a department id, for the department view);
 * report.csv also takes bucket (day, week or month). Invalid parameters get
 * 400 with a JSON body naming the parameter. Other paths under /reports fall
 * through to the web client, which has a page at /reports.
 */
export function reportsRouter(deps: CoreDeps): express.Router {
  const router = express.Router();

  router.get('/report.csv', async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!(await requireManager(deps, req, res))) return;
      const parsed = await parseReportRequest(
        deps,
        {
          from: queryText(req, 'from'),
          to: queryText(req, 'to'),
          bucket: queryText(req, 'bucket').toLowerCase(),
          departmentId: optionalQueryText(req, 'department'),
        },
        'department',
      );
      if (parsed.kind !== 'ok') {
        res.status(400).json({ error: parsed.message, field: parsed.field });
        return;
      }

      const report = await computeReport(deps, parsed.request);
      const body = toCsv(REPORT_CSV_HEADER, reportCsvRows(report));
      setDownloadHeaders(res, exportFilename('report', parsed.request.period, parsed.request.department?.name));
      res.send(body);
    } catch (error) {
      next(error);
    }
  });

  router.get('/contacts.csv', async (req: Request, res: Response, next: NextFunction) => {
    try {
      if (!(await requireManager(deps, req, res))) return;
      const period = parsePeriod(queryText(req, 'from'), queryText(req, 'to'), deps.centerTimeZone);
      if (period.kind !== 'ok') {
        res.status(400).json({ error: period.message, field: period.field });
        return;
      }
      const department = await parseDepartment(deps, optionalQueryText(req, 'department'), 'department');
      if (department.kind !== 'ok') {
        res.status(400).json({ error: department.message, field: department.field });
        return;
      }

      setDownloadHeaders(res, exportFilename('contacts', period.period, department.department?.name));
      await streamContacts(deps, res, { period: period.period, departmentId: department.department?.id });
    } catch (error) {
      next(error);
    }
  });

  return router;
}

/**
 * Writes contacts.csv page by page, waiting for the socket to drain between
 * pages, and stops reading when the client goes away. A failure after the
 * first bytes cannot become an error status, so it is logged and the response
 * is destroyed, and the client sees an incomplete download rather than a
 * short file that looks whole.
 */
async function streamContacts(deps: CoreDeps, res: Response, input: Parameters<typeof contactCsvPages>[1]): Promise<void> {
  res.write(toCsv(CONTACTS_CSV_HEADER, []));
  let rows = 0;
  try {
    for await (const page of contactCsvPages(deps, input)) {
      if (res.destroyed) return;
      rows += page.length;
      if (!res.write(toCsvLines(page))) await Promise.race([once(res, 'drain'), once(res, 'close')]);
    }
    res.end();
  } catch (error) {
    deps.log.error({ err: error, rowsWritten: rows, from: input.period.from, to: input.period.to }, 'contacts CSV export failed');
    res.destroy(error as Error);
  }
}

/** Sends 401 without a session and 403 for staff who are not managers; returns whether the request may go on. */
async function requireManager(deps: CoreDeps, req: Request, res: Response): Promise<boolean> {
  const auth = await authenticate(deps, readSessionToken(req.headers.cookie));
  if (!auth) {
    res.status(401).json({ error: 'Sign in as a manager to download reports' });
    return false;
  }
  if (auth.staff.role !== 'manager') {
    res.status(403).json({ error: 'Only managers can download reports' });
    return false;
  }
  return true;
}

function setDownloadHeaders(res: Response, filename: string): void {
  res.attachment(filename);
  res.type('text/csv; charset=utf-8');
  res.setHeader('Cache-Control', 'private, no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
}

/** Returns a query parameter as text: missing becomes '' (which the validators reject by name), and a repeated one its first value. */
function queryText(req: Request, name: string): string {
  return optionalQueryText(req, name) ?? '';
}

function optionalQueryText(req: Request, name: string): string | undefined {
  const value = req.query[name];
  const first = Array.isArray(value) ? value[0] : value;
  if (typeof first !== 'string' || first === '') return undefined;
  return first;
}
