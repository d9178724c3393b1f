import { resolve } from 'node:path';
import type { DatabaseConfig } from '@irr/db';
import { DEFAULT_RATE_LIMITS, type RateLimit, type RateLimits } from '@irr/api';
import { z } from 'zod';

const LOG_LEVELS = ['debug', 'info', 'warn', 'error', 'silent'] as const;
export type LogLevel = (typeof LOG_LEVELS)[number];

export interface Config {
  port: number;
  host: string;
  /** PostgreSQL when DATABASE_URL is set (migrated as IRR_MIGRATION_DATABASE_URL), else PGlite in IRR_DATA_DIR. */
  database: DatabaseConfig;
  /** The origin browsers use (`https://register.example.org`), or null to trust only each request's own host. */
  publicOrigin: string | null;
  /** Cookies get Secure and responses get HSTS only when the public origin is https. */
  secure: boolean;
  logLevel: LogLevel;
  /**
   * Reverse proxies in front (0: none): with one or more, X-Forwarded-Proto/-Host are believed and
   * the client is the right-most X-Forwarded-For address that none of them added.
   */
  trustProxy: number;
  /** Requests per client address that sign-in, search and open data allow. */
  rateLimits: RateLimits;
  /** Megabytes of public replies held until the data changes; 0 computes every public read. */
  publicCacheMb: number;
  mail: MailConfig;
}

/** Where mail goes: SMTP when IRR_SMTP_URL is set, else files in the data folder's outbox. */
export interface MailConfig {
  /** `smtp://user:pass@host:587` or `smtps://...`; a secret (its password): never logged. */
  smtpUrl: string | null;
  /** The From address, e.g. `Register <register@pcc.example.org>`. */
  from: string;
  outboxDir: string;
  /** How long a process holds the mail it claimed; after a crash, its unsent mail waits this long. */
  claimSeconds: number;
  /** How often each server process looks for due mail (every process may: the jobs table shares the work). */
  everySeconds: number;
}

interface ConfigProblem {
  variable: string;
  message: string;
}

export type ConfigResult =
  { ok: true; config: Config } | { ok: false; problems: ConfigProblem[]; message: string };

/** `N/SECONDS`, e.g. `20/60`: N requests per SECONDS-second window. */
const rateLimit = (fallback: RateLimit) =>
  z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^\d{1,6}\/\d{1,5}$/, 'must be requests/seconds, e.g. 20/60')
      .transform((v): RateLimit => {
        const [limit, windowSeconds] = v.split('/').map(Number) as [number, number];
        return { limit, windowSeconds };
      })
      .refine((l) => l.windowSeconds > 0, 'must have a window of at least 1 second')
      .default(fallback),
  );

const blankAsUnset = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

const Env = z.object({
  IRR_PORT: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number')
      .transform(Number)
      .pipe(z.number().int().min(0, 'must be 0 to 65535').max(65535, 'must be 0 to 65535'))
      .default(3000),
  ),
  IRR_HOST: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^[\w.:[\]-]+$/, 'must be a host name or IP address')
      .default('127.0.0.1'),
  ),
  IRR_DATA_DIR: z.preprocess(blankAsUnset, z.string().default('./data')),
  DATABASE_URL: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
  ),
  IRR_MIGRATION_DATABASE_URL: z.preprocess(
    blankAsUnset,
    z
      .url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' })
      .optional(),
  ),
  IRR_PUBLIC_ORIGIN: z.preprocess(
    blankAsUnset,
    z
      .string()
      .refine(
        isOrigin,
        'must be an origin such as https://register.example.org (scheme and host, no path)',
      )
      .transform((v) => new URL(v).origin)
      .optional(),
  ),
  IRR_LOG_LEVEL: z.preprocess(
    (v) => (typeof v === 'string' ? blankAsUnset(v.toLowerCase()) : v),
    z.enum(LOG_LEVELS, { error: `must be one of ${LOG_LEVELS.join(', ')}` }).default('info'),
  ),
  IRR_PUBLIC_CACHE_MB: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of megabytes (0 turns the cache off)')
      .transform(Number)
      .pipe(z.number().int().max(4096, 'must be at most 4096'))
      .default(64),
  ),
  IRR_TRUST_PROXY: z.preprocess(
    (v) => (typeof v === 'string' ? blankAsUnset(v.toLowerCase()) : v),
    z
      .string()
      .regex(/^(true|false|yes|no|\d)$/, 'must be false, true or a number of proxies (0 to 9)')
      .transform((v) =>
        v === 'true' || v === 'yes' ? 1 : v === 'false' || v === 'no' ? 0 : Number(v),
      )
      .default(0),
  ),
  IRR_SMTP_URL: z.preprocess(
    blankAsUnset,
    z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
  ),
  IRR_MAIL_FROM: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(
        /^([^<>@\n]*<[^<>@\s]+@[^<>@\s]+>|[^<>@\s]+@[^<>@\s]+)$/,
        'must be an address, e.g. register@pcc.example.org or Register <register@pcc.example.org>',
      )
      .default('Inspection Response Register <register@localhost>'),
  ),
  IRR_MAIL_CLAIM_SECONDS: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of seconds')
      .transform(Number)
      .pipe(
        z.number().int().min(1, 'must be at least 1').max(86_400, 'must be at most 86400 (a day)'),
      )
      .default(300),
  ),
  IRR_NOTIFY_EVERY_SECONDS: z.preprocess(
    blankAsUnset,
    z
      .string()
      .regex(/^\d+$/, 'must be a whole number of seconds')
      .transform(Number)
      .pipe(
        z.number().int().min(1, 'must be at least 1').max(86_400, 'must be at most 86400 (a day)'),
      )
      .default(60),
  ),
  IRR_RATE_LIMIT_SIGN_IN: rateLimit(DEFAULT_RATE_LIMITS['sign-in']),
  IRR_RATE_LIMIT_SEARCH: rateLimit(DEFAULT_RATE_LIMITS.search),
  IRR_RATE_LIMIT_OPEN_DATA: rateLimit(DEFAULT_RATE_LIMITS['open-data']),
  IRR_RATE_LIMIT_ALERTS: rateLimit(DEFAULT_RATE_LIMITS.alerts),
});

/** The owner migrates and grants the application role DATABASE_URL names, so it must name one. */
function roleProblems(e: z.infer<typeof Env>): ConfigProblem[] {
  if (!e.IRR_MIGRATION_DATABASE_URL) return [];
  if (!e.DATABASE_URL)
    return [
      {
        variable: 'IRR_MIGRATION_DATABASE_URL',
        message: "needs DATABASE_URL too (the server's own role)",
      },
    ];
  if (!new URL(e.DATABASE_URL).username)
    return [
      {
        variable: 'DATABASE_URL',
        message:
          'must name its role (postgres://ROLE@host/database) when IRR_MIGRATION_DATABASE_URL is set',
      },
    ];
  return [];
}

function isOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    const bare =
      (url.pathname === '/' || url.pathname === '') &&
      !url.search &&
      !url.hash &&
      !url.username &&
      !url.password;
    return (url.protocol === 'http:' || url.protocol === 'https:') && bare;
  } catch {
    return false;
  }
}

/** Configuration from the environment. Every bad variable is reported by name, not just the first. */
export function loadConfig(
  env: Readonly<Record<string, string | undefined>>,
  cwd: string = process.cwd(),
): ConfigResult {
  const parsed = Env.safeParse(env);
  const problems = parsed.success
    ? roleProblems(parsed.data)
    : parsed.error.issues.map((issue) => ({
        variable: String(issue.path[0] ?? 'environment'),
        message: issue.message,
      }));
  if (!parsed.success || problems.length > 0) {
    const message = [
      'The server configuration is not valid:',
      ...problems.map((p) => `  ${p.variable} ${p.message}`),
    ].join('\n');
    return { ok: false, problems, message };
  }
  const e = parsed.data;
  const database: DatabaseConfig = e.DATABASE_URL
    ? {
        kind: 'postgres',
        url: e.DATABASE_URL,
        ...(e.IRR_MIGRATION_DATABASE_URL && { migrationUrl: e.IRR_MIGRATION_DATABASE_URL }),
      }
    : { kind: 'pglite', dataDir: resolve(cwd, e.IRR_DATA_DIR) };
  const publicOrigin = e.IRR_PUBLIC_ORIGIN ?? null;
  const mail: MailConfig = {
    smtpUrl: e.IRR_SMTP_URL ?? null,
    from: e.IRR_MAIL_FROM,
    outboxDir: resolve(cwd, e.IRR_DATA_DIR, 'outbox'),
    claimSeconds: e.IRR_MAIL_CLAIM_SECONDS,
    everySeconds: e.IRR_NOTIFY_EVERY_SECONDS,
  };
  return {
    ok: true,
    config: {
      port: e.IRR_PORT,
      host: e.IRR_HOST,
      database,
      publicOrigin,
      mail,
      secure: publicOrigin?.startsWith('https:') ?? false,
      logLevel: e.IRR_LOG_LEVEL,
      trustProxy: e.IRR_TRUST_PROXY,
      rateLimits: {
        'sign-in': e.IRR_RATE_LIMIT_SIGN_IN,
        search: e.IRR_RATE_LIMIT_SEARCH,
        'open-data': e.IRR_RATE_LIMIT_OPEN_DATA,
        alerts: e.IRR_RATE_LIMIT_ALERTS,
      },
      publicCacheMb: e.IRR_PUBLIC_CACHE_MB,
    },
  };
}
