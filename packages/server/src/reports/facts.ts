import fs from 'node:fs';
import path from 'node:path';

const MIGRATION_FILE = path.resolve(import.meta.dirname, '../../drizzle/0009_report_facts.sql');

/**
 * Reads the statements of migration 0009 that fill `first_response_at`,
 * `reopen_count` and `transfer_count` from the event log and the messages.
 * A bulk load that runs with triggers off (the benchmark seed) runs them
 * afterwards, so the backfill has one definition: the migration's.
 */
export function reportFactsBackfillStatements(): string[] {
  const migration = fs.readFileSync(MIGRATION_FILE, 'utf8');
  const backfill = migration.slice(migration.indexOf('-- Fills the new columns'));
  return backfill
    .split('--> statement-breakpoint')
    .map((statement) => statement.trim())
    .filter(Boolean);
}
