import { randomUUID } from 'node:crypto';
import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Queryable, Transaction } from '../db/client.js';
import { contacts, emailMessageIds, inquiries, inquiryMessages, outboundEmails } from '../db/schema.js';
import { inTransaction, type Actor, type CoreDeps } from '../core/deps.js';
import { appendEvent } from '../events/service.js';
import { BODY_MAX } from '../inquiries/intake.js';
import { loadInquiry, loadMessages, type MessageView } from '../inquiries/views.js';
import { maskEmail } from '../logger.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { requiredText } from '../validation/text.js';

export type OutboundEmailRow = typeof outboundEmails.$inferSelect;
export type OutboundStatus = OutboundEmailRow['status'];

/** Inbox event types of the e-mail channel, beside those of inquiries/views.ts. */
export type EmailInboxEventType = 'message_received' | 'reply_queued' | 'email_status_changed';

/** Returns a new Message-ID (without angle brackets) in the domain of the From address. */
export function newMessageId(mailFrom: string): string {
  const domain = mailFrom.split('@')[1] || 'localhost';
  return `${randomUUID()}@${domain}`;
}

/** Appends an inbox event for an e-mail change, carrying the inquiry as it is now, so open screens update live. */
export async function appendEmailInboxEvent(tx: Transaction, type: EmailInboxEventType | 'reopened', inquiryId: number, actor?: Actor): Promise<void> {
  const inquiry = await loadInquiry(tx, inquiryId);
  if (!inquiry) return;
  const actorSummary = actor ? { id: actor.id, email: actor.email, displayName: actor.displayName, role: actor.role, active: actor.active, phoneExtension: actor.phoneExtension } : null;
  await appendEvent(tx, { stream: 'inbox', type, inquiryId, actorId: actor?.id ?? null, payload: { inquiry, actor: actorSummary } });
}

/** Records a Message-ID as belonging to an inquiry; `in` for received mail, `out` for mail the center sends. */
export async function recordMessageId(tx: Transaction, messageId: string, inquiryId: number, direction: 'in' | 'out'): Promise<void> {
  await tx.insert(emailMessageIds).values({ messageId, inquiryId, direction });
}

/** Returns the Message-IDs of an inquiry's thread, oldest first, and the newest received one for In-Reply-To. */
async function threadMessageIds(db: Queryable, inquiryId: number): Promise<{ references: string[]; inReplyTo: string | undefined }> {
  const rows = await db
    .select({ messageId: emailMessageIds.messageId, direction: emailMessageIds.direction })
    .from(emailMessageIds)
    .where(eq(emailMessageIds.inquiryId, inquiryId))
    // Rows of one transaction share created_at; there the received message ('in') came before what the center sent.
    .orderBy(asc(emailMessageIds.createdAt), asc(emailMessageIds.direction), asc(emailMessageIds.messageId));
  const received = rows.filter((row) => row.direction === 'in');
  const latest = received.at(-1) ?? rows.at(-1);
  // Mail clients cut long References headers anyway; the first and the last 20 keep the thread.
  const all = rows.map((row) => row.messageId);
  const references = all.length > 21 ? [all[0], ...all.slice(-20)] : all;
  return { references, inReplyTo: latest?.messageId };
}

/** Adds the inquiry's reference to a subject, so a reply from any mail client can be matched to it. */
export function subjectWithReference(subject: string, reference: string, prefix: string): string {
  const base = subject.replace(/^\s*((re|aw|fw|fwd|sv|wg)\s*:\s*)+/i, '').trim() || '(no subject)';
  const tagged = base.includes(reference) ? base : `${base} [${reference}]`;
  return prefix ? `${prefix} ${tagged}` : tagged;
}

type QueueInput = {
  kind: OutboundEmailRow['kind'];
  inquiryId: number;
  inquiryMessageId?: number;
  toAddress: string;
  subject: string;
  bodyText: string;
  mailFrom: string;
  createdById?: string;
};

/** Writes an outbox row in the caller's transaction and records its Message-ID against the inquiry. */
export async function queueEmail(tx: Transaction, input: QueueInput): Promise<OutboundEmailRow> {
  const thread = await threadMessageIds(tx, input.inquiryId);
  const messageId = newMessageId(input.mailFrom);
  const [row] = await tx
    .insert(outboundEmails)
    .values({
      kind: input.kind,
      inquiryId: input.inquiryId,
      inquiryMessageId: input.inquiryMessageId ?? null,
      toAddress: input.toAddress,
      subject: input.subject,
      bodyText: input.bodyText,
      messageIdHeader: messageId,
      inReplyTo: thread.inReplyTo ?? null,
      references: thread.references,
      createdById: input.createdById ?? null,
    })
    .returning();
  await recordMessageId(tx, messageId, input.inquiryId, 'out');
  return row;
}

export type ReplyResult =
  | { kind: 'ok'; message: MessageView; email: OutboundEmailRow }
  | { kind: 'not_found'; message: string }
  | InvalidInputResult;

/**
 * Records a staff reply in the thread and queues it as an e-mail to the
 * inquiry's contact, in one transaction. The outbox worker sends it later.
 * The reply keeps visibility `internal`, so the status page does not show it.
 */
export async function replyToInquiry(deps: CoreDeps, actor: Actor, inquiryId: number, body: string, mailFrom: string): Promise<ReplyResult> {
  const parsed = requiredText('body', BODY_MAX).safeParse(body);
  if (!parsed.success) return invalidField('body', parsed.error.issues[0].message);

  const result = await inTransaction(deps, async (tx): Promise<ReplyResult> => {
    const [target] = await tx
      .select({ id: inquiries.id, reference: inquiries.reference, subject: inquiries.subject, email: contacts.email })
      .from(inquiries)
      .leftJoin(contacts, eq(contacts.id, inquiries.contactId))
      .where(eq(inquiries.id, inquiryId))
      .for('update', { of: inquiries });
    if (!target) return { kind: 'not_found', message: `No inquiry with id ${inquiryId}` };
    if (!target.email) return invalidField('id', `inquiry ${target.reference} has no contact e-mail address to reply to`);

    const [message] = await tx
      .insert(inquiryMessages)
      .values({ inquiryId, kind: 'reply', authorId: actor.id, body: parsed.data, visibility: 'internal' })
      .returning({ id: inquiryMessages.id });
    const email = await queueEmail(tx, {
      kind: 'reply',
      inquiryId,
      inquiryMessageId: message.id,
      toAddress: target.email,
      subject: subjectWithReference(target.subject, target.reference, 'Re:'),
      bodyText: `${parsed.data}\n\n--\nReference ${target.reference}. Reply to this e-mail to add to your request.`,
      mailFrom,
      createdById: actor.id,
    });
    await tx.update(inquiries).set({ version: sql`${inquiries.version} + 1`, updatedAt: sql`now()` }).where(eq(inquiries.id, inquiryId));
    await appendEmailInboxEvent(tx, 'reply_queued', inquiryId, actor);

    const view = (await loadMessages(tx, inquiryId)).find((entry) => entry.id === message.id)!;
    return { kind: 'ok', message: view, email };
  });

  if (result.kind === 'ok') {
    deps.log.info({ inquiryId, outboundEmailId: result.email.id, to: maskEmail(result.email.toAddress), by: actor.id }, 'reply queued');
  }
  return result;
}

/** Lists outbox rows, newest first, optionally only those with the given statuses. */
export async function listOutbox(db: Queryable, statuses: OutboundStatus[] | undefined, limit: number): Promise<OutboundEmailRow[]> {
  return db
    .select()
    .from(outboundEmails)
    .where(statuses && statuses.length > 0 ? inArray(outboundEmails.status, statuses) : undefined)
    .orderBy(desc(outboundEmails.createdAt), desc(outboundEmails.id))
    .limit(limit);
}

export async function listInquiryEmails(db: Queryable, inquiryId: number): Promise<OutboundEmailRow[]> {
  return db.select().from(outboundEmails).where(eq(outboundEmails.inquiryId, inquiryId)).orderBy(asc(outboundEmails.id));
}

export type RetryResult = { kind: 'ok'; email: OutboundEmailRow } | { kind: 'not_found'; message: string } | InvalidInputResult;

/**
 * Makes a queued or failed e-mail due now. A failed one gets its attempts
 * back to zero, so it has the full number of retries again.
 */
export async function retryOutboundEmail(deps: CoreDeps, actor: Actor, id: number): Promise<RetryResult> {
  const result = await inTransaction(deps, async (tx): Promise<RetryResult> => {
    const [current] = await tx.select().from(outboundEmails).where(eq(outboundEmails.id, id)).for('update');
    if (!current) return { kind: 'not_found', message: `No outbound e-mail with id ${id}` };
    if (current.status === 'sent') return invalidField('id', `e-mail ${id} was already sent`);
    if (current.status === 'sending') return invalidField('id', `e-mail ${id} is being sent now`);

    const [updated] = await tx
      .update(outboundEmails)
      .set({ status: 'queued', nextAttemptAt: sql`now()`, attempts: current.status === 'failed' ? 0 : current.attempts })
      .where(and(eq(outboundEmails.id, id)))
      .returning();
    if (updated.inquiryId !== null) await appendEmailInboxEvent(tx, 'email_status_changed', updated.inquiryId, actor);
    return { kind: 'ok', email: updated };
  });
  if (result.kind === 'ok') deps.log.info({ outboundEmailId: id, by: actor.id }, 'outbound e-mail retry requested');
  return result;
}
