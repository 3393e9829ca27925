import fs from 'node:fs';
import path from 'node:path';

/** The migrations whose triggers keep facts about inquiries, each ending with its backfill. */
const MIGRATION_FILES = ['0009_report_facts.sql', '0011_report_day_cache.sql', '0012_inquiry_counts.sql', '0013_inquiry_status_counts.sql'].map((file) => path.resolve(import.meta.dirname, '../../drizzle', file));

/**
 * Reads the statements of migrations 0009, 0011, 0012 and 0013 that fill the columns
 * their triggers keep: `first_response_at`, `reopen_count` and
 * `transfer_count` from the event log and the messages, and
 * `previous_contact_at` from each contact's inquiries, and the inbox's
 * `inquiry_counts` and `inquiry_status_counts` from the inquiries. A bulk load that runs
 * with triggers off (the benchmark seed) runs them afterwards, so each
 * backfill has one definition: the migration's.
 */
export function reportFactsBackfillStatements(): string[] {
  return MIGRATION_FILES.flatMap((file) => {
    const migration = fs.readFileSync(file, 'utf8');
    const backfill = migration.slice(migration.indexOf('-- Fills the '));
    return backfill
      .split('--> statement-breakpoint')
      .map((statement) => statement.trim())
      .filter(Boolean);
  });
}
