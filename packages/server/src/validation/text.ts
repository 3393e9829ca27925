import { z } from 'zod';

/**
 * Makes user text storable and safe to show: control characters go (PostgreSQL
 * text cannot hold NUL, and escape sequences garble screens), and a lone
 * UTF-16 surrogate (invalid UTF-8 once encoded) becomes U+FFFD instead of
 * failing the write.
 */
export function sanitizeText(value: string): string {
  return value.replace(CONTROL_CHARACTERS, '').toWellFormed();
}

/** C0 controls except tab, line feed and carriage return, and DEL: terminal escapes and NUL among them. */
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/** A trimmed, sanitised string of at most `max` characters; empty counts as missing. */
export function requiredText(field: string, max: number) {
  return z
    .string({ error: `${field} is required` })
    .transform((value) => sanitizeText(value).trim())
    .pipe(
      z
        .string()
        .min(1, `${field} is required and cannot be blank`)
        .max(max, `${field} must be at most ${max} characters`),
    );
}

/** Like requiredText, but null, undefined and blank become undefined. */
export function optionalText(field: string, max: number) {
  return z
    .string()
    .nullish()
    .transform((value) => (value == null ? undefined : sanitizeText(value).trim() || undefined))
    .pipe(z.string().max(max, `${field} must be at most ${max} characters`).optional());
}

export function optionalEmail(field: string) {
  return optionalText(field, 254).pipe(
    z.email({ error: `${field} must be an e-mail address such as name@example.org` }).optional(),
  );
}

/** Phone numbers as people type them: digits with spaces, dashes, dots, brackets, a leading + and an extension. */
export function optionalPhone(field: string) {
  return optionalText(field, 40).refine(
    (value) => value === undefined || /^\+?[0-9 ().\-]{3,30}((x|ext\.?)\s?[0-9]{1,6})?$/i.test(value),
    { message: `${field} must be a phone number such as 505-555-0142` },
  );
}
