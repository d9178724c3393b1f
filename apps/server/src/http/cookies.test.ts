import fastifyCookie from '@fastify/cookie';
import Fastify from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SESSION_COOKIE, clearedSessionCookie, saneToken, sessionCookie } from './cookies.js';

// The host's own cookie handling: @fastify/cookie parsing and serialising our session cookie's attributes.
const app = Fastify();
beforeAll(async () => {
  await app.register(fastifyCookie);
  app.get('/read', (request) => ({ token: request.cookies[SESSION_COOKIE] ?? null }));
  await app.ready();
});
afterAll(() => app.close());

async function readCookie(header: string | undefined): Promise<string | null> {
  const res = await app.inject({
    url: '/read',
    headers: header === undefined ? {} : { cookie: header },
  });
  const { token } = res.json<{ token: string | null }>();
  return token ? token : null;
}

const serialised = (cookie: ReturnType<typeof sessionCookie>) => app.serializeCookie(...cookie);

describe('the session cookie', () => {
  it('is read from a Cookie header among others, the first if it repeats, never when empty', async () => {
    expect(await readCookie('theme=dark; irr_session=abc_DEF-123; x=1')).toBe('abc_DEF-123');
    expect(await readCookie('irr_session=first; irr_session=second')).toBe('first');
    expect(await readCookie('irr_session=; x=1')).toBeNull();
    expect(await readCookie('irr_sessionx=abc')).toBeNull();
    expect(await readCookie(undefined)).toBeNull();
    // A broken escape is kept as sent, then refused as a token.
    expect(saneToken(await readCookie('irr_session=%E0%A4%A'))).toBeNull();
  });

  it('is set HttpOnly, SameSite=Lax, for the whole site, Secure when asked, and cleared at once', () => {
    const expires = new Date('2026-12-08T10:00:00Z');
    expect(serialised(sessionCookie('tok', expires, false))).toBe(
      'irr_session=tok; Path=/; Expires=Tue, 08 Dec 2026 10:00:00 GMT; HttpOnly; SameSite=Lax',
    );
    expect(serialised(sessionCookie('tok', expires, true)).split('; ')).toContain('Secure');
    expect(serialised(clearedSessionCookie(true)).split('; ').sort()).toEqual(
      [
        'irr_session=',
        'Max-Age=0',
        'Path=/',
        'Expires=Thu, 01 Jan 1970 00:00:00 GMT',
        'HttpOnly',
        'SameSite=Lax',
        'Secure',
      ].sort(),
    );
  });
});
