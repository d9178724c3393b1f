import type { LogLevel } from '../config.js';

export type LogFields = Record<string, unknown> & { msg?: string };

/** Where the server writes. Injectable so tests capture lines instead of printing them. */
export interface Logger {
  info(fields: LogFields): void;
  warn(fields: LogFields): void;
  error(fields: LogFields): void;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 };

/** One JSON object per line: `{ level, time, ...fields }`, for log shippers to parse. */
export function createJsonLogger(
  options: {
    level?: LogLevel;
    write?: (line: string) => void;
    now?: () => Date;
    /** On every line after the time, e.g. which worker process of `irr serve --workers` wrote it. */
    fields?: LogFields;
  } = {},
): Logger {
  const threshold = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => void process.stdout.write(`${line}\n`));
  const now = options.now ?? (() => new Date());
  const at = (level: 'info' | 'warn' | 'error') => (fields: LogFields) => {
    if (RANK[level] < threshold) return;
    write(JSON.stringify({ level, time: now().toISOString(), ...options.fields, ...fields }));
  };
  return { info: at('info'), warn: at('warn'), error: at('error') };
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
