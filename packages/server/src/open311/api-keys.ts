import { createHmac, randomBytes } from 'node:crypto';
import { and, desc, eq, isNull } from 'drizzle-orm';
import { z } from 'zod';
import type { Queryable } from '../db/client.js';
import { apiKeys } from '../db/schema.js';
import type { Actor, CoreDeps } from '../core/deps.js';
import { isUuid } from '../auth/service.js';
import type { NotFoundError } from '../inquiries/service.js';
import { toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { requiredText } from '../validation/text.js';

export type ApiKeyRecord = Omit<typeof apiKeys.$inferSelect, 'keyHash'>;

/** Characters of the key shown in lists, so that the manager can tell keys apart; 48 of its 256 random bits. */
const VISIBLE_PREFIX_LENGTH = 8;

const columns = {
  id: apiKeys.id,
  name: apiKeys.name,
  keyPrefix: apiKeys.keyPrefix,
  createdById: apiKeys.createdById,
  createdAt: apiKeys.createdAt,
  lastUsedAt: apiKeys.lastUsedAt,
  revokedAt: apiKeys.revokedAt,
};

/** Returns the stored form of an API key: its HMAC-SHA256 keyed with SESSION_SECRET. */
export function hashApiKey(deps: Pick<CoreDeps, 'sessionSecret'>, key: string): string {
  return createHmac('sha256', deps.sessionSecret).update(`open311:${key}`).digest('hex');
}

const issueSchema = z.object({ name: requiredText('name', 100) });

export type IssueApiKeyResult = { kind: 'issued'; apiKey: ApiKeyRecord; key: string } | InvalidInputResult;

/**
 * Creates an API key for an Open311 client: 32 random bytes in base64url.
 * The key is returned only here; the database keeps its HMAC and the first
 * characters.
 */
export async function issueApiKey(deps: CoreDeps, actor: Actor, input: { name: string }): Promise<IssueApiKeyResult> {
  const parsed = issueSchema.safeParse(input);
  if (!parsed.success) return toInvalidInput(parsed.error);

  const key = randomBytes(32).toString('base64url');
  const [row] = await deps.db
    .insert(apiKeys)
    .values({ name: parsed.data.name, keyHash: hashApiKey(deps, key), keyPrefix: key.slice(0, VISIBLE_PREFIX_LENGTH), createdById: actor.id })
    .returning(columns);
  deps.log.info({ apiKeyId: row.id, prefix: row.keyPrefix, by: actor.id }, 'Open311 API key issued');
  return { kind: 'issued', apiKey: row, key };
}

/** Lists the keys, newest first; revoked ones are included unless `activeOnly`. */
export function listApiKeys(db: Queryable, options: { activeOnly?: boolean } = {}): Promise<ApiKeyRecord[]> {
  return db
    .select(columns)
    .from(apiKeys)
    .where(options.activeOnly ? isNull(apiKeys.revokedAt) : undefined)
    .orderBy(desc(apiKeys.createdAt), desc(apiKeys.id));
}

export type RevokeApiKeyResult = { kind: 'revoked'; apiKey: ApiKeyRecord } | NotFoundError;

/** Revokes a key at once. Revoking an already revoked key keeps its first revocation time. */
export async function revokeApiKey(deps: CoreDeps, actor: Actor, id: string): Promise<RevokeApiKeyResult> {
  if (!isUuid(id)) return { kind: 'not_found', message: `No API key with id ${id}` };
  const [row] = await deps.db
    .update(apiKeys)
    .set({ revokedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning(columns);
  if (row) {
    deps.log.info({ apiKeyId: id, prefix: row.keyPrefix, by: actor.id }, 'Open311 API key revoked');
    return { kind: 'revoked', apiKey: row };
  }
  const [existing] = await deps.db.select(columns).from(apiKeys).where(eq(apiKeys.id, id));
  return existing ? { kind: 'revoked', apiKey: existing } : { kind: 'not_found', message: `No API key with id ${id}` };
}

/** Returns the unrevoked key matching `key`, or undefined. */
export async function findActiveApiKey(deps: CoreDeps, key: string | undefined): Promise<ApiKeyRecord | undefined> {
  if (!key) return undefined;
  const [row] = await deps.db
    .select(columns)
    .from(apiKeys)
    .where(and(eq(apiKeys.keyHash, hashApiKey(deps, key)), isNull(apiKeys.revokedAt)));
  return row;
}

/**
 * Records a use of the key inside the caller's transaction and returns false
 * when it was revoked meanwhile. The row lock orders this against a
 * concurrent revocation, so no request is accepted after a revocation commits.
 */
export async function touchApiKey(db: Queryable, id: string): Promise<boolean> {
  const rows = await db
    .update(apiKeys)
    .set({ lastUsedAt: new Date() })
    .where(and(eq(apiKeys.id, id), isNull(apiKeys.revokedAt)))
    .returning({ id: apiKeys.id });
  return rows.length > 0;
}
