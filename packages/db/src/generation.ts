import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';

/**
 * A token that changes when something a public page shows is committed, in this process or any other,
 * and not otherwise: the public generation, advanced once per transaction at commit by the triggers of
 * migration 0014 (published records, their findings and public updates, versions, organisations, reports).
 * A sign-in, an internal update or a draft never published leaves it as it was, so the public caches keyed
 * by it stay full. One round trip.
 */
export async function publicGeneration(db: Db): Promise<string> {
  // Both drivers answer `{ rows }`; the shared Db type leaves the result unknown.
  const result: unknown = await db.execute(
    sql`select value::text as g from public_generation where id = 1`,
  );
  const g = (result as { rows?: { g?: unknown }[] }).rows?.[0]?.g;
  if (typeof g !== 'string') throw new Error('public_generation has no row (migration 0014)');
  return g;
}
