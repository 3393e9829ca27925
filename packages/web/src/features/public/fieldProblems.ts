import { t } from './i18n';
import { formatMegabytes, photoMaxBytes } from './photo';

/** A field error kept in a language-neutral form, so a language switch re-translates it. */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'email' }
  | { code: 'phone' }
  | { code: 'photoType' }
  | { code: 'photoTooLarge' }
  | { code: 'photoContent' }
  | { code: 'photoUnreadable' }
  | { code: 'coordinates' }
  | { code: 'server'; message: string };

/**
 * Recognises the server's generic validation messages (such as "subject is
 * required and cannot be blank" or "email must be an e-mail address such as
 * name@example.org") so they can be shown in the visitor's language. Any
 * other message is kept as the server wrote it, in English.
 */
export function classifyServerMessage(message: string): FieldProblem {
  if (/\bis required\b|\bcannot be blank\b/i.test(message)) return { code: 'required' };
  const tooLong = /\bat most (\d+) characters\b/i.exec(message);
  if (tooLong !== null) return { code: 'tooLong', max: Number(tooLong[1]) };
  if (/\be-?mail address\b/i.test(message)) return { code: 'email' };
  if (/\bphone number\b/i.test(message)) return { code: 'phone' };
  if (/^photo must be at most\b/i.test(message)) return { code: 'photoTooLarge' };
  if (/^photo must be a JPEG\b/i.test(message)) return { code: 'photoType' };
  if (/^photo is declared as\b/i.test(message)) return { code: 'photoContent' };
  if (/^photo (data must be base64|is empty)\b/i.test(message)) return { code: 'photoUnreadable' };
  if (/\b(latitude|longitude)\b/i.test(message)) return { code: 'coordinates' };
  return { code: 'server', message };
}

export function describeProblem(problem: FieldProblem | undefined): string | undefined {
  if (problem === undefined) return undefined;
  switch (problem.code) {
    case 'required':
      return t('errors.required');
    case 'tooLong':
      return t('errors.tooLong', { max: problem.max });
    case 'email':
      return t('errors.email');
    case 'phone':
      return t('errors.phone');
    case 'photoType':
      return t('errors.photoType');
    case 'photoTooLarge':
      return t('errors.photoTooLarge', { max: formatMegabytes(photoMaxBytes()) });
    case 'photoContent':
      return t('errors.photoContent');
    case 'photoUnreadable':
      return t('errors.photoUnreadable');
    case 'coordinates':
      return t('errors.coordinates');
    case 'server':
      return problem.message;
  }
}
