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

export function createLogger(level: string): Logger {
  return pino({ level, redact: { paths: redactedPaths, censor: '[redacted]' } });
}

/** Shortens an e-mail address for logs: "maria.pena@example.org" becomes "m***@example.org". */
export function maskEmail(address: string | null | undefined): string | undefined {
  if (!address) return undefined;
  const at = address.lastIndexOf('@');
  if (at <= 0) return '***';
  return `${address[0]}***${address.slice(at)}`;
}
