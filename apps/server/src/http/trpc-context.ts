import type { FastifyRequest } from 'fastify';
import { resolveSession, type Context, type RateLimiter } from '@irr/api';
import type { Db } from '@irr/db';
import {
  SESSION_COOKIE,
  clearedSessionCookie,
  saneToken,
  sessionCookie,
  type SetCookie,
} from './cookies.js';
import { clientIpOf } from './request-info.js';

export interface ContextOptions {
  db: Db;
  secure: boolean;
  trustProxy: number;
  rateLimiter: RateLimiter;
  now: () => Date;
  requestId: string;
  /** Public reads never depend on who asks: skip the session lookup so they stay cheap and cacheable. */
  anonymous: boolean;
}

/**
 * Builds one request's tRPC context from its cookies (parsed by @fastify/cookie); the cookies procedures
 * set are collected for the response.
 */
export function requestContext(request: FastifyRequest, options: ContextOptions) {
  const setCookies: SetCookie[] = [];
  const createContext = async (): Promise<Context> => {
    const token = options.anonymous ? null : saneToken(request.cookies[SESSION_COOKIE]);
    const session = token ? await resolveSession(options.db, token, options.now()) : null;
    return {
      db: options.db,
      user: session?.user ?? null,
      sessionId: session?.sessionId ?? null,
      requestId: options.requestId,
      now: options.now,
      ip: clientIpOf(request.raw, options.trustProxy),
      rateLimiter: options.rateLimiter,
      cookies: {
        setSession: (token, expiresAt) =>
          void setCookies.push(sessionCookie(token, expiresAt, options.secure)),
        clearSession: () => void setCookies.push(clearedSessionCookie(options.secure)),
      },
    };
  };
  return { createContext, setCookies };
}
