import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';

/**
 * A token that changes whenever a transaction commits, in this process or any other: PostgreSQL's
 * current snapshot (`xmin:xmax:in-progress ids`). A commit either removes its id from the
 * in-progress list or, when it began after the last reading, has an id at or past `xmax`, so equal
 * tokens mean nothing was committed between the two readings. Unlike the newest audit id, it is
 * not fooled by two writes committing out of id order. One round trip, no table read.
 */
export async function dataGeneration(db: Db): Promise<string> {
  // Both drivers answer `{ rows }`; the shared Db type leaves the result unknown.
  const result: unknown = await db.execute(sql`select pg_current_snapshot()::text as g`);
  const g = (result as { rows?: { g?: unknown }[] }).rows?.[0]?.g;
  if (typeof g !== 'string') throw new Error('pg_current_snapshot() gave no snapshot');
  return g;
}
