import { randomBytes } from 'node:crypto';
import { isIP } from 'node:net';
import path from 'node:path';
import { z } from 'zod';

/**
 * The only reader of process.env. `loadConfig` parses the environment once at
 * start-up and reports every invalid variable together, so an operator fixes
 * them in one pass.
 */

const logLevels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

const optionalText = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

function wholeNumber(name: string, min: number, max: number) {
  const range = `${name} must be a whole number from ${min} to ${max}`;
  return z.coerce.number({ error: range }).int(range).min(min, range).max(max, range);
}

const envSchema = z.object({
  PORT: z.coerce
    .number({ error: 'PORT must be a number' })
    .int('PORT must be an integer')
    .min(0, 'PORT must be between 0 and 65535')
    .max(65535, 'PORT must be between 0 and 65535')
    .default(4000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATABASE_URL: optionalText.pipe(
    z
      .string()
      .regex(/^postgres(ql)?:\/\//, 'DATABASE_URL must start with postgres:// or postgresql://')
      .optional(),
  ),
  DATA_DIR: z.string().min(1).default('./data'),
  CENTER_TZ: z
    .string()
    .default('America/Denver')
    .refine(isTimeZone, { message: 'CENTER_TZ must be an IANA time zone such as America/Denver' }),
  LOG_LEVEL: z.enum(logLevels, { error: `LOG_LEVEL must be one of ${logLevels.join(', ')}` }).default('info'),
  SESSION_SECRET: optionalText.pipe(
    z.string().min(32, 'SESSION_SECRET must be at least 32 characters').optional(),
  ),
  SESSION_TTL_HOURS: wholeNumber('SESSION_TTL_HOURS', 1, 24 * 90).default(12),
  COOKIE_SECURE: z
    .enum(['true', 'false'], { error: 'COOKIE_SECURE must be true or false' })
    .default('false')
    .transform((value) => value === 'true'),
  DEMO_PASSWORD: optionalText.pipe(
    z.string().min(10, 'DEMO_PASSWORD must be at least 10 characters').optional(),
  ),
  DEMO_IMPORT_DIR: z.string().default('../shared/data'),
  INBOUND_EMAIL_TOKEN: optionalText.pipe(
    z.string().min(16, 'INBOUND_EMAIL_TOKEN must be at least 16 characters').optional(),
  ),
  TELEPHONY_TOKEN: optionalText.pipe(
    z.string().min(16, 'TELEPHONY_TOKEN must be at least 16 characters').optional(),
  ),
  PUBLIC_URL: optionalText.pipe(
    z
      .url({ protocol: /^https?$/, error: 'PUBLIC_URL must be an http:// or https:// address such as https://desk.county.example' })
      .transform((value) => value.replace(/\/+$/, ''))
      .optional(),
  ),
  WEB_DIST: optionalText,
  MAX_JSON_BODY_KB: wholeNumber('MAX_JSON_BODY_KB', 1, 10_240).default(256),
  WEB_FORM_MAX_PHOTO_KB: wholeNumber('WEB_FORM_MAX_PHOTO_KB', 1, 20_480).default(5_120),
  WEB_FORM_RATE_LIMIT: wholeNumber('WEB_FORM_RATE_LIMIT', 1, 10_000).default(5),
  STATUS_LOOKUP_RATE_LIMIT: wholeNumber('STATUS_LOOKUP_RATE_LIMIT', 1, 100_000).default(60),
  SELF_CHECK_IN_RATE_LIMIT: wholeNumber('SELF_CHECK_IN_RATE_LIMIT', 1, 100_000).default(20),
  TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((value, context) => parseTrustProxy(value, context)),
  MAX_EMAIL_BODY_KB: wholeNumber('MAX_EMAIL_BODY_KB', 1, 102_400).default(40_960),
  EMAIL_MAX_FILE_KB: wholeNumber('EMAIL_MAX_FILE_KB', 1, 102_400).default(10_240),
  EMAIL_MAX_FILES_KB: wholeNumber('EMAIL_MAX_FILES_KB', 1, 102_400).default(25_600),
  EMAIL_ACKS_PER_HOUR: wholeNumber('EMAIL_ACKS_PER_HOUR', 0, 1000).default(3),
  SMTP_PORT: z.preprocess((value) => (typeof value === 'string' && value.trim() === '' ? undefined : value), wholeNumber('SMTP_PORT', 0, 65535).optional()),
  SMTP_HOST: z.string().min(1).default('127.0.0.1'),
  SMTP_RELAY_URL: optionalText.pipe(
    z
      .url({ protocol: /^smtps?$/, error: 'SMTP_RELAY_URL must be an smtp:// or smtps:// address such as smtp://user:password@mail.county.example:587' })
      .optional(),
  ),
  MAIL_FROM: optionalText.pipe(z.email({ error: 'MAIL_FROM must be an e-mail address such as 311@county.example' }).optional()),
  OUTBOX_MAX_ATTEMPTS: wholeNumber('OUTBOX_MAX_ATTEMPTS', 1, 50).default(5),
  OPEN311_JURISDICTION_ID: optionalText.pipe(z.string().max(100, 'OPEN311_JURISDICTION_ID must be at most 100 characters').optional()),
  OPEN311_POSTS_PER_HOUR: wholeNumber('OPEN311_POSTS_PER_HOUR', 1, 1_000_000).default(300),
  REQUESTS_PER_MINUTE: wholeNumber('REQUESTS_PER_MINUTE', 0, 10_000_000).default(1200),
  ALLOWED_ORIGINS: z
    .string()
    .default('')
    .transform((value) => value.split(',').map((origin) => origin.trim()).filter(Boolean))
    .pipe(z.array(z.url({ error: 'ALLOWED_ORIGINS must be a comma-separated list of origins such as http://localhost:5173' }))),
  /** Set by pnpm to the folder the command was typed in; relative paths are resolved against it. */
  INIT_CWD: optionalText,
});

export type Config = {
  port: number;
  host: string;
  databaseUrl: string | undefined;
  dataDir: string;
  centerTimeZone: string;
  logLevel: (typeof logLevels)[number];
  /** HMAC key for session tokens, status links and API keys, from SESSION_SECRET. */
  sessionSecret: string;
  /** True when SESSION_SECRET is unset: the server then uses a key generated once and stored in the database (auth/secret.ts). */
  sessionSecretIsEphemeral: boolean;
  sessionTtlHours: number;
  cookieSecure: boolean;
  demoPassword: string | undefined;
  demoImportDir: string;
  inboundEmailToken: string | undefined;
  /** Bearer token the phone system sends to POST /telephony/ring-order. Unset turns the endpoint off. */
  telephonyToken: string | undefined;
  /** The address users reach the server at, for absolute links such as calendar feeds. Unset means the request's host. */
  publicUrl: string | undefined;
  webDist: string;
  /** Browser origins besides the server's own allowed to open the WebSocket (a Vite dev server, say). */
  allowedOrigins: string[];
  /** The folder relative paths are resolved against: where the user typed the command. */
  workingDir: string;
  maxJsonBodyBytes: number;
  /** HTTP requests one client address may send per minute, in each process; 0 turns the limit off. */
  requestsPerMinute: number;
  open311: Open311Config;
  publicForm: PublicFormConfig;
  /** Express's `trust proxy` setting: whose X-Forwarded-For is believed when taking the client address. */
  trustProxy: TrustProxy;
  maxEmailBodyBytes: number;
  email: EmailConfig;
};

/** Settings of the Open311 GeoReport v2 endpoints. */
export type Open311Config = {
  /** The jurisdiction_id clients may send; undefined accepts any. */
  jurisdictionId: string | undefined;
  /** Service requests one API key may post per hour. */
  postsPerHour: number;
};

/** Inbound and outbound e-mail settings. */
export type EmailConfig = {
  /** Largest attachment kept; larger ones are dropped with a note. */
  maxFileBytes: number;
  /** Largest total of the attachments of one message; files beyond it are dropped with a note. */
  maxFilesBytes: number;
  /** Acknowledgements sent to one address per hour; 0 turns them off. */
  acknowledgementsPerHour: number;
  /** Port of the built-in SMTP receiver (0 picks a free one); undefined turns it off. */
  smtpPort: number | undefined;
  smtpHost: string;
  /** The relay outbound mail goes through; undefined keeps it queued in the outbox. */
  relayUrl: string | undefined;
  /** The From address of outbound mail. */
  mailFrom: string;
  /** Sending attempts before an e-mail is marked failed. */
  outboxMaxAttempts: number;
};

/** Limits of the public question form and the resident's status page. */
export type PublicFormConfig = {
  /** Largest photo attached to a question, in bytes before base64 encoding. */
  maxPhotoBytes: number;
  /** Submissions allowed per client address in each 10-minute window. */
  submissionsPerWindow: number;
  /** Status-page lookups allowed per client address in each 10-minute window. */
  statusLookupsPerWindow: number;
  /** Walk-in self check-ins allowed per client address in each 10-minute window; one lobby tablet checks in many visitors. */
  selfCheckInsPerWindow: number;
};

/** Off, on (trust every proxy), a hop count, or proxy addresses, subnets and Express's names loopback, linklocal, uniquelocal. */
export type TrustProxy = boolean | number | string[];

const trustProxyNames = new Set(['loopback', 'linklocal', 'uniquelocal']);

/** Parses TRUST_PROXY into a value Express's `trust proxy` setting accepts. */
function parseTrustProxy(value: string, context: z.RefinementCtx): TrustProxy {
  if (value === '' || value === 'false') return false;
  if (value === 'true') return true;
  if (/^[0-9]{1,2}$/.test(value)) return Number(value);
  const entries = value
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  const invalid = entries.find((entry) => !trustProxyNames.has(entry) && !isAddressOrSubnet(entry));
  if (invalid !== undefined) {
    context.addIssue({
      code: 'custom',
      message: `TRUST_PROXY must be true, false, a hop count, or comma-separated addresses, subnets or loopback, linklocal, uniquelocal; "${invalid.slice(0, 80)}" is none of these`,
    });
  }
  return entries;
}

function isAddressOrSubnet(entry: string): boolean {
  const [address, prefix, extra] = entry.split('/');
  const version = isIP(address);
  if (extra !== undefined || version === 0) return false;
  if (prefix === undefined) return true;
  return /^[0-9]{1,3}$/.test(prefix) && Number(prefix) <= (version === 4 ? 32 : 128);
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
    this.name = 'ConfigError';
  }
}

/** Parses `env` (process.env by default); throws ConfigError listing every problem. */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? '');
      const message = issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
      const received = env[name];
      // Secrets are never echoed back.
      const shown = received === undefined || /SECRET|TOKEN|PASSWORD|DATABASE_URL|SMTP_RELAY_URL/.test(name) ? '' : ` (received "${received.slice(0, 80)}")`;
      return `${message}${shown}`;
    });
    throw new ConfigError(problems);
  }

  const values = parsed.data;
  // `pnpm start` runs in packages/server, but ./data should mean the folder the user was in.
  const workingDir = values.INIT_CWD ?? process.cwd();
  const webDist = values.WEB_DIST ? path.resolve(workingDir, values.WEB_DIST) : path.resolve(import.meta.dirname, '../../web/dist');
  return {
    port: values.PORT,
    host: values.HOST,
    databaseUrl: values.DATABASE_URL,
    dataDir: path.resolve(workingDir, values.DATA_DIR),
    centerTimeZone: values.CENTER_TZ,
    logLevel: values.LOG_LEVEL,
    sessionSecret: values.SESSION_SECRET ?? randomBytes(32).toString('hex'),
    sessionSecretIsEphemeral: values.SESSION_SECRET === undefined,
    sessionTtlHours: values.SESSION_TTL_HOURS,
    cookieSecure: values.COOKIE_SECURE,
    demoPassword: values.DEMO_PASSWORD,
    demoImportDir: path.resolve(workingDir, values.DEMO_IMPORT_DIR),
    inboundEmailToken: values.INBOUND_EMAIL_TOKEN,
    telephonyToken: values.TELEPHONY_TOKEN,
    publicUrl: values.PUBLIC_URL,
    webDist,
    allowedOrigins: values.ALLOWED_ORIGINS,
    workingDir,
    maxJsonBodyBytes: values.MAX_JSON_BODY_KB * 1024,
    requestsPerMinute: values.REQUESTS_PER_MINUTE,
    open311: { jurisdictionId: values.OPEN311_JURISDICTION_ID, postsPerHour: values.OPEN311_POSTS_PER_HOUR },
    publicForm: {
      maxPhotoBytes: values.WEB_FORM_MAX_PHOTO_KB * 1024,
      submissionsPerWindow: values.WEB_FORM_RATE_LIMIT,
      statusLookupsPerWindow: values.STATUS_LOOKUP_RATE_LIMIT,
      selfCheckInsPerWindow: values.SELF_CHECK_IN_RATE_LIMIT,
    },
    trustProxy: values.TRUST_PROXY,
    maxEmailBodyBytes: values.MAX_EMAIL_BODY_KB * 1024,
    email: {
      maxFileBytes: values.EMAIL_MAX_FILE_KB * 1024,
      maxFilesBytes: values.EMAIL_MAX_FILES_KB * 1024,
      acknowledgementsPerHour: values.EMAIL_ACKS_PER_HOUR,
      smtpPort: values.SMTP_PORT,
      smtpHost: values.SMTP_HOST,
      relayUrl: values.SMTP_RELAY_URL,
      mailFrom: values.MAIL_FROM ?? 'civic-desk@localhost',
      outboxMaxAttempts: values.OUTBOX_MAX_ATTEMPTS,
    },
  };
}
