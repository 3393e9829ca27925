import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { fileTypeFromBuffer } from 'file-type';
import type { PublicFormConfig } from '../config.js';
import type { CoreDeps } from '../core/deps.js';
import { inquiries } from '../db/schema.js';
import { consumeRateLimit } from '../ratelimit/service.js';
import type { FieldError, InvalidInputResult } from '../validation/result.js';
import { sanitizeText } from '../validation/text.js';
import { clientRateLimitKey } from './client-key.js';
import { checkWebForm, submitWebInquiry, type WebFormEntry } from './intake.js';

/**
 * The public question form's guards around intake: the photo's type and
 * size, the honeypot field, and a per-client-address rate limit. Every
 * accepted question gets a private status link.
 */

/** Image types the form accepts, each with the name shown in errors. */
export const PHOTO_TYPES: Record<string, string> = {
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WebP',
  'image/heic': 'HEIC',
};

/** Fixed window of the public form's and the status page's rate limits. */
export const PUBLIC_RATE_WINDOW_SECONDS = 10 * 60;

/** The limits used when the configuration is not passed in (the defaults of config.ts). */
export const DEFAULT_PUBLIC_FORM_LIMITS: PublicFormConfig = {
  maxPhotoBytes: 5 * 1024 * 1024,
  submissionsPerWindow: 5,
  statusLookupsPerWindow: 60,
  selfCheckInsPerWindow: 20,
};

export type PhotoUpload = { filename: string; contentType: string; dataBase64: string };

export type WebFormSubmission = Omit<WebFormEntry, 'attachments' | 'statusLink'> & {
  photo?: PhotoUpload | null;
  /** The hidden field people leave empty. Any text in it marks the submission as spam. */
  honeypot?: string | null;
};

/** Too many requests from one client address in the current window. */
export type RateLimitedResult = { kind: 'rate_limited'; message: string; retryAfterSeconds: number };

export type WebFormResult =
  /** The resident sees statusToken once, because only its HMAC is stored. */
  | { kind: 'received'; reference: string; receivedAt: Date; statusToken: string }
  | RateLimitedResult
  | InvalidInputResult;

export type WebFormRequest = { clientAddress: string | undefined; limits?: PublicFormConfig };

/**
 * Checks and records a question from the public form. Invalid fields are
 * reported together and count nothing against the rate limit. A filled
 * honeypot gets a success response, with a made-up reference and token,
 * but nothing is stored.
 */
export async function receiveWebForm(deps: CoreDeps, submission: WebFormSubmission, request: WebFormRequest): Promise<WebFormResult> {
  const limits = request.limits ?? DEFAULT_PUBLIC_FORM_LIMITS;
  const { photo, honeypot, ...entry } = submission;

  const photoCheck = await checkPhoto(photo, limits.maxPhotoBytes);
  const fieldErrors = [...(checkWebForm(entry)?.fields ?? []), ...photoCheck.errors];
  if (fieldErrors.length > 0) return invalidFields(fieldErrors);

  const rate = await consumeRateLimit(
    deps.db,
    { bucket: 'web_form', limit: limits.submissionsPerWindow, windowSeconds: PUBLIC_RATE_WINDOW_SECONDS },
    clientRateLimitKey(request.clientAddress),
  );
  if (!rate.allowed) {
    deps.log.info({ hits: rate.hits, retryAfterSeconds: rate.retryAfterSeconds }, 'public form submission rejected by the rate limit');
    return {
      kind: 'rate_limited',
      message: `Too many questions from this address: at most ${limits.submissionsPerWindow} every ${PUBLIC_RATE_WINDOW_SECONDS / 60} minutes. Try again in ${describeWait(rate.retryAfterSeconds)}.`,
      retryAfterSeconds: rate.retryAfterSeconds,
    };
  }

  if (honeypot && honeypot.trim() !== '') {
    // Only the fact and the sizes are logged: the text may be anyone's personal data.
    deps.log.warn({ honeypotLength: honeypot.length, hasPhoto: photoCheck.file !== undefined }, 'public form submission rejected as spam: honeypot filled');
    return { kind: 'received', reference: await plausibleReference(deps), receivedAt: new Date(), statusToken: randomBytes(18).toString('base64url') };
  }

  const result = await submitWebInquiry(deps, { ...entry, attachments: photoCheck.file ? [photoCheck.file] : undefined, statusLink: true });
  if (result.kind === 'invalid_input') return result;
  if (result.kind !== 'created' || !result.statusToken) throw new Error('web intake returned no new inquiry with a status token');
  return { kind: 'received', reference: result.inquiry.reference, receivedAt: result.inquiry.createdAt, statusToken: result.statusToken };
}

type PhotoCheck = { file?: { filename: string; contentType: string; content: Uint8Array<ArrayBuffer> }; errors: FieldError[] };

/**
 * Decodes and checks the photo: an accepted content type, base64 data, at
 * most `maxBytes`, and magic bytes (read by the file-type package) that match
 * the declared type. HEIC files whose major brand is the generic HEIF one
 * (mif1, msf1) are detected as image/heif and accepted as HEIC.
 */
export async function checkPhoto(photo: PhotoUpload | null | undefined, maxBytes: number): Promise<PhotoCheck> {
  if (!photo) return { errors: [] };
  const errors: FieldError[] = [];

  const filename = sanitizeText(photo.filename ?? '')
    .split(/[\\/]/)
    .pop()!
    .trim();
  if (filename === '') errors.push({ field: 'input.photo.filename', message: 'photo filename is required' });
  else if (filename.length > 255) errors.push({ field: 'input.photo.filename', message: 'photo filename must be at most 255 characters' });

  const contentType = (photo.contentType ?? '').trim().toLowerCase();
  const typeName = PHOTO_TYPES[contentType];
  if (typeName === undefined) {
    errors.push({
      field: 'input.photo.contentType',
      message: `photo must be a JPEG, PNG, WebP or HEIC image (image/jpeg, image/png, image/webp or image/heic), not "${contentType.slice(0, 60)}"`,
    });
  }

  const data = (photo.dataBase64 ?? '').replace(/\s+/g, '');
  if (data === '') {
    errors.push({ field: 'input.photo.dataBase64', message: 'photo is empty' });
    return { errors };
  }
  if (data.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(data)) {
    errors.push({ field: 'input.photo.dataBase64', message: 'photo data must be base64 (RFC 4648, with padding)' });
    return { errors };
  }
  const decodedBytes = (data.length / 4) * 3 - (data.endsWith('==') ? 2 : data.endsWith('=') ? 1 : 0);
  if (decodedBytes > maxBytes) {
    errors.push({ field: 'input.photo', message: `photo must be at most ${formatSize(maxBytes)} (this one is ${formatSize(decodedBytes)})` });
    return { errors };
  }

  const content = new Uint8Array(Buffer.from(data, 'base64'));
  if (typeName !== undefined) {
    const detected = await fileTypeFromBuffer(content);
    const detectedMime = detected?.mime === 'image/heif' ? 'image/heic' : detected?.mime;
    if (detectedMime !== contentType) {
      const found = detected ? `its content is ${detected.mime}` : 'its content is not a recognised image';
      errors.push({ field: 'input.photo', message: `photo is declared as ${contentType}, but ${found}; send a JPEG, PNG, WebP or HEIC image` });
    }
  }

  if (errors.length > 0) return { errors };
  return { file: { filename, contentType, content }, errors };
}

function invalidFields(fields: FieldError[]): InvalidInputResult {
  const summary = fields.map((entry) => `${entry.field}: ${entry.message}`).join('; ');
  return { kind: 'invalid_input', message: `Invalid input: ${summary}`, fields };
}

/** Formats a size in MB (1 MB = 1,048,576 bytes) with at most one decimal, in whole KB below 1 MB, in bytes below 1 KB. */
function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${Math.ceil(bytes / 1024)} KB`;
  const megabytes = bytes / (1024 * 1024);
  return `${Number.isInteger(megabytes) ? megabytes : megabytes.toFixed(1)} MB`;
}

function describeWait(seconds: number): string {
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return minutes === 1 ? '1 minute' : `${minutes} minutes`;
}

/** Returns the reference the next inquiry would get, so a spam receipt looks like a real one. */
async function plausibleReference(deps: CoreDeps): Promise<string> {
  const [row] = await deps.db.select({ next: sql<string>`coalesce(max(${inquiries.id}), 0) + 1` }).from(inquiries);
  const next = Number(row.next);
  return `Q-${next < 1_000_000 ? String(next).padStart(6, '0') : next}`;
}
