import type { Db } from '@irr/db';
import { countRateLimitHit, deleteRateLimitWindowsBefore } from '@irr/db/repositories';
import type { HitCounter } from './rate-limiter.js';

/**
 * Counts in PostgreSQL, so every server process on the database shares them: one upsert per
 * counted request.
 */
export function databaseHitCounter(db: Db): HitCounter {
  return {
    count: (bucket, client, windowStart) => countRateLimitHit(db, { bucket, client, windowStart }),
    forgetBefore: (before) => deleteRateLimitWindowsBefore(db, before),
  };
}

/**
 * Counts in this process's memory: exact where one process serves the database (PGlite), and no
 * write per request.
 */
export function memoryHitCounter(): HitCounter {
  const windows = new Map<string, { windowStart: number; hits: number }>();
  return {
    count(bucket, client, windowStart) {
      const key = `${bucket} ${windowStart.getTime()} ${client}`;
      const entry = windows.get(key) ?? { windowStart: windowStart.getTime(), hits: 0 };
      entry.hits += 1;
      windows.set(key, entry);
      return Promise.resolve(entry.hits);
    },
    forgetBefore(before) {
      for (const [key, entry] of windows)
        if (entry.windowStart < before.getTime()) windows.delete(key);
      return Promise.resolve();
    },
  };
}
