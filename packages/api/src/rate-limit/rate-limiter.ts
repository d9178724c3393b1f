import { clientKeyOf } from './client-key.js';

/** What a client address is limited on: the requests that cost the server most. */
export type RateLimitBucket = 'sign-in' | 'search' | 'open-data' | 'alerts';

export interface RateLimit {
  /** Requests allowed per window. */
  limit: number;
  windowSeconds: number;
}

export type RateLimits = Record<RateLimitBucket, RateLimit>;

export type RateLimitVerdict =
  { allowed: true } | { allowed: false; retryAfterSeconds: number; message: string };

/** Per address: an office behind one NAT signs in together at nine; a script pages through search. */
export const DEFAULT_RATE_LIMITS: RateLimits = {
  'sign-in': { limit: 20, windowSeconds: 60 },
  search: { limit: 60, windowSeconds: 60 },
  'open-data': { limit: 30, windowSeconds: 60 },
  // The alert forms send mail: a few people behind one address subscribe, nobody needs a hundred an hour.
  alerts: { limit: 20, windowSeconds: 3600 },
};

/** Adds one hit to a window and answers its count; forgets windows that began before a time. */
export interface HitCounter {
  count(bucket: RateLimitBucket, client: string, windowStart: Date): Promise<number>;
  forgetBefore(before: Date): Promise<void>;
}

/**
 * Fixed windows aligned to the epoch, so every process counting in one store agrees on them.
 * Knows nothing of HTTP: the host gives the client's address and the time.
 */
export class RateLimiter {
  private nextCleanUp = 0;
  private readonly longestMs: number;

  constructor(
    private readonly counter: HitCounter,
    private readonly limits: RateLimits = DEFAULT_RATE_LIMITS,
  ) {
    this.longestMs = Math.max(...Object.values(limits).map((l) => l.windowSeconds * 1000));
  }

  /** Counts this request: refused once its window is full, saying when the next one opens. */
  async take(
    bucket: RateLimitBucket,
    clientAddress: string | null,
    now: Date,
  ): Promise<RateLimitVerdict> {
    const { limit, windowSeconds } = this.limits[bucket];
    const windowMs = windowSeconds * 1000;
    const start = Math.floor(now.getTime() / windowMs) * windowMs;
    await this.cleanUp(now);
    const hits = await this.counter.count(bucket, clientKeyOf(clientAddress), new Date(start));
    if (hits <= limit) return { allowed: true };
    const retryAfterSeconds = Math.max(1, Math.ceil((start + windowMs - now.getTime()) / 1000));
    return {
      allowed: false,
      retryAfterSeconds,
      message: `Too many ${NOUN[bucket]} from your address: at most ${limit} in ${windowSeconds} seconds. Try again in ${retryAfterSeconds} ${retryAfterSeconds === 1 ? 'second' : 'seconds'}.`,
    };
  }

  /** Ended windows go at most once per longest window, by whichever request comes first. */
  private async cleanUp(now: Date): Promise<void> {
    if (now.getTime() < this.nextCleanUp) return;
    this.nextCleanUp = now.getTime() + this.longestMs;
    await this.counter.forgetBefore(new Date(now.getTime() - this.longestMs));
  }
}

const NOUN: Record<RateLimitBucket, string> = {
  'sign-in': 'sign-ins',
  search: 'searches',
  'open-data': 'open data downloads',
  alerts: 'email alert requests',
};
