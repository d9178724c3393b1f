import { createTestDatabase, testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '@irr/db';
import { databaseHitCounter, memoryHitCounter } from './hit-counters.js';
import { RateLimiter, type HitCounter, type RateLimits } from './rate-limiter.js';

const LIMITS: RateLimits = {
  'sign-in': { limit: 2, windowSeconds: 60 },
  search: { limit: 3, windowSeconds: 10 },
  'open-data': { limit: 1, windowSeconds: 3600 },
  alerts: { limit: 1, windowSeconds: 3600 },
};
const at = (iso: string) => new Date(`2026-04-01T${iso}Z`);

describe.each(['memory', ...testDrivers()] as const)('RateLimiter counting in %s', (kind) => {
  let database: Database | null = null;
  let counter: () => HitCounter;
  beforeAll(async () => {
    if (kind === 'memory') counter = memoryHitCounter;
    else {
      const opened = await createTestDatabase(kind);
      database = opened;
      counter = () => databaseHitCounter(opened.db);
    }
  });
  afterAll(() => database?.close());

  it('allows the limit per window, then says how long until the next window opens', async () => {
    const limiter = new RateLimiter(counter(), LIMITS);
    const take = (t: string, client = '192.0.2.1') => limiter.take('sign-in', client, at(t));
    expect(await take('09:00:00')).toEqual({ allowed: true });
    expect(await take('09:00:30')).toEqual({ allowed: true });
    expect(await take('09:00:59.2')).toEqual({
      allowed: false,
      retryAfterSeconds: 1,
      message:
        'Too many sign-ins from your address: at most 2 in 60 seconds. Try again in 1 second.',
    });
    expect(await take('09:00:59.5', '192.0.2.2')).toEqual({ allowed: true });
    expect(await take('09:01:00')).toEqual({ allowed: true });
    // Buckets are counted apart.
    expect(await limiter.take('search', '192.0.2.1', at('09:01:00'))).toEqual({ allowed: true });
  });

  it('counts hits sent together one by one', async () => {
    const limiter = new RateLimiter(counter(), LIMITS);
    const verdicts = await Promise.all(
      Array.from({ length: 20 }, () => limiter.take('search', '198.51.100.9', at('10:00:01'))),
    );
    expect(verdicts.filter((v) => v.allowed)).toHaveLength(3);
    expect(verdicts.filter((v) => !v.allowed)).toHaveLength(17);
    expect(verdicts.find((v) => !v.allowed)).toMatchObject({ retryAfterSeconds: 9 });
  });

  it('counts an IPv6 client by its /64, and an IPv4-mapped address as its IPv4 address', async () => {
    const limiter = new RateLimiter(counter(), LIMITS);
    const take = (client: string) => limiter.take('open-data', client, at('11:00:00'));
    expect(await take('2001:db8:0:7::1')).toEqual({ allowed: true });
    expect(await take('2001:DB8:0:7:ffff:1:2:3')).toMatchObject({ allowed: false });
    expect(await take('2001:db8:0:8::1')).toEqual({ allowed: true });
    expect(await take('::ffff:192.0.2.50')).toEqual({ allowed: true });
    expect(await take('192.0.2.50')).toMatchObject({ allowed: false });
  });
});
