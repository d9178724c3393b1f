import { parseCookie, stringifySetCookie } from 'cookie';

export const SESSION_COOKIE = 'irr_session';

/** The value of one cookie from a Cookie header (the first, if the name repeats), or null. */
export function readCookie(header: string | undefined, name: string): string | null {
  if (!header) return null;
  const value = parseCookie(header)[name];
  return value ? value : null;
}

/** Session tokens are base64url; anything else is not worth a database query. */
export function saneToken(value: string | null): string | null {
  return value && /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : null;
}

// Lax still sends the cookie on top-level navigation into the admin app from a link.
const ATTRIBUTES = { path: '/', httpOnly: true, sameSite: 'lax' } as const;

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, token, { ...ATTRIBUTES, secure, expires: expiresAt });
}

export function clearedSessionCookie(secure: boolean): string {
  return stringifySetCookie(SESSION_COOKIE, '', {
    ...ATTRIBUTES,
    secure,
    expires: new Date(0),
    maxAge: 0,
  });
}
