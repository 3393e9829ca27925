import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { Queryable } from '../db/client.js';
import { instanceSecrets } from '../db/schema.js';

/**
 * Returns the secret stored under `name`, creating a random 256-bit one on
 * first use. Concurrent first calls from several processes agree on one
 * value, because only the first insert succeeds and every caller reads back.
 */
export async function loadInstanceSecret(db: Queryable, name: string): Promise<string> {
  await db
    .insert(instanceSecrets)
    .values({ name, value: randomBytes(32).toString('hex') })
    .onConflictDoNothing();
  const [row] = await db.select({ value: instanceSecrets.value }).from(instanceSecrets).where(eq(instanceSecrets.name, name));
  return row.value;
}

/** Name of the stored key of the session, status-link and API-key HMACs, used when SESSION_SECRET is not set. */
export const SESSION_SECRET_NAME = 'session_hmac_key';
