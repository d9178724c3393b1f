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
  return createCaller({
    db,
    user: null,
    sessionId: null,
    requestId,
    now,
    cookies: noCookies,
    ip,
    rateLimiter,
  }).public;
}
