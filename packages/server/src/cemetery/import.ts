import { parse } from 'csv-parse/sync';
import { z } from 'zod';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { cemeteryLots } from '../db/schema.js';
import { recordAudit } from '../counter/audit.js';
import type { FieldError, InvalidInputResult } from '../validation/result.js';
import { CEMETERY_LIMITS, placeText } from './service.js';

/**
 * Imports lots from CSV text with a header row: section, row, number,
 * price_cents and optionally capacity (1 when empty). The import is all or
 * nothing: any invalid line rejects the whole file. Lots whose section, row
 * and number already exist are left as they are and reported as skipped.
 */

/** Maximum number of lots in one import. */
export const MAX_IMPORT_ROWS = 2000;

/** Maximum size of the CSV text, in characters. */
export const MAX_IMPORT_CHARACTERS = 500_000;

/** Maximum number of invalid lines named in one result. */
const MAX_REPORTED_ERRORS = 20;

const REQUIRED_COLUMNS = ['section', 'row', 'number', 'price_cents'] as const;

const wholeNumber = (field: string, min: number, max: number) =>
  z
    .string()
    .regex(/^\d+$/, `${field} must be a whole number`)
    .transform(Number)
    .pipe(z.number().min(min, `${field} must be at least ${min}`).max(max, `${field} must be at most ${max}`));

const rowSchema = z.object({
  section: placeText('section', CEMETERY_LIMITS.section),
  row: placeText('row', CEMETERY_LIMITS.row),
  number: wholeNumber('number', 1, CEMETERY_LIMITS.maxNumber),
  price_cents: wholeNumber('price_cents', 0, CEMETERY_LIMITS.maxPriceCents),
  capacity: z
    .string()
    .optional()
    .transform((value) => (value === undefined || value === '' ? '1' : value))
    .pipe(wholeNumber('capacity', 1, CEMETERY_LIMITS.maxCapacity)),
});

export type ImportLotsResult = { kind: 'imported'; added: number; skipped: string[] } | InvalidInputResult;

function invalid(fields: FieldError[], more = 0): InvalidInputResult {
  const summary = fields.map((entry) => `${entry.field}: ${entry.message}`).join('; ');
  return { kind: 'invalid_input', message: `Invalid input: ${summary}${more > 0 ? `; and ${more} more` : ''}`, fields };
}

/** Validates the CSV text and inserts its lots in one transaction; see the file's comment for the format. */
export async function importLots(deps: CoreDeps, actor: Actor, csv: string): Promise<ImportLotsResult> {
  if (csv.length > MAX_IMPORT_CHARACTERS) return invalid([{ field: 'csv', message: `csv must be at most ${MAX_IMPORT_CHARACTERS} characters; split the file` }]);

  let records: Record<string, string>[];
  try {
    records = parse(csv, { columns: (header: string[]) => header.map((name) => name.trim().toLowerCase()), bom: true, skip_empty_lines: true, trim: true });
  } catch (error) {
    return invalid([{ field: 'csv', message: `csv could not be read: ${(error as Error).message}` }]);
  }
  if (records.length === 0) return invalid([{ field: 'csv', message: `csv needs a header row (${REQUIRED_COLUMNS.join(',')},capacity) and at least one lot` }]);
  const missing = REQUIRED_COLUMNS.filter((column) => !(column in records[0]));
  if (missing.length > 0) return invalid([{ field: 'csv', message: `csv is missing the column${missing.length === 1 ? '' : 's'} ${missing.join(', ')}; the header must name ${REQUIRED_COLUMNS.join(', ')} and optionally capacity` }]);
  if (records.length > MAX_IMPORT_ROWS) return invalid([{ field: 'csv', message: `csv must contain at most ${MAX_IMPORT_ROWS} lots; it contains ${records.length}. Split the file` }]);

  const errors: FieldError[] = [];
  const lots: { section: string; row: string; number: number; priceCents: number; capacity: number }[] = [];
  const seen = new Set<string>();
  records.forEach((record, index) => {
    // Line 1 is the header.
    const line = index + 2;
    const parsed = rowSchema.safeParse(record);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) errors.push({ field: `csv.line${line}.${issue.path.join('.')}`, message: issue.message });
      return;
    }
    const key = `${parsed.data.section}|${parsed.data.row}|${parsed.data.number}`;
    if (seen.has(key)) {
      errors.push({ field: `csv.line${line}.number`, message: `lot ${parsed.data.number} of section ${parsed.data.section}, row ${parsed.data.row} appears twice in the file` });
      return;
    }
    seen.add(key);
    lots.push({ section: parsed.data.section, row: parsed.data.row, number: parsed.data.number, priceCents: parsed.data.price_cents, capacity: parsed.data.capacity });
  });
  if (errors.length > 0) return invalid(errors.slice(0, MAX_REPORTED_ERRORS), Math.max(0, errors.length - MAX_REPORTED_ERRORS));

  const created = await inTransaction(deps, async (tx) => {
    const rows = await tx
      .insert(cemeteryLots)
      .values(lots)
      .onConflictDoNothing({ target: [cemeteryLots.section, cemeteryLots.row, cemeteryLots.number] })
      .returning();
    for (const row of rows) {
      await recordAudit(tx, {
        entity: 'cemetery_lot',
        entityId: row.id,
        action: 'created',
        actorId: actor.id,
        after: { section: row.section, row: row.row, number: row.number, priceCents: row.priceCents, capacity: row.capacity, status: row.status },
        reason: 'CSV import',
      });
    }
    return rows;
  });

  const createdKeys = new Set(created.map((row) => `${row.section}|${row.row}|${row.number}`));
  const skipped = lots.filter((lot) => !createdKeys.has(`${lot.section}|${lot.row}|${lot.number}`)).map((lot) => `${lot.section}/${lot.row}/${lot.number}`);
  deps.log.info({ staffId: actor.id, added: created.length, skipped: skipped.length }, 'cemetery lots imported');
  return { kind: 'imported', added: created.length, skipped };
}
