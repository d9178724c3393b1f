import type { Db } from '@irr/db';
import type { Role } from '@irr/domain';
import type { RateLimiter } from './rate-limit/rate-limiter.js';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  memberships: { organisationId: string; role: Role }[];
}

/** What the HTTP host (or a test) gives every procedure. */
export interface Context {
  db: Db;
  user: SessionUser | null;
  /** The session id (hashed token) behind `user`, for sign-out. */
  sessionId: string | null;
  requestId: string;
  /** Now, injectable so tests can move the clock. */
  now: () => Date;
  /** Set or clear the session cookie on the response; a no-op outside HTTP. */
  cookies: {
    setSession(token: string, expiresAt: Date): void;
    clearSession(): void;
  };
  /** The client's address, for sign-in back-off and rate limits. */
  ip: string | null;
  /** Limits per client address; the HTTP host always gives one, in-process callers (CLI, tests) none. */
  rateLimiter?: RateLimiter;
}

export const noCookies: Context['cookies'] = {
  setSession: () => undefined,
  clearSession: () => undefined,
};
