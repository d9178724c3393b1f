import { lt, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { rateLimitHits } from '../schema/index.js';

export interface RateLimitWindow {
  bucket: string;
  client: string;
  windowStart: Date;
}

/** Adds one hit to the window and answers its count, in one statement: concurrent hits never share a count. */
export async function countRateLimitHit(db: Db, window: RateLimitWindow): Promise<number> {
  const [row] = await db
    .insert(rateLimitHits)
    .values({ ...window, hits: 1 })
    .onConflictDoUpdate({
      target: [rateLimitHits.bucket, rateLimitHits.client, rateLimitHits.windowStart],
      set: { hits: sql`${rateLimitHits.hits} + 1` },
    })
    .returning({ hits: rateLimitHits.hits });
  return row!.hits;
}

/** Forgets windows that began before `before` (ended ones). */
export async function deleteRateLimitWindowsBefore(db: Db, before: Date): Promise<void> {
  await db.delete(rateLimitHits).where(lt(rateLimitHits.windowStart, before));
}
