import type { SQL } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';

/** Runs a raw query and returns its rows; postgres.js returns them as the result and PGlite under `rows`. */
export async function selectRows<Row>(db: Queryable, query: SQL): Promise<Row[]> {
  const result: unknown = await db.execute(query);
  if (Array.isArray(result)) return result as Row[];
  return (result as { rows: Row[] }).rows;
}
