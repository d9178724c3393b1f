import type { Db } from '../connection.js';

const held = new WeakMap<Db, Map<string, unknown>>();

/**
 * A statement prepared once per database handle under its name, for the public reads run on every request:
 * planning a small join took PostgreSQL as long as running it, and drizzle built the SQL each time.
 */
export function preparedOnce<T>(db: Db, name: string, prepare: (db: Db, name: string) => T): T {
  let statements = held.get(db);
  if (!statements) held.set(db, (statements = new Map<string, unknown>()));
  if (!statements.has(name)) statements.set(name, prepare(db, name));
  return statements.get(name) as T;
}
