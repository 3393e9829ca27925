import { and, asc, eq } from 'drizzle-orm';
import type { PublicFormConfig } from '../config.js';
import type { CoreDeps } from '../core/deps.js';
import { inquiries, inquiryMessages, topics } from '../db/schema.js';
import { hashStatusToken } from '../inquiries/intake.js';
import { clientRateLimitKey } from '../inquiries/client-key.js';
import type { NotFoundError } from '../inquiries/service.js';
import { DEFAULT_PUBLIC_FORM_LIMITS, PUBLIC_RATE_WINDOW_SECONDS, type RateLimitedResult } from '../inquiries/web-form.js';
import { consumeRateLimit } from '../ratelimit/service.js';

/**
 * The resident's status page: what a private status link shows. It is built
 * from an allow-list of columns, so the resident's contact details, staff
 * names, internal notes and replies never reach it.
 */

export type PublicProgress = 'received' | 'in_progress' | 'resolved';

export type PublicStatusView = {
  reference: string;
  topicName: string | null;
  progress: PublicProgress;
  receivedAt: Date;
  updatedAt: Date;
  resolvedAt: Date | null;
  /** Notes staff marked visible to the resident, oldest first, without their authors. */
  updates: { body: string; createdAt: Date }[];
};

export type StatusLookupResult = { kind: 'found'; status: PublicStatusView } | NotFoundError | RateLimitedResult;

/** A status token is 18 random bytes in base64url (see newStatusToken in intake.ts). */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{24}$/;

/** One message for unknown and malformed tokens alike, so a guess learns nothing from it. */
const NOT_FOUND_MESSAGE = 'No question matches this status link. Check that the link is complete.';

/**
 * Looks up an inquiry by its status token. Every lookup, found or not, counts
 * against the client address's limit, which makes guessing tokens slow on top
 * of their 144 random bits.
 */
export async function lookUpInquiryStatus(
  deps: CoreDeps,
  token: string,
  request: { clientAddress: string | undefined; limits?: PublicFormConfig },
): Promise<StatusLookupResult> {
  const limit = (request.limits ?? DEFAULT_PUBLIC_FORM_LIMITS).statusLookupsPerWindow;
  const rate = await consumeRateLimit(
    deps.db,
    { bucket: 'status_lookup', limit, windowSeconds: PUBLIC_RATE_WINDOW_SECONDS },
    clientRateLimitKey(request.clientAddress),
  );
  if (!rate.allowed) {
    deps.log.info({ hits: rate.hits, retryAfterSeconds: rate.retryAfterSeconds }, 'status lookup rejected by the rate limit');
    return {
      kind: 'rate_limited',
      message: `Too many status lookups from this address: at most ${limit} every ${PUBLIC_RATE_WINDOW_SECONDS / 60} minutes. Try again in ${Math.ceil(rate.retryAfterSeconds / 60)} minutes.`,
      retryAfterSeconds: rate.retryAfterSeconds,
    };
  }

  if (!TOKEN_PATTERN.test(token)) return { kind: 'not_found', message: NOT_FOUND_MESSAGE };

  const [row] = await deps.db
    .select({
      id: inquiries.id,
      reference: inquiries.reference,
      status: inquiries.status,
      claimedById: inquiries.claimedById,
      createdAt: inquiries.createdAt,
      updatedAt: inquiries.updatedAt,
      resolvedAt: inquiries.resolvedAt,
      topicName: topics.name,
    })
    .from(inquiries)
    .leftJoin(topics, eq(topics.id, inquiries.topicId))
    .where(eq(inquiries.statusTokenHash, hashStatusToken(deps, token)));
  if (!row) return { kind: 'not_found', message: NOT_FOUND_MESSAGE };

  const updates = await deps.db
    .select({ body: inquiryMessages.body, createdAt: inquiryMessages.createdAt })
    .from(inquiryMessages)
    .where(and(eq(inquiryMessages.inquiryId, row.id), eq(inquiryMessages.kind, 'note'), eq(inquiryMessages.visibility, 'public')))
    .orderBy(asc(inquiryMessages.id));

  let progress: PublicProgress = 'received';
  if (row.status === 'resolved') progress = 'resolved';
  else if (row.claimedById) progress = 'in_progress';
  return {
    kind: 'found',
    status: {
      reference: row.reference,
      topicName: row.topicName,
      progress,
      receivedAt: row.createdAt,
      updatedAt: row.updatedAt,
      resolvedAt: row.status === 'resolved' ? row.resolvedAt : null,
      updates,
    },
  };
}
