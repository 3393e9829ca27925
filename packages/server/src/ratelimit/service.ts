import { createHash } from 'node:crypto';
import { and, eq, lt, sql } from 'drizzle-orm';
import { buildOnce } from '../db/built-once.js';
import type { Queryable } from '../db/client.js';
import { rateLimitHits } from '../db/schema.js';

/**
 * Fixed-window rate limits kept in PostgreSQL, so every server process on one
 * database counts together. A key (an e-mail address, a client address) is
 * stored only as its SHA-256, because it can be personal data.
 */

export type RateLimitRule = {
  /** Name of the counter, such as "web_form" or "email_ack". */
  bucket: string;
  /** Hits allowed per window. */
  limit: number;
  windowSeconds: number;
};

export type RateLimitResult = { allowed: boolean; hits: number; retryAfterSeconds: number };

/** Windows older than this are deleted now and then. */
const KEEP_WINDOWS_MS = 24 * 60 * 60 * 1000;
/** One call in this many also deletes old windows. */
const CLEANUP_EVERY = 200;
let callsSinceCleanup = 0;

/** Counts one hit in a window's row, inserting the row at 1 hit, and returns the window's total. */
const countHit = buildOnce<{ bucket: string; key: string; windowStart: Date }, { hits: number }[]>((db) =>
  db
    .insert(rateLimitHits)
    .values({ bucket: sql.placeholder('bucket'), key: sql.placeholder('key'), windowStart: sql.placeholder('windowStart'), hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.bucket, rateLimitHits.key, rateLimitHits.windowStart],
      set: { hits: sql`${rateLimitHits.hits} + 1` },
    })
    .returning({ hits: rateLimitHits.hits })
    .prepare('count_rate_limit_hit'),
);

/**
 * Counts one hit of `key` against `rule` and returns whether it is within
 * the limit. A rejected hit is counted too, so a client that keeps trying
 * stays limited until the window ends.
 */
export async function consumeRateLimit(db: Queryable, rule: RateLimitRule, key: string, now = new Date()): Promise<RateLimitResult> {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const hashedKey = hashKey(key);
  const [row] = await countHit(db, { bucket: rule.bucket, key: hashedKey, windowStart });

  callsSinceCleanup += 1;
  if (callsSinceCleanup >= CLEANUP_EVERY) {
    callsSinceCleanup = 0;
    await db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, new Date(now.getTime() - KEEP_WINDOWS_MS)));
  }

  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { allowed: row.hits <= rule.limit, hits: row.hits, retryAfterSeconds };
}

/** Reads how many hits `key` has in the current window of `rule`, without counting one. */
export async function peekRateLimit(db: Queryable, rule: RateLimitRule, key: string, now = new Date()): Promise<RateLimitResult> {
  const { windowStart, hashedKey, retryAfterSeconds } = windowOf(rule, key, now);
  const [row] = await db
    .select({ hits: rateLimitHits.hits })
    .from(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, rule.bucket), eq(rateLimitHits.key, hashedKey), eq(rateLimitHits.windowStart, windowStart)));
  const hits = row?.hits ?? 0;
  return { allowed: hits < rule.limit, hits, retryAfterSeconds };
}

/** Forgets the hits of `key` in the current window of `rule`, as after a successful sign-in. */
export async function clearRateLimit(db: Queryable, rule: RateLimitRule, key: string, now = new Date()): Promise<void> {
  const { windowStart, hashedKey } = windowOf(rule, key, now);
  await db
    .delete(rateLimitHits)
    .where(and(eq(rateLimitHits.bucket, rule.bucket), eq(rateLimitHits.key, hashedKey), eq(rateLimitHits.windowStart, windowStart)));
}

function windowOf(rule: RateLimitRule, key: string, now: Date) {
  const windowMs = rule.windowSeconds * 1000;
  const windowStart = new Date(Math.floor(now.getTime() / windowMs) * windowMs);
  const hashedKey = hashKey(key);
  const retryAfterSeconds = Math.max(1, Math.ceil((windowStart.getTime() + windowMs - now.getTime()) / 1000));
  return { windowStart, hashedKey, retryAfterSeconds };
}

function hashKey(key: string): string {
  return createHash('sha256').update(key.trim().toLowerCase()).digest('hex');
}
