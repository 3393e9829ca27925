import type { z } from 'zod';

export type FieldError = { field: string; message: string };

export type InvalidInputResult = { kind: 'invalid_input'; message: string; fields: FieldError[] };

/** Turns zod issues into per-field messages, with the field path prefixed by `root` (for example "input"). */
export function toInvalidInput(error: z.ZodError, root?: string): InvalidInputResult {
  const fields = error.issues.map((issue) => {
    const field = [root, ...issue.path.map(String)].filter(Boolean).join('.');
    return { field, message: issue.message };
  });
  const summary = fields.map((entry) => `${entry.field}: ${entry.message}`).join('; ');
  return { kind: 'invalid_input', message: `Invalid input: ${summary}`, fields };
}

export function invalidField(field: string, message: string): InvalidInputResult {
  return { kind: 'invalid_input', message: `Invalid input: ${field}: ${message}`, fields: [{ field, message }] };
}
