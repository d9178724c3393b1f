import type { IncomingMessage } from 'node:http';
import { createCaller, noCookies, type RateLimiter } from '@irr/api';
import type { Db } from '@irr/db';
import { clientIpOf } from '../request-info.js';

/** The portal reads through the `public` procedures only, as an anonymous caller: never a staff one. */
export type PublicApi = ReturnType<typeof createCaller>['public'];
export type Out<K extends keyof PublicApi> = PublicApi[K] extends (
  ...args: never[]
) => Promise<infer R>
  ? R
  : never;

/** The email-alert forms' procedures, as the same anonymous caller. */
export type AlertsApi = ReturnType<typeof createCaller>['alerts'];

/** What an anonymous caller of a request needs: the portal's, the read API's and the alert forms' options. */
export interface AnonymousCallerOptions {
  db: Db;
  now: () => Date;
  requestId: string;
  trustProxy: number;
  rateLimiter: RateLimiter;
}

/** The public procedures, called for this request's client (its address counts against the rate limits). */
export function publicApiFor(req: IncomingMessage, options: AnonymousCallerOptions): PublicApi {
  return anonymousCaller(req, options).public;
}

/** The alert forms' procedures, called for this request's client. */
export function alertsApiFor(req: IncomingMessage, options: AnonymousCallerOptions): AlertsApi {
  return anonymousCaller(req, options).alerts;
}

function anonymousCaller(req: IncomingMessage, options: AnonymousCallerOptions) {
  return createCaller({
    db: options.db,
    user: null,
    sessionId: null,
    requestId: options.requestId,
    now: options.now,
    cookies: noCookies,
    ip: clientIpOf(req, options.trustProxy),
    rateLimiter: options.rateLimiter,
  });
}
