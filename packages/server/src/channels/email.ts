import { simpleParser } from 'mailparser';
import { z } from 'zod';
import type { CoreDeps } from '../core/deps.js';
import { maskEmail } from '../logger.js';
import { receiveInquiry, SUBJECT_MAX, BODY_MAX, type IntakeResult } from '../inquiries/intake.js';
import { invalidField } from '../validation/result.js';

export type ParsedEmail = {
  fromAddress: string | undefined;
  fromName: string | undefined;
  subject: string;
  text: string;
  messageId: string | undefined;
  date: Date | undefined;
};

/** Parses a raw RFC 5322 message into what the intake needs; HTML-only mail yields its text. */
export async function parseEmail(raw: Buffer): Promise<ParsedEmail> {
  const mail = await simpleParser(raw, { skipImageLinks: true });
  const sender = mail.from?.value[0];
  const text = (mail.text ?? '').trim();
  return {
    fromAddress: sender?.address || undefined,
    fromName: sender?.name || undefined,
    subject: (mail.subject ?? '').trim() || '(no subject)',
    text,
    messageId: mail.messageId,
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : undefined,
  };
}

/**
 * Turns a raw inbound e-mail into an inquiry. Text beyond the intake's
 * limits is cut rather than rejected, so a long message is never lost as a
 * whole; the cut is marked in the body.
 */
export async function receiveEmail(deps: CoreDeps, raw: Buffer): Promise<IntakeResult> {
  const mail = await parseEmail(raw);
  if (!mail.fromAddress && !mail.text) {
    return invalidField('body', 'not an e-mail message: it has no From header and no text');
  }
  const truncated = mail.text.length > BODY_MAX;
  const body = truncated ? `${mail.text.slice(0, BODY_MAX - 100)}\n\n[Message shortened: it exceeded ${BODY_MAX} characters.]` : mail.text;

  // A sender address the intake would reject is kept in the body instead, so the message still arrives.
  const senderValid = mail.fromAddress !== undefined && z.email().safeParse(mail.fromAddress).success;
  const senderNote = mail.fromAddress && !senderValid ? `\n\n[Sender address not recognised: ${mail.fromAddress.slice(0, 254)}]` : '';

  const result = await receiveInquiry(deps, {
    channel: 'email',
    subject: mail.subject.slice(0, SUBJECT_MAX),
    body: body + senderNote,
    contact: { name: mail.fromName?.slice(0, 200), email: senderValid ? mail.fromAddress : undefined },
    emailMessageId: mail.messageId,
    // A mail server that retries after a time-out sends the same Message-ID again: it becomes no second inquiry.
    source: mail.messageId ? { system: 'email', id: mail.messageId.slice(0, 200) } : undefined,
  });
  if (result.kind === 'invalid_input') {
    deps.log.warn({ from: maskEmail(mail.fromAddress), problem: result.message }, 'inbound e-mail rejected');
  }
  return result;
}
