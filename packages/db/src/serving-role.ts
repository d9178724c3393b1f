import { sql } from 'drizzle-orm';
import type { Db } from './connection.js';

export interface ServingRole {
  name: string;
  /** Why this role could switch off the database's own protections; empty when it cannot. */
  problems: string[];
}

/**
 * What the server's own connection could do beyond reading and writing rows. A superuser, an owner
 * of the tables (or a member of the owner role) can disable the audit and publication triggers with
 * one statement; a role that may create roles could grant itself the owner's.
 */
export async function servingRole(db: Db): Promise<ServingRole> {
  const result: unknown = await db.execute(sql`
    SELECT current_user AS name, r.rolsuper AS superuser, r.rolcreaterole AS createrole,
      (SELECT array_agg(c.relname::text ORDER BY c.relname) FROM pg_class c
         JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname IN ('public', 'drizzle') AND c.relkind IN ('r', 'p')
          AND pg_has_role(current_user, c.relowner, 'MEMBER')) AS owned
    FROM pg_roles r WHERE r.rolname = current_user`);
  // Both drivers answer `{ rows }`; the shared Db type leaves the result unknown.
  const row = (
    result as {
      rows: { name: string; superuser: boolean; createrole: boolean; owned: string[] | null }[];
    }
  ).rows[0]!;
  const problems: string[] = [];
  if (row.superuser) problems.push('it is a superuser');
  const owned = row.owned ?? [];
  if (!row.superuser && owned.length > 0)
    problems.push(`it owns (or may act as the owner of) ${owned.length} tables, e.g. ${owned[0]}`);
  if (!row.superuser && row.createrole)
    problems.push("it may create roles, and so grant itself the owner's");
  return { name: row.name, problems };
}
