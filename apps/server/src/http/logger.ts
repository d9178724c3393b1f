import { pino, type DestinationStream } from 'pino';
import type { LogLevel } from '../config.js';

export type LogFields = Record<string, unknown> & { msg?: string };

/** Where the server writes. Injectable so tests capture lines instead of printing them. */
export interface Logger {
  debug(fields: LogFields): void;
  info(fields: LogFields): void;
  warn(fields: LogFields): void;
  error(fields: LogFields): void;
  /** The line every request ends with: info, or error for a 5xx. */
  request(line: RequestLine): void;
}

/**
 * What a request's line says: method, path, status and time only, never headers (cookies), query strings or
 * bodies. A fixed shape with no secret field, so it skips the redaction every other line goes through (9 µs a
 * line with its wildcard paths: a third of a held public read's whole cost).
 */
export interface RequestLine {
  requestId: string;
  method: string | undefined;
  path: string;
  status: number;
  ms: number;
}

/**
 * Fields that hold secrets wherever they appear in a line (top level or one object down, as in a
 * request's `headers`): replaced before the line is written, so a careless log call cannot leak them.
 * The request log never takes headers or bodies; this is the second line of defence.
 */
const SECRET_FIELDS = [
  'password',
  'newPassword',
  'currentPassword',
  'token',
  'sessionToken',
  'secret',
  'cookie',
  'set-cookie',
  'authorization',
  'x-irr-csrf',
  'databaseUrl',
  'smtpUrl',
] as const;
const REDACTED = '[redacted]';

/**
 * One JSON object per line, `{ level, time, ...fields }` with the level's name and an ISO time, for
 * log shippers to parse: pino, with its redaction of SECRET_FIELDS.
 */
export function createJsonLogger(
  options: {
    level?: LogLevel;
    write?: (line: string) => void;
    now?: () => Date;
    /** On every line after the time, e.g. which worker process of `irr serve --workers` wrote it. */
    fields?: LogFields;
  } = {},
): Logger {
  const now = options.now ?? (() => new Date());
  const write = options.write;
  // pino hands a stream each line with its newline; a `write` option takes the line alone.
  const destination: DestinationStream = write
    ? { write: (line: string) => write(line.endsWith('\n') ? line.slice(0, -1) : line) }
    : pino.destination({ dest: 1, sync: true });
  const shared = {
    level: options.level ?? 'info',
    base: options.fields ?? null,
    timestamp: () => `,"time":"${now().toISOString()}"`,
    formatters: { level: (label: string) => ({ level: label }) },
  };
  const log = pino(
    {
      ...shared,
      redact: {
        paths: SECRET_FIELDS.flatMap((f) => [`["${f}"]`, `*["${f}"]`]),
        censor: REDACTED,
      },
    },
    destination,
  );
  const requests = pino(shared, destination);
  return {
    debug: (fields) => log.debug(fields),
    info: (fields) => log.info(fields),
    warn: (fields) => log.warn(fields),
    error: (fields) => log.error(fields),
    request: ({ requestId, method, path, status, ms }) => {
      // Built field by field: a line typed as a RequestLine cannot carry anything else through here.
      const line = { msg: 'request', requestId, method, path, status, ms };
      if (status >= 500) requests.error(line);
      else requests.info(line);
    },
  };
}

/**
 * An error's message for the log, without what drivers append: drizzle puts the query's
 * parameters (which can be password or session hashes) after "params:".
 */
export function describeError(error: unknown): { name: string; message: string } {
  const name = error instanceof Error ? error.name : typeof error;
  const raw = error instanceof Error ? error.message : String(error);
  const message = raw
    .split(/\bparams:/)[0]!
    .trim()
    .slice(0, 500);
  return { name, message };
}
