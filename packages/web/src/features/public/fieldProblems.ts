import { t } from './i18n';

/** A field error kept in a language-neutral form, so a language switch re-translates it. */
export type FieldProblem =
  | { code: 'required' }
  | { code: 'tooLong'; max: number }
  | { code: 'email' }
  | { code: 'phone' }
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
    case 'server':
      return problem.message;
  }
}
