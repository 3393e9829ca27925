import { and, eq, gte, sql } from 'drizzle-orm';
import { DateTime } from 'luxon';
import { z } from 'zod';
import type { PublicFormConfig } from '../config.js';
import { inTransaction, type CoreDeps } from '../core/deps.js';
import { walkInVisits } from '../db/schema.js';
import { findTopic } from '../directory/service.js';
import { clientRateLimitKey } from '../inquiries/client-key.js';
import { DEFAULT_PUBLIC_FORM_LIMITS, PUBLIC_RATE_WINDOW_SECONDS, type RateLimitedResult } from '../inquiries/web-form.js';
import { consumeRateLimit } from '../ratelimit/service.js';
import { invalidField, toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { requiredText } from '../validation/text.js';
import { appendWalkInEvent, maskName } from './service.js';
import { readDayFigures } from './views.js';

/**
 * The lobby screen's self check-in: a visitor joins the same queue an agent
 * checks visitors into, with no staff member recorded, and gets back only a
 * ticket code and their place in line.
 */

export const SELF_CHECK_IN_LANGUAGES = ['en', 'es'] as const;

export type SelfCheckInEntry = { name: string; reason: string; topicId?: string | null; language?: string | null };

export type SelfCheckInReceipt = { ticketCode: string; position: number; checkedInAt: Date };

export type SelfCheckInResult = ({ kind: 'ok' } & SelfCheckInReceipt) | RateLimitedResult | InvalidInputResult;

export type SelfCheckInRequest = { clientAddress: string | undefined; limits?: PublicFormConfig };

const selfCheckInSchema = z.object({
  name: requiredText('name', 100),
  reason: requiredText('reason', 500),
  topicId: z.string().nullish(),
  language: z.enum(SELF_CHECK_IN_LANGUAGES, { error: `language must be one of ${SELF_CHECK_IN_LANGUAGES.join(', ')}` }).nullish(),
});

/** Key of the transaction-scoped advisory lock that hands out ticket numbers one at a time. */
const TICKET_LOCK_KEY = 'walkin:ticket';

/**
 * Checks a visitor in from the public screen. Invalid fields are reported
 * together and count nothing against the rate limit. The ticket number is
 * the next of the day's self check-ins in the center's time zone, taken
 * under an advisory lock so two visitors never get the same one.
 */
export async function selfCheckIn(deps: CoreDeps, entry: SelfCheckInEntry, request: SelfCheckInRequest): Promise<SelfCheckInResult> {
  const parsed = selfCheckInSchema.safeParse(entry);
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const values = parsed.data;
  if (values.topicId && !(await findTopic(deps.db, values.topicId))) return invalidField('input.topicId', `no topic with id ${values.topicId.slice(0, 40)}`);

  const limit = (request.limits ?? DEFAULT_PUBLIC_FORM_LIMITS).selfCheckInsPerWindow;
  const rate = await consumeRateLimit(deps.db, { bucket: 'self_check_in', limit, windowSeconds: PUBLIC_RATE_WINDOW_SECONDS }, clientRateLimitKey(request.clientAddress));
  if (!rate.allowed) {
    deps.log.info({ hits: rate.hits, retryAfterSeconds: rate.retryAfterSeconds }, 'self check-in rejected by the rate limit');
    return {
      kind: 'rate_limited',
      message: `Too many check-ins from this device: at most ${limit} every ${PUBLIC_RATE_WINDOW_SECONDS / 60} minutes. Try again in ${Math.ceil(rate.retryAfterSeconds / 60)} min, or ask at the counter.`,
      retryAfterSeconds: rate.retryAfterSeconds,
    };
  }

  const dayStart = DateTime.now().setZone(deps.centerTimeZone).startOf('day').toJSDate();
  const result = await inTransaction(deps, async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${TICKET_LOCK_KEY}))`);
    const [last] = await tx
      .select({ number: sql<number | null>`max(${walkInVisits.ticketNumber})` })
      .from(walkInVisits)
      .where(gte(walkInVisits.checkedInAt, dayStart));
    const ticketNumber = (last?.number ?? 0) + 1;

    const [row] = await tx
      .insert(walkInVisits)
      .values({
        visitorName: values.name,
        reason: values.reason,
        topicId: values.topicId ?? null,
        // The time after the lock, not the transaction's start, so check-in order matches ticket order and positions.
        checkedInAt: sql`clock_timestamp()`,
        checkedInById: null,
        ticketNumber,
        language: values.language ?? null,
      })
      .returning({ id: walkInVisits.id });
    const visit = await appendWalkInEvent(tx, 'checked_in', row.id, null);

    const [ahead] = await tx
      .select({ count: sql<number>`count(*)`.mapWith(Number) })
      .from(walkInVisits)
      .where(
        and(
          eq(walkInVisits.status, 'waiting'),
          // Compared in SQL, because a JavaScript Date drops the microseconds of checked_in_at.
          sql`(${walkInVisits.checkedInAt}, ${walkInVisits.id}) <= (select checked_in_at, id from walk_in_visits where id = ${visit.id})`,
        ),
      );
    return { visit, position: ahead.count };
  });

  const { visit, position } = result;
  deps.log.info({ visitId: visit.id, ticketCode: visit.ticketCode, visitor: maskName(visit.visitorName), position }, 'visitor checked in at the self check-in screen');
  return { kind: 'ok', ticketCode: visit.ticketCode!, position, checkedInAt: visit.checkedInAt };
}

export type QueueLength = { waiting: number; estimatedWaitMinutes: number | null };

/**
 * Counts the waiting visitors and estimates the wait of the next one to
 * check in: waiting visitors times today's average service time, divided
 * by the agents serving now (at least one).
 */
export async function readQueueLength(deps: CoreDeps): Promise<QueueLength> {
  const figures = await readDayFigures(deps.db, deps.centerTimeZone);
  const [serving] = await deps.db
    .select({ count: sql<number>`count(*)`.mapWith(Number) })
    .from(walkInVisits)
    .where(eq(walkInVisits.status, 'serving'));
  const counters = Math.max(1, serving.count);
  const estimatedWaitMinutes =
    figures.averageServiceSeconds === null ? null : Math.ceil((figures.waiting * figures.averageServiceSeconds) / counters / 60);
  return { waiting: figures.waiting, estimatedWaitMinutes };
}
