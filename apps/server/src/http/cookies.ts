import type { SerializeOptions } from '@fastify/cookie';

export const SESSION_COOKIE = 'irr_session';

/** Session tokens are base64url; anything else is not worth a database query. */
export function saneToken(value: string | null | undefined): string | null {
  return value && /^[A-Za-z0-9_-]{16,128}$/.test(value) ? value : null;
}

/** A cookie to set, as @fastify/cookie takes it. */
export type SetCookie = [name: string, value: string, options: SerializeOptions];

// Lax still sends the cookie on top-level navigation into the admin app from a link.
const ATTRIBUTES = { path: '/', httpOnly: true, sameSite: 'lax' } as const;

export function sessionCookie(token: string, expiresAt: Date, secure: boolean): SetCookie {
  return [SESSION_COOKIE, token, { ...ATTRIBUTES, secure, expires: expiresAt }];
}

export function clearedSessionCookie(secure: boolean): SetCookie {
  return [SESSION_COOKIE, '', { ...ATTRIBUTES, secure, expires: new Date(0), maxAge: 0 }];
}
