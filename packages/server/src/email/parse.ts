import { convert } from 'html-to-text';
import { simpleParser, type AddressObject, type HeaderValue } from 'mailparser';

/** A file attached to a received e-mail. */
export type ParsedAttachment = { filename: string; contentType: string; content: Buffer };

export type ParsedEmail = {
  fromAddress: string | undefined;
  fromName: string | undefined;
  /** The decoded subject; empty when the message has none. */
  subject: string;
  /** The plain text, or text derived from the HTML part when there is no plain part; may be empty. */
  text: string;
  /** Message-IDs without angle brackets. */
  messageId: string | undefined;
  inReplyTo: string[];
  references: string[];
  date: Date | undefined;
  attachments: ParsedAttachment[];
  /** Reason the message counts as automatic (an out-of-office reply, a bounce, a mailing list), or undefined for a person's message. */
  automatic: string | undefined;
};

/** Strips the angle brackets and white space of one or more Message-IDs, as mailparser returns them. */
export function normalizeMessageIds(value: string | string[] | undefined): string[] {
  let values: string[] = [];
  if (Array.isArray(value)) values = value;
  else if (value) values = [value];
  const ids: string[] = [];
  for (const entry of values) {
    // A header may hold several ids separated by white space or commas.
    for (const match of entry.matchAll(/<([^<>\s]+)>|([^<>\s,]+)/g)) {
      const id = (match[1] ?? match[2]).trim();
      if (id && !ids.includes(id)) ids.push(id);
    }
  }
  return ids;
}

/** Converts an HTML body to plain text. Scripts, styles and images are dropped, so nothing of the markup reaches the inquiry. */
export function htmlToText(html: string): string {
  return convert(html, {
    wordwrap: false,
    selectors: [
      { selector: 'img', format: 'skip' },
      { selector: 'a', options: { hideLinkHrefIfSameAsText: true } },
    ],
  })
    // Non-breaking spaces from &nbsp; would make the text hard to search.
    .replace(/\u00a0/g, ' ')
    .trim();
}

function headerText(value: HeaderValue | undefined): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(String).join(' ');
  // Address headers (Return-Path) come as an object whose `text` is the header as written, without the brackets.
  if (typeof value === 'object' && 'text' in value && typeof value.text === 'string') return value.text;
  if (typeof value === 'object' && 'value' in value && typeof value.value === 'string') return value.value;
  return String(value);
}

/**
 * Decides whether a message was sent by a program rather than a person, by
 * the headers of RFC 3834 (Auto-Submitted), the de-facto Precedence values
 * bulk, junk, list and auto_reply, X-Autoreply and X-Autorespond, and an
 * empty return path (<>, used by bounces). Such mail is never acknowledged,
 * so two auto-responders cannot reply to each other forever.
 */
export function detectAutomatic(headers: Map<string, HeaderValue>, envelopeFrom?: string | false): string | undefined {
  const autoSubmitted = headerText(headers.get('auto-submitted'))?.trim().toLowerCase();
  if (autoSubmitted && !autoSubmitted.startsWith('no')) return `Auto-Submitted: ${autoSubmitted}`;

  const precedence = headerText(headers.get('precedence'))?.trim().toLowerCase();
  if (precedence && ['bulk', 'junk', 'list', 'auto_reply'].includes(precedence)) return `Precedence: ${precedence}`;

  if (headers.has('x-autoreply')) return 'X-Autoreply';
  if (headers.has('x-autorespond')) return 'X-Autorespond';

  const returnPath = headerText(headers.get('return-path'));
  if (returnPath !== undefined && /^\s*<?\s*>?\s*$/.test(returnPath)) return 'empty Return-Path';
  // SMTP gives the envelope sender as an empty string (false in smtp-server) for bounces.
  if (envelopeFrom === '' || envelopeFrom === false) return 'empty envelope sender';
  return undefined;
}

function firstSender(from: AddressObject | undefined): { address?: string; name?: string } {
  const entry = from?.value[0];
  // A group syntax puts the addresses one level down.
  const person = entry?.group?.[0] ?? entry;
  return { address: person?.address || undefined, name: person?.name || undefined };
}

/**
 * Parses a raw RFC 5322 message with mailparser, which decodes RFC 2047
 * encoded words, legacy charsets (ISO-8859-1, Windows-1252, ISO-2022-JP …)
 * and nested multiparts. HTML-only mail yields text converted from its HTML.
 * Inline images referenced from the HTML count as attachments too.
 */
export async function parseEmail(raw: Buffer, envelopeFrom?: string | false): Promise<ParsedEmail> {
  const mail = await simpleParser(raw, { skipImageLinks: true, skipHtmlToText: true, skipTextToHtml: true, skipTextLinks: true });
  const sender = firstSender(mail.from);

  let text = (mail.text ?? '').trim();
  if (!text && typeof mail.html === 'string') text = htmlToText(mail.html);

  const attachments = mail.attachments
    // A forwarded message or a delivery report arrives as a message/* part; it is kept as a file too.
    .filter((attachment) => attachment.content && attachment.content.length > 0)
    .map((attachment, index) => ({
      filename: (attachment.filename?.trim() || `attachment-${index + 1}${extensionFor(attachment.contentType)}`).slice(0, 255),
      contentType: (attachment.contentType || 'application/octet-stream').slice(0, 255),
      content: attachment.content,
    }));

  const [messageId] = normalizeMessageIds(mail.messageId);
  return {
    fromAddress: sender.address,
    fromName: sender.name,
    subject: (mail.subject ?? '').replace(/\s+/g, ' ').trim(),
    text,
    messageId,
    inReplyTo: normalizeMessageIds(mail.inReplyTo),
    references: normalizeMessageIds(mail.references),
    date: mail.date && !Number.isNaN(mail.date.getTime()) ? mail.date : undefined,
    attachments,
    automatic: detectAutomatic(mail.headers, envelopeFrom),
  };
}

function extensionFor(contentType: string | undefined): string {
  const known: Record<string, string> = {
    'message/rfc822': '.eml',
    'text/plain': '.txt',
    'text/html': '.html',
    'image/png': '.png',
    'image/jpeg': '.jpg',
    'application/pdf': '.pdf',
  };
  return known[contentType ?? ''] ?? '.bin';
}
