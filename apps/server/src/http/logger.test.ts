import { describe, expect, it } from 'vitest';
import type { LogLevel } from '../config.js';
import { createJsonLogger, describeError, type RequestLine } from './logger.js';

function capture(level: LogLevel, fields?: Record<string, unknown>) {
  const lines: string[] = [];
  const logger = createJsonLogger({
    level,
    write: (line) => void lines.push(line),
    now: () => new Date('2026-12-07T10:00:00.000Z'),
    ...(fields && { fields }),
  });
  return {
    logger,
    lines,
    entries: () => lines.map((l) => JSON.parse(l) as Record<string, unknown>),
  };
}

describe('the server log', () => {
  it('writes one JSON object a line: the level by name, the time, then the fields', () => {
    const { logger, lines } = capture('info', { worker: 2 });
    logger.info({ msg: 'request', method: 'GET', status: 200 });
    expect(lines).toEqual([
      '{"level":"info","time":"2026-12-07T10:00:00.000Z","worker":2,"msg":"request","method":"GET","status":200}',
    ]);
  });

  it('writes what is at or above its level: debug lines only at debug, nothing when silent', () => {
    const at = (level: LogLevel) => {
      const { logger, entries } = capture(level);
      logger.debug({ msg: 'd' });
      logger.info({ msg: 'i' });
      logger.warn({ msg: 'w' });
      logger.error({ msg: 'e' });
      return entries().map((e) => `${String(e.level)}:${String(e.msg)}`);
    };
    expect(at('debug')).toEqual(['debug:d', 'info:i', 'warn:w', 'error:e']);
    expect(at('info')).toEqual(['info:i', 'warn:w', 'error:e']);
    expect(at('error')).toEqual(['error:e']);
    expect(at('silent')).toEqual([]);
  });

  it('never writes a password, token, cookie or authorization, at the top level or one object down', () => {
    const { logger, lines, entries } = capture('debug');
    logger.warn({
      msg: 'careless',
      password: 'hunter2-hunter2',
      token: 'tok-abcdefghijklmnop',
      headers: { cookie: 'irr_session=abcdefghijklmnop', authorization: 'Bearer xyz-secret' },
      body: { newPassword: 'another-secret-phrase', email: 'a@example.org' },
    });
    const all = lines.join('\n');
    for (const secret of ['hunter2', 'tok-abc', 'irr_session', 'xyz-secret', 'another-secret'])
      expect(all).not.toContain(secret);
    expect(entries()[0]).toMatchObject({
      password: '[redacted]',
      headers: { cookie: '[redacted]', authorization: '[redacted]' },
      body: { newPassword: '[redacted]', email: 'a@example.org' },
    });
  });

  it('ends each request with one line of its method, path, status and time: info, error for a 5xx', () => {
    const { logger, lines } = capture('info', { worker: 2 });
    const line = { requestId: 'r-1', method: 'GET', path: '/trpc/public.record', ms: 0.4 };
    logger.request({ ...line, status: 200 });
    logger.request({ ...line, status: 503 });
    expect(lines).toEqual([
      '{"level":"info","time":"2026-12-07T10:00:00.000Z","worker":2,"msg":"request","requestId":"r-1","method":"GET","path":"/trpc/public.record","status":200,"ms":0.4}',
      '{"level":"error","time":"2026-12-07T10:00:00.000Z","worker":2,"msg":"request","requestId":"r-1","method":"GET","path":"/trpc/public.record","status":503,"ms":0.4}',
    ]);
    // Anything else a caller slips in (past the type) is not written.
    const quiet = capture('warn');
    quiet.logger.request({ ...line, status: 200 });
    quiet.logger.request({ ...line, status: 500, cookie: 'irr_session=abc' } as RequestLine);
    expect(quiet.lines.join('\n')).not.toContain('irr_session');
    expect(quiet.entries().map((e) => e.status)).toEqual([500]);
  });

  it('describes an error without the query parameters a driver appends', () => {
    const error = new Error(
      'Failed query: select 1 where hash = $1\nparams: 5f4dcc3b5aa765d61d8327deb882cf99',
    );
    expect(describeError(error)).toEqual({
      name: 'Error',
      message: 'Failed query: select 1 where hash = $1',
    });
  });
});
