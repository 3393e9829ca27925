import { createHmac, randomBytes } from 'node:crypto';
import { and, eq, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { PublicFormConfig } from '../config.js';
import type { CoreDeps } from '../core/deps.js';
import type { Queryable, Transaction } from '../db/client.js';
import { contacts, inquiries, outboundEmails, surveyResponses, topics } from '../db/schema.js';
import { queueEmail } from '../email/outbox.js';
import { clientRateLimitKey } from '../inquiries/client-key.js';
import { hashStatusToken } from '../inquiries/intake.js';
import type { NotFoundError } from '../inquiries/service.js';
import { DEFAULT_PUBLIC_FORM_LIMITS, PUBLIC_RATE_WINDOW_SECONDS, type RateLimitedResult } from '../inquiries/web-form.js';
import { submitKudos } from '../kudos/service.js';
import { maskEmail } from '../logger.js';
import { consumeRateLimit } from '../ratelimit/service.js';
import { toInvalidInput, type InvalidInputResult } from '../validation/result.js';
import { optionalText } from '../validation/text.js';

/**
 * The resident's satisfaction survey. Resolving an inquiry issues a survey
 * token and e-mails its link once. The resident rates the service and the
 * staff's courtesy on the 4-point scale (4 excellent, 3 good, 2 fair, 1 poor)
 * through that link or through the status link. Each inquiry keeps at most
 * one rating, enforced by the unique inquiry_id of survey_responses.
 */

export const SURVEY_COMMENT_MAX = 2000;

export type SurveySource = 'email' | 'status_link';

/** The survey link's origin and the e-mail's sender, taken from the request that resolved the inquiry. */
export type SurveyMailSettings = {
  /** Origin of the link, such as https://desk.county.example; undefined skips the e-mail. */
  publicBaseUrl: string | undefined;
  mailFrom: string;
};

/** Survey and status tokens are 18 random bytes in base64url. */
const TOKEN_PATTERN = /^[A-Za-z0-9_-]{24}$/;

/** One message for unknown and malformed tokens alike, so a guess learns nothing from it. */
const NOT_FOUND_MESSAGE = 'No question matches this survey link. Check that the link is complete.';

/** Returns a new survey token: 144 random bits in base64url, like a status token. */
function newSurveyToken(): string {
  return randomBytes(18).toString('base64url');
}

/** Returns the stored form of a survey token: its HMAC-SHA256 keyed with SESSION_SECRET, in its own domain. */
export function hashSurveyToken(deps: Pick<CoreDeps, 'sessionSecret'>, token: string): string {
  return createHmac('sha256', deps.sessionSecret).update(`survey:${token}`).digest('hex');
}

/** Returns the survey e-mail's subject and body, in English and Spanish. */
export function surveyEmailText(reference: string, link: string): { subject: string; body: string } {
  return {
    subject: `How did we do? / ¿Cómo lo hicimos? [${reference}]`,
    body: [
      `Your question ${reference} has been resolved. Please rate our service; it takes a minute:`,
      link,
      '',
      `Su pregunta ${reference} fue resuelta. Por favor califique nuestro servicio; le tomará un minuto:`,
      link,
      '',
      '--',
      'County 311. One rating per question. / Una calificación por pregunta.',
    ].join('\n'),
  };
}

/** The new token (undefined when the old one was kept) and the queued e-mail's id, if one was queued. */
export type SurveyInvitationOutcome = { token: string | undefined; emailId: number | undefined };

/**
 * Issues the survey for an inquiry that was just resolved, inside the resolve
 * transaction. A new token is made unless the inquiry has one whose link was
 * already e-mailed, so a link sent before a reopen stays valid. The e-mail is
 * queued at most once per inquiry, and only when the contact has an e-mail
 * address, the inquiry was not imported and has no rating yet.
 */
export async function issueSurveyInvitation(
  tx: Transaction,
  deps: Pick<CoreDeps, 'sessionSecret' | 'log'>,
  inquiryId: number,
  mail: SurveyMailSettings | undefined,
): Promise<SurveyInvitationOutcome> {
  const [target] = await tx
    .select({
      reference: inquiries.reference,
      sourceSystem: inquiries.sourceSystem,
      surveyTokenHash: inquiries.surveyTokenHash,
      email: contacts.email,
    })
    .from(inquiries)
    .leftJoin(contacts, eq(contacts.id, inquiries.contactId))
    .where(eq(inquiries.id, inquiryId));
  if (!target || target.sourceSystem !== null) return { token: undefined, emailId: undefined };

  const [sent] = await tx
    .select({ id: outboundEmails.id })
    .from(outboundEmails)
    .where(and(eq(outboundEmails.inquiryId, inquiryId), eq(outboundEmails.kind, 'survey')))
    .limit(1);
  // The e-mailed link must keep working, so its token stays.
  if (sent) return { token: undefined, emailId: undefined };

  const [rated] = await tx.select({ id: surveyResponses.id }).from(surveyResponses).where(eq(surveyResponses.inquiryId, inquiryId));
  const canEmail = Boolean(target.email && mail?.publicBaseUrl) && !rated;
  // A token that no e-mail carried was never delivered, so replacing it breaks no link.
  if (target.surveyTokenHash !== null && !canEmail) return { token: undefined, emailId: undefined };

  const token = newSurveyToken();
  await tx.update(inquiries).set({ surveyTokenHash: hashSurveyToken(deps, token) }).where(eq(inquiries.id, inquiryId));
  if (!canEmail) return { token, emailId: undefined };

  const text = surveyEmailText(target.reference, `${mail!.publicBaseUrl}/survey/${token}`);
  const email = await queueEmail(tx, {
    kind: 'survey',
    inquiryId,
    toAddress: target.email!,
    subject: text.subject,
    bodyText: text.body,
    mailFrom: mail!.mailFrom,
  });
  deps.log.info({ inquiryId, outboundEmailId: email.id, to: maskEmail(target.email!) }, 'survey e-mail queued');
  return { token, emailId: email.id };
}

type SurveyTarget = {
  id: number;
  reference: string;
  status: 'open' | 'resolved';
  resolvedAt: Date | null;
  resolvedById: string | null;
  topicName: string | null;
  source: SurveySource;
};

/** Finds the inquiry a survey token or a status token belongs to, and which of the two it is. */
async function findSurveyTarget(db: Queryable, deps: Pick<CoreDeps, 'sessionSecret'>, token: string, lock = false): Promise<SurveyTarget | undefined> {
  if (!TOKEN_PATTERN.test(token)) return undefined;
  const surveyHash = hashSurveyToken(deps, token);
  const statusHash = hashStatusToken(deps, token);
  const query = db
    .select({
      id: inquiries.id,
      reference: inquiries.reference,
      status: inquiries.status,
      resolvedAt: inquiries.resolvedAt,
      resolvedById: inquiries.resolvedById,
      topicName: topics.name,
      surveyTokenHash: inquiries.surveyTokenHash,
    })
    .from(inquiries)
    .leftJoin(topics, eq(topics.id, inquiries.topicId))
    .where(or(eq(inquiries.surveyTokenHash, surveyHash), eq(inquiries.statusTokenHash, statusHash)));
  // FOR SHARE keeps a concurrent reopen from landing between the status check and the insert.
  const [row] = lock ? await query.for('share', { of: inquiries }) : await query;
  if (!row) return undefined;
  const { surveyTokenHash, ...rest } = row;
  return { ...rest, source: surveyTokenHash === surveyHash ? 'email' : 'status_link' };
}

export type SurveyAnswer = {
  serviceRating: number;
  courtesyRating: number;
  comment: string | null;
  source: SurveySource;
  createdAt: Date;
};

/** Returns the rating an inquiry received, if any. */
export async function findSurveyAnswer(db: Queryable, inquiryId: number): Promise<SurveyAnswer | undefined> {
  const [row] = await db
    .select({
      serviceRating: surveyResponses.serviceRating,
      courtesyRating: surveyResponses.courtesyRating,
      comment: surveyResponses.comment,
      source: surveyResponses.source,
      createdAt: surveyResponses.createdAt,
    })
    .from(surveyResponses)
    .where(eq(surveyResponses.inquiryId, inquiryId));
  return row;
}

/** Returns the rating of the inquiry with this reference, for the status page, whose data has only the reference. */
export async function findSurveyAnswerByReference(db: Queryable, reference: string): Promise<SurveyAnswer | undefined> {
  const [row] = await db
    .select({ id: inquiries.id })
    .from(inquiries)
    .where(eq(inquiries.reference, reference));
  return row ? findSurveyAnswer(db, row.id) : undefined;
}

export type SurveyRequest = { clientAddress: string | undefined; limits?: PublicFormConfig };

/**
 * Counts one survey request against the client address's limit. Lookups and
 * submissions count in one `survey` bucket, with the status page's limit
 * (STATUS_LOOKUP_RATE_LIMIT), so guessing tokens stays slow.
 */
async function checkRateLimit(deps: CoreDeps, request: SurveyRequest): Promise<RateLimitedResult | undefined> {
  const limit = (request.limits ?? DEFAULT_PUBLIC_FORM_LIMITS).statusLookupsPerWindow;
  const rate = await consumeRateLimit(
    deps.db,
    { bucket: 'survey', limit, windowSeconds: PUBLIC_RATE_WINDOW_SECONDS },
    clientRateLimitKey(request.clientAddress),
  );
  if (rate.allowed) return undefined;
  deps.log.info({ hits: rate.hits, retryAfterSeconds: rate.retryAfterSeconds }, 'survey request rejected by the rate limit');
  return {
    kind: 'rate_limited',
    message: `Too many survey requests from this address: at most ${limit} every ${PUBLIC_RATE_WINDOW_SECONDS / 60} minutes. Try again in ${Math.ceil(rate.retryAfterSeconds / 60)} minutes.`,
    retryAfterSeconds: rate.retryAfterSeconds,
  };
}

/** The survey page's data: nothing personal, only enough to recognise the question. */
export type SurveyInvitationView = {
  reference: string;
  topicName: string | null;
  /** Null while the inquiry is open again after a reopen, because the survey then waits. */
  resolvedAt: Date | null;
  answered: boolean;
};

export type SurveyLookupResult = { kind: 'found'; invitation: SurveyInvitationView } | NotFoundError | RateLimitedResult;

/** Looks up the survey of a survey token or a status token; every lookup counts against the rate limit. */
export async function lookUpSurvey(deps: CoreDeps, token: string, request: SurveyRequest): Promise<SurveyLookupResult> {
  const limited = await checkRateLimit(deps, request);
  if (limited) return limited;

  const target = await findSurveyTarget(deps.db, deps, token);
  if (!target) return { kind: 'not_found', message: NOT_FOUND_MESSAGE };
  const answer = await findSurveyAnswer(deps.db, target.id);
  return {
    kind: 'found',
    invitation: {
      reference: target.reference,
      topicName: target.topicName,
      resolvedAt: target.status === 'resolved' ? target.resolvedAt : null,
      answered: answer !== undefined,
    },
  };
}

export type SurveyInput = {
  serviceRating: unknown;
  courtesyRating: unknown;
  comment?: unknown;
  kudos?: { employeeName?: unknown; message?: unknown; residentName?: unknown } | null;
};

function rating(field: string) {
  const expected = `${field} must be a whole number from 1 (poor) to 4 (excellent)`;
  return z.number({ error: expected }).int(expected).min(1, expected).max(4, expected);
}

const ratingFields = z.object({
  serviceRating: rating('serviceRating'),
  courtesyRating: rating('courtesyRating'),
  comment: optionalText('comment', SURVEY_COMMENT_MAX),
});

export type NotResolvedError = { kind: 'not_resolved'; message: string };
export type AlreadyAnsweredError = { kind: 'already_answered'; message: string; answeredAt: Date };

export type SubmitSurveyResult =
  | { kind: 'answered'; reference: string; answer: SurveyAnswer; kudosId: string | null }
  | InvalidInputResult
  | NotFoundError
  | NotResolvedError
  | AlreadyAnsweredError
  | RateLimitedResult;

/** Thrown inside the transaction to roll back the rating when the kudos part is invalid. */
class InvalidKudos extends Error {
  constructor(readonly result: InvalidInputResult) {
    super(result.message);
  }
}

function isBlank(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && value.trim() === '');
}

/**
 * Stores a resident's rating of a resolved inquiry, with its optional kudos,
 * in one transaction. The token is the e-mailed survey token or the status
 * token; it decides the source. The insert does nothing on a conflict with
 * an earlier rating, so of two concurrent submissions exactly one is stored
 * and the other gets already_answered, with the first rating unchanged.
 */
export async function submitSurvey(deps: CoreDeps, token: string, input: SurveyInput, request: SurveyRequest): Promise<SubmitSurveyResult> {
  const limited = await checkRateLimit(deps, request);
  if (limited) return limited;

  const parsed = ratingFields.safeParse({ serviceRating: input.serviceRating, courtesyRating: input.courtesyRating, comment: input.comment });
  if (!parsed.success) return toInvalidInput(parsed.error, 'input');
  const kudos = input.kudos;
  const wantsKudos = kudos != null && !(isBlank(kudos.employeeName) && isBlank(kudos.message) && isBlank(kudos.residentName));

  let result: SubmitSurveyResult;
  try {
    result = await deps.db.transaction(async (tx): Promise<SubmitSurveyResult> => {
      const target = await findSurveyTarget(tx, deps, token, true);
      if (!target) return { kind: 'not_found', message: NOT_FOUND_MESSAGE };
      if (target.status !== 'resolved') {
        return { kind: 'not_resolved', message: `Question ${target.reference} is not resolved yet. The survey opens once it is resolved.` };
      }

      const [stored] = await tx
        .insert(surveyResponses)
        .values({
          inquiryId: target.id,
          serviceRating: parsed.data.serviceRating,
          courtesyRating: parsed.data.courtesyRating,
          comment: parsed.data.comment ?? null,
          source: target.source,
        })
        .onConflictDoNothing({ target: surveyResponses.inquiryId })
        .returning({ createdAt: surveyResponses.createdAt });
      if (!stored) {
        const first = (await findSurveyAnswer(tx, target.id))!;
        return {
          kind: 'already_answered',
          message: `Question ${target.reference} was already rated; each question takes one rating.`,
          answeredAt: first.createdAt,
        };
      }

      let kudosId: string | null = null;
      if (wantsKudos) {
        const praise = await submitKudos(
          tx,
          { source: 'survey', employeeName: kudos.employeeName, message: kudos.message, residentName: kudos.residentName, inquiryId: target.id, staffId: target.resolvedById },
          'input.kudos',
        );
        if (praise.kind !== 'submitted') throw new InvalidKudos(praise);
        kudosId = praise.id;
      }

      return {
        kind: 'answered',
        reference: target.reference,
        answer: { ...parsed.data, comment: parsed.data.comment ?? null, source: target.source, createdAt: stored.createdAt },
        kudosId,
      };
    });
  } catch (error) {
    if (error instanceof InvalidKudos) return error.result;
    throw error;
  }

  if (result.kind === 'answered') {
    deps.log.info({ reference: result.reference, source: result.answer.source, kudosId: result.kudosId }, 'survey answered');
  }
  return result;
}

/** Counts the survey e-mails queued for an inquiry (at most one by the rules above). */
export async function countSurveyEmails(db: Queryable, inquiryId: number): Promise<number> {
  const [row] = await db
    .select({ total: sql<number>`count(*)::int` })
    .from(outboundEmails)
    .where(and(eq(outboundEmails.inquiryId, inquiryId), eq(outboundEmails.kind, 'survey')));
  return row?.total ?? 0;
}
