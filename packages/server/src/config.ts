import { randomBytes } from 'node:crypto';
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
  MAX_EMAIL_BODY_KB: wholeNumber('MAX_EMAIL_BODY_KB', 1, 51_200).default(10_240),
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
  /** HMAC key for session tokens; a random one per process when unset, so sessions end on restart. */
  sessionSecret: string;
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
  maxEmailBodyBytes: number;
};

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
      const shown = received === undefined || /SECRET|TOKEN|PASSWORD|DATABASE_URL/.test(name) ? '' : ` (received "${received.slice(0, 80)}")`;
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
    maxEmailBodyBytes: values.MAX_EMAIL_BODY_KB * 1024,
  };
}
