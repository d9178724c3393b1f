import { sql, type SQL } from 'drizzle-orm';
import type { Db } from './connection.js';

/** How many migrations the database has recorded (drizzle's own journal table); 0 for a new database. */
export async function appliedMigrations(db: Db): Promise<number> {
  const rows = async (query: SQL) => {
    const result: unknown = await db.execute(query);
    // Both drivers' results carry `rows`; the shared Db type cannot say so.
    return (result as { rows: Record<string, unknown>[] }).rows;
  };
  // The journal table is looked up before it is read: a new database has none yet.
  const [table] = await rows(
    sql`SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present`,
  );
  if (!table?.present) return 0;
  const [counted] = await rows(sql`SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations`);
  return Number(counted?.n ?? 0);
}
