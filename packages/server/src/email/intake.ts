import { createHash } from 'node:crypto';
import { eq, inArray, sql } from 'drizzle-orm';
import { z } from 'zod';
import type { Transaction } from '../db/client.js';
import { attachments, contacts, emailMessageIds, inquiries, inquiryMessages } from '../db/schema.js';
import { inTransaction, type CoreDeps } from '../core/deps.js';
import type { EmailConfig } from '../config.js';
import { maskEmail } from '../logger.js';
import { receiveInquiry, SUBJECT_MAX, BODY_MAX } from '../inquiries/intake.js';
import { consumeRateLimit } from '../ratelimit/service.js';
import { invalidField, type InvalidInputResult } from '../validation/result.js';
import { parseEmail, type ParsedAttachment, type ParsedEmail } from './parse.js';
import { appendEmailInboxEvent, queueEmail, recordMessageId, subjectWithReference } from './outbox.js';

/** The settings the intake needs: the attachment limits, the acknowledgement rate and the From address. */
export type EmailIntakeSettings = Pick<EmailConfig, 'maxFileBytes' | 'maxFilesBytes' | 'acknowledgementsPerHour' | 'mailFrom'>;

export type EmailIntakeResult =
  | { kind: 'created'; inquiryId: number; reference: string; acknowledged: boolean; storedFiles: number; droppedFiles: number }
  | { kind: 'joined'; inquiryId: number; reference: string; reopened: boolean; storedFiles: number; droppedFiles: number }
  /** The Message-ID was already received; nothing was written. */
  | { kind: 'duplicate'; inquiryId: number; reference: string }
  | InvalidInputResult;

/** A reference such as Q-000123 in a subject; the id is the number. */
const REFERENCE_PATTERN = /\bQ-(\d{6,15})\b/i;

type DroppedFile = { filename: string; sizeBytes: number; reason: string };

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

/** Splits the attachments into those within the per-file and per-message limits and those dropped, in message order. */
export function applyAttachmentLimits(files: ParsedAttachment[], settings: EmailIntakeSettings): { kept: ParsedAttachment[]; dropped: DroppedFile[] } {
  const kept: ParsedAttachment[] = [];
  const dropped: DroppedFile[] = [];
  let total = 0;
  for (const file of files) {
    const size = file.content.byteLength;
    if (size > settings.maxFileBytes) {
      dropped.push({ filename: file.filename, sizeBytes: size, reason: `larger than the limit of ${formatSize(settings.maxFileBytes)} per file` });
    } else if (total + size > settings.maxFilesBytes) {
      dropped.push({ filename: file.filename, sizeBytes: size, reason: `the message's files would exceed the limit of ${formatSize(settings.maxFilesBytes)} per message` });
    } else {
      kept.push(file);
      total += size;
    }
  }
  return { kept, dropped };
}

function droppedNote(dropped: DroppedFile[]): string {
  const lines = dropped.map((file) => `- ${file.filename} (${formatSize(file.sizeBytes)}): ${file.reason}`);
  return `Attachments not stored:\n${lines.join('\n')}`;
}

/** Returns the body of a received message: never empty, and cut with a marker when longer than the intake allows. */
function messageBody(mail: ParsedEmail): string {
  const text = mail.text || (mail.attachments.length > 0 ? '(The message has no text, only attachments.)' : '(The message has no text.)');
  if (text.length <= BODY_MAX) return text;
  return `${text.slice(0, BODY_MAX - 100)}\n\n[Message shortened: it exceeded ${BODY_MAX} characters.]`;
}

/**
 * Finds the inquiry a message replies to: one whose known Message-IDs include
 * an id from In-Reply-To or References, or else the inquiry whose reference
 * is in the subject when the sender is that inquiry's contact. The subject
 * rule lets a resident respond to a reply that staff sent from an ordinary mail
 * client, which carries none of the center's Message-IDs.
 */
async function findThread(tx: Transaction, mail: ParsedEmail): Promise<{ id: number; reference: string } | undefined> {
  const named = [...mail.inReplyTo, ...mail.references.slice().reverse()];
  if (named.length > 0) {
    const rows = await tx
      .select({ messageId: emailMessageIds.messageId, inquiryId: emailMessageIds.inquiryId })
      .from(emailMessageIds)
      .where(inArray(emailMessageIds.messageId, named.slice(0, 100)));
    // In-Reply-To first, then the newest References entry.
    for (const id of named) {
      const match = rows.find((row) => row.messageId === id);
      if (match) {
        const [inquiry] = await tx.select({ id: inquiries.id, reference: inquiries.reference }).from(inquiries).where(eq(inquiries.id, match.inquiryId));
        if (inquiry) return inquiry;
      }
    }
  }

  const reference = mail.subject.match(REFERENCE_PATTERN);
  if (reference && mail.fromAddress) {
    const id = Number(reference[1]);
    if (!Number.isSafeInteger(id)) return undefined;
    const [inquiry] = await tx
      .select({ id: inquiries.id, reference: inquiries.reference, email: contacts.email })
      .from(inquiries)
      .innerJoin(contacts, eq(contacts.id, inquiries.contactId))
      .where(eq(inquiries.id, id));
    if (inquiry && inquiry.email?.toLowerCase() === mail.fromAddress.toLowerCase()) return { id: inquiry.id, reference: inquiry.reference };
  }
  return undefined;
}

function storeFiles(tx: Transaction, inquiryId: number, messageId: number, files: ParsedAttachment[]) {
  return Promise.all(
    files.map((file) =>
      tx.insert(attachments).values({
        inquiryId,
        messageId,
        filename: file.filename,
        contentType: file.contentType,
        sizeBytes: file.content.byteLength,
        sha256: createHash('sha256').update(file.content).digest('hex'),
        content: file.content,
      }),
    ),
  );
}

/**
 * Appends a reply to its inquiry's thread as a resident message, with its
 * files, and reopens the inquiry when it was resolved, in one transaction.
 */
async function joinThread(
  tx: Transaction,
  target: { id: number; reference: string },
  mail: ParsedEmail,
  kept: ParsedAttachment[],
  dropped: DroppedFile[],
): Promise<EmailIntakeResult> {
  const [current] = await tx.select({ status: inquiries.status }).from(inquiries).where(eq(inquiries.id, target.id)).for('update');
  const createdAt = new Date();
  const [message] = await tx
    .insert(inquiryMessages)
    .values({ inquiryId: target.id, kind: 'resident', body: messageBody(mail), createdAt })
    .returning({ id: inquiryMessages.id });
  await storeFiles(tx, target.id, message.id, kept);
  if (dropped.length > 0) await tx.insert(inquiryMessages).values({ inquiryId: target.id, kind: 'note', body: droppedNote(dropped) });
  if (mail.messageId) await recordMessageId(tx, mail.messageId, target.id, 'in');

  const reopened = current.status === 'resolved';
  await tx
    .update(inquiries)
    .set({
      ...(reopened ? { status: 'open' as const, resolvedAt: null, resolvedById: null, resolutionNote: null } : {}),
      version: sql`${inquiries.version} + 1`,
      updatedAt: sql`now()`,
    })
    .where(eq(inquiries.id, target.id));
  if (reopened) {
    await tx.insert(inquiryMessages).values({ inquiryId: target.id, kind: 'note', body: 'Reopened: the resident replied by e-mail.' });
  }
  // "reopened" matches what reopenInquiry announces, so the inbox moves the row back to open.
  await appendEmailInboxEvent(tx, reopened ? 'reopened' : 'message_received', target.id);
  return { kind: 'joined', inquiryId: target.id, reference: target.reference, reopened, storedFiles: kept.length, droppedFiles: dropped.length };
}

function isUniqueViolation(error: unknown): boolean {
  const cause = (error as { cause?: { code?: string }; code?: string }) ?? {};
  return cause.code === '23505' || cause.cause?.code === '23505';
}

/** Finds a Message-ID already recorded: received before, or sent by the center itself and come back in a loop. */
async function findReceived(deps: CoreDeps, messageId: string | undefined): Promise<EmailIntakeResult | undefined> {
  if (!messageId) return undefined;
  const [row] = await deps.db
    .select({ inquiryId: emailMessageIds.inquiryId, reference: inquiries.reference })
    .from(emailMessageIds)
    .innerJoin(inquiries, eq(inquiries.id, emailMessageIds.inquiryId))
    .where(eq(emailMessageIds.messageId, messageId));
  return row ? { kind: 'duplicate', inquiryId: row.inquiryId, reference: row.reference } : undefined;
}

/**
 * Turns a raw inbound e-mail into a new inquiry, or appends it to the
 * inquiry it replies to. Both POST /inbound/email and the SMTP receiver
 * come through here. `envelopeFrom` is the SMTP MAIL FROM, when known.
 */
export async function receiveEmail(deps: CoreDeps, settings: EmailIntakeSettings, raw: Buffer, envelopeFrom?: string | false): Promise<EmailIntakeResult> {
  const mail = await parseEmail(raw, envelopeFrom);
  if (!mail.fromAddress && !mail.text && mail.attachments.length === 0) {
    return invalidField('body', 'not an e-mail message: it has no From header, no text and no attachments');
  }

  const duplicate = await findReceived(deps, mail.messageId);
  if (duplicate) return duplicate;

  const { kept, dropped } = applyAttachmentLimits(mail.attachments, settings);
  const senderValid = mail.fromAddress !== undefined && z.email().safeParse(mail.fromAddress).success;

  let result: EmailIntakeResult;
  try {
    const joined = await inTransaction(deps, async (tx) => {
      const target = await findThread(tx, mail);
      return target ? joinThread(tx, target, mail, kept, dropped) : undefined;
    });
    result = joined ?? (await createInquiry(deps, settings, mail, kept, dropped, senderValid));
  } catch (error) {
    // Two deliveries of one Message-ID at once: the primary key of email_message_ids rejects the second.
    const again = isUniqueViolation(error) ? await findReceived(deps, mail.messageId) : undefined;
    if (!again) throw error;
    result = again;
  }

  const logged = { from: maskEmail(mail.fromAddress), automatic: mail.automatic, dropped: dropped.length };
  if (result.kind === 'invalid_input') deps.log.warn({ ...logged, problem: result.message }, 'inbound e-mail rejected');
  else if (result.kind === 'joined') deps.log.info({ ...logged, inquiryId: result.inquiryId, reopened: result.reopened }, 'inbound e-mail joined its inquiry');
  else if (result.kind === 'duplicate') deps.log.info({ ...logged, inquiryId: result.inquiryId }, 'inbound e-mail already received');
  return result;
}

async function createInquiry(
  deps: CoreDeps,
  settings: EmailIntakeSettings,
  mail: ParsedEmail,
  kept: ParsedAttachment[],
  dropped: DroppedFile[],
  senderValid: boolean,
): Promise<EmailIntakeResult> {
  // A sender address the intake would reject is kept in the body instead, so the message still arrives.
  const senderNote = mail.fromAddress && !senderValid ? `\n\n[Sender address not recognised: ${mail.fromAddress.slice(0, 254)}]` : '';
  const subject = (mail.subject || '(no subject)').slice(0, SUBJECT_MAX);
  let acknowledged = false;

  const created = await receiveInquiry(
    deps,
    {
      channel: 'email',
      subject,
      body: messageBody(mail) + senderNote,
      contact: { name: mail.fromName?.slice(0, 200), email: senderValid ? mail.fromAddress : undefined },
      emailMessageId: mail.messageId?.slice(0, 998),
      // A mail server that retries after a time-out sends the same Message-ID again: it becomes no second inquiry.
      source: mail.messageId ? { system: 'email', id: mail.messageId.slice(0, 200) } : undefined,
      attachments: kept.map((file) => ({ filename: file.filename, contentType: file.contentType, content: new Uint8Array(file.content) })),
    },
    undefined,
    {
      afterCreate: async (tx, { inquiryId }) => {
        if (mail.messageId) await recordMessageId(tx, mail.messageId, inquiryId, 'in');
        if (dropped.length > 0) await tx.insert(inquiryMessages).values({ inquiryId, kind: 'note', body: droppedNote(dropped) });
        if (senderValid && !mail.automatic) acknowledged = await queueAcknowledgement(tx, settings, inquiryId, subject, mail.fromAddress!);
      },
    },
  );
  if (created.kind === 'invalid_input') return created;
  if (created.kind === 'duplicate') return created;
  return {
    kind: 'created',
    inquiryId: created.inquiry.id,
    reference: created.inquiry.reference,
    acknowledged,
    storedFiles: kept.length,
    droppedFiles: dropped.length,
  };
}

/**
 * Queues the "we received your message" e-mail, at most
 * `acknowledgementsPerHour` per address, and never to the center's own
 * address. Returns whether one was queued.
 */
async function queueAcknowledgement(tx: Transaction, settings: EmailIntakeSettings, inquiryId: number, subject: string, to: string): Promise<boolean> {
  if (settings.acknowledgementsPerHour === 0 || to.toLowerCase() === settings.mailFrom.toLowerCase()) return false;
  const limit = await consumeRateLimit(tx, { bucket: 'email_ack', limit: settings.acknowledgementsPerHour, windowSeconds: 3600 }, to);
  if (!limit.allowed) return false;

  const [inquiry] = await tx.select({ reference: inquiries.reference }).from(inquiries).where(eq(inquiries.id, inquiryId));
  await queueEmail(tx, {
    kind: 'acknowledgement',
    inquiryId,
    toAddress: to,
    subject: subjectWithReference(subject, inquiry.reference, 'Re:'),
    bodyText: [
      'We received your message and will answer it as soon as we can.',
      '',
      `Your reference is ${inquiry.reference}. Reply to this e-mail to add to your request.`,
      '',
      'This is an automatic message.',
    ].join('\n'),
    mailFrom: settings.mailFrom,
  });
  return true;
}
