import { describe, expect, it } from 'vitest';
import { clearedSessionCookie, readCookie, saneToken, sessionCookie } from './cookies.js';

describe('the session cookie', () => {
  it('is read from a Cookie header among others, the first if it repeats, never when empty', () => {
    expect(readCookie('theme=dark; irr_session=abc_DEF-123; x=1', 'irr_session')).toBe(
      'abc_DEF-123',
    );
    expect(readCookie('irr_session=first; irr_session=second', 'irr_session')).toBe('first');
    expect(readCookie('irr_session=; x=1', 'irr_session')).toBeNull();
    expect(readCookie('irr_sessionx=abc', 'irr_session')).toBeNull();
    expect(readCookie(undefined, 'irr_session')).toBeNull();
    // A broken escape is kept as sent, then refused as a token.
    expect(saneToken(readCookie('irr_session=%E0%A4%A', 'irr_session'))).toBeNull();
  });

  it('is set HttpOnly, SameSite=Lax, for the whole site, Secure when asked, and cleared at once', () => {
    const expires = new Date('2026-12-08T10:00:00Z');
    expect(sessionCookie('tok', expires, false)).toBe(
      'irr_session=tok; Path=/; Expires=Tue, 08 Dec 2026 10:00:00 GMT; HttpOnly; SameSite=Lax',
    );
    expect(sessionCookie('tok', expires, true).split('; ')).toContain('Secure');
    expect(clearedSessionCookie(true).split('; ').sort()).toEqual(
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
