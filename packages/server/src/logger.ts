import pino, { type Logger } from 'pino';

/**
 * Paths redacted from every log line: secrets and residents' personal data.
 * Code should not log these fields at all; redaction is the safety net.
 */
const redactedPaths = [
  'password',
  '*.password',
  'token',
  '*.token',
  'cookie',
  '*.cookie',
  'req.headers.cookie',
  'req.headers.authorization',
  '*.email',
  '*.phone',
  '*.address',
  '*.contactName',
  'contact',
  '*.contact',
];

/** Error properties in which database drivers keep a query's bound values. */
const PARAMETER_KEYS = ['params', 'parameters', 'args'];

/** Removes the "params: …" line that drizzle appends to a failed query's message. */
function withoutParameterLine(text: unknown): unknown {
  return typeof text === 'string' ? text.replace(/\nparams: [^\n]*/g, '\nparams: [redacted]') : text;
}

/**
 * Serialises an error like pino's standard serializer, minus the bound values
 * of a failed query: they can be a resident's name, e-mail or address.
 */
export function serializeError(error: unknown, depth = 0): unknown {
  if (!(error instanceof Error)) return error;
  const copy: Record<string, unknown> = { ...pino.stdSerializers.err(error) };
  for (const key of PARAMETER_KEYS) if (key in copy) copy[key] = '[redacted]';
  copy.message = withoutParameterLine(copy.message);
  copy.stack = withoutParameterLine(copy.stack);
  // The driver's own error (with the SQLSTATE code) is the cause of drizzle's; keep it, stripped too.
  if (error.cause instanceof Error && depth < 4) copy.cause = serializeError(error.cause, depth + 1);
  return copy;
}

/** Creates the pino logger. Lines go to `destination`, by default stdout. */
export function createLogger(level: string, destination?: pino.DestinationStream): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' }, serializers: { err: serializeError } }, destination);
}

/** Shortens an e-mail address for logs: "maria.pena@example.org" becomes "m***@example.org". */
export function maskEmail(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}
