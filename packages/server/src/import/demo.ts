import fs from 'node:fs';
import path from 'node:path';
import type { CoreDeps } from '../core/deps.js';
import { formatChannelCounts, import311File, ImportInputError, type ImportFormat, type ImportSummary } from './csv311.js';

/** The sample exports loaded into the demo county, and the zone their date-times are written in. */
export const demoFiles: readonly { name: string; format: ImportFormat; timeZone: string }[] = [
  { name: 'nyc311-100.csv', format: 'nyc', timeZone: 'America/New_York' },
  { name: 'boston311-100.csv', format: 'boston', timeZone: 'America/New_York' },
];

/** Maximum number of failed rows listed in the log line. The rest are only counted. */
const LOGGED_FAILURES = 10;

/**
 * Imports the sample NYC and Boston 311 requests from `dir` into the demo
 * county, so the inbox has real history on first start. A missing folder or
 * file is logged and skipped, because the product must start without them.
 * An unreadable file is logged as an error and skipped. A database error is
 * thrown. Returns the summary of each file imported.
 */
export async function importDemoRequests(deps: CoreDeps, dir: string): Promise<ImportSummary[]> {
  const log = deps.log.child({ module: 'demo-import' });
  if (!fs.existsSync(dir)) {
    log.info({ dir }, 'demo 311 data folder not found, so no demo requests are imported');
    return [];
  }

  const summaries: ImportSummary[] = [];
  for (const demo of demoFiles) {
    const file = path.join(dir, demo.name);
    if (!fs.existsSync(file)) {
      log.info({ file }, 'demo 311 file not found, skipping it');
      continue;
    }

    let summary: ImportSummary;
    try {
      summary = await import311File(deps, { file, format: demo.format, timeZone: demo.timeZone });
    } catch (error) {
      if (!(error instanceof ImportInputError)) throw error;
      log.error({ err: error, file }, 'demo 311 file could not be read, skipping it');
      continue;
    }

    summaries.push(summary);
    log.info(
      {
        file,
        format: summary.format,
        rows: summary.total,
        created: summary.created,
        skipped: summary.skipped,
        failed: summary.failed.length,
        createdPerChannel: formatChannelCounts(summary.createdByChannel),
      },
      'demo 311 requests imported',
    );
    if (summary.failed.length > 0) {
      log.warn({ file, failures: summary.failed.slice(0, LOGGED_FAILURES), failed: summary.failed.length }, 'some demo 311 rows were not imported');
    }
  }
  return summaries;
}
