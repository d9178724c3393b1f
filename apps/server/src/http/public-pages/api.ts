import { createCaller, noCookies, type RateLimiter } from '@irr/api';
import type { Db } from '@irr/db';

/** The portal reads through the `public` procedures only, as an anonymous caller: never a staff one. */
export type PublicApi = ReturnType<typeof createCaller>['public'];
export type Out<K extends keyof PublicApi> = PublicApi[K] extends (
  ...args: never[]
) => Promise<infer R>
  ? R
  : never;

export function publicApi(
  db: Db,
  now: () => Date,
  requestId: string,
  ip: string | null,
  rateLimiter: RateLimiter,
): PublicApi {
  return anonymousCaller(db, now, requestId, ip, rateLimiter).public;
}

/** The email-alert forms' procedures, as the same anonymous caller. */
export type AlertsApi = ReturnType<typeof createCaller>['alerts'];
export function alertsApi(
  db: Db,
  now: () => Date,
  requestId: string,
  ip: string | null,
  rateLimiter: RateLimiter,
): AlertsApi {
  return anonymousCaller(db, now, requestId, ip, rateLimiter).alerts;
}

function anonymousCaller(
  db: Db,
  now: () => Date,
  requestId: string,
  ip: string | null,
  rateLimiter: RateLimiter,
) {
  return createCaller({
    db,
    user: null,
    sessionId: null,
    requestId,
    now,
    cookies: noCookies,
    ip,
    rateLimiter,
  });
}
