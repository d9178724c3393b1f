import pg from 'pg';

/**
 * The application role the server runs as: it owns nothing, so it cannot alter a table, disable a
 * trigger or set session_replication_role, and it may only read and write rows, less what the
 * audit trail and the published record forbid. The owner role (the one migrations run as) grants
 * this after every migration, and its default privileges cover tables a later migration adds.
 * No schema import: vitest's global setup runs this without the `@irr/source` condition.
 */
export interface ApplicationRole {
  name: string;
  /** Given to the role if this call creates it (the password in DATABASE_URL). */
  password?: string;
}

/** Rows the server may change. Columns listed are the only ones it may UPDATE; triggers guard the rest. */
const LIMITS = [
  // Append-only: no UPDATE or DELETE at all.
  `REVOKE UPDATE, DELETE ON "audit_events" FROM %R`,
  // A published version changes only by its withdrawal; its findings only by leaving public search.
  `REVOKE UPDATE, DELETE ON "record_versions", "published_findings" FROM %R`,
  `GRANT UPDATE ("withdrawn_at", "withdrawal_reason") ON "record_versions" TO %R`,
  `GRANT UPDATE ("current") ON "published_findings" TO %R`,
];

/** Grants the application role exactly what the server needs (after `ensureApplicationRole`). */
export async function grantApplicationRole(owner: pg.ClientBase, role: string): Promise<void> {
  const r = pg.escapeIdentifier(role);
  const me = (await owner.query<{ me: string }>('SELECT current_user AS me')).rows[0]!.me;
  const o = pg.escapeIdentifier(me);
  await owner.query('BEGIN');
  try {
    const statements = [
      `REVOKE ALL ON ALL TABLES IN SCHEMA public FROM ${r}`,
      `GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO ${r}`,
      ...LIMITS.map((s) => s.replace('%R', r)),
      `GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO ${r}`,
      `GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA public TO ${r}`,
      // The server checks that the database is up to date before it serves.
      `GRANT USAGE ON SCHEMA drizzle TO ${r}`,
      `GRANT SELECT ON drizzle.__drizzle_migrations TO ${r}`,
      // Tables, sequences and functions a later migration creates (the next `irr migrate` narrows them).
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO ${r}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO ${r}`,
      `ALTER DEFAULT PRIVILEGES FOR ROLE ${o} IN SCHEMA public GRANT EXECUTE ON FUNCTIONS TO ${r}`,
    ];
    for (const statement of statements) await owner.query(statement);
    await owner.query('COMMIT');
  } catch (e) {
    await owner.query('ROLLBACK');
    throw e;
  }
}

/** Creates the application role when it is missing and the owner may; else says what to do. */
export async function ensureApplicationRole(
  owner: pg.ClientBase,
  role: ApplicationRole,
): Promise<void> {
  const { rows } = await owner.query('SELECT 1 FROM pg_roles WHERE rolname = $1', [role.name]);
  if (rows.length > 0) return;
  const may = await owner.query<{ may: boolean; me: string }>(
    'SELECT rolsuper OR rolcreaterole AS may, current_user AS me FROM pg_roles WHERE rolname = current_user',
  );
  const me = may.rows[0]?.me;
  if (!may.rows[0]?.may)
    throw new Error(
      `the application role "${role.name}" (DATABASE_URL's) does not exist and "${me}" may not create roles: ` +
        `create it (CREATE ROLE ${pg.escapeIdentifier(role.name)} LOGIN PASSWORD '...') and migrate again`,
    );
  const password = role.password ? ` PASSWORD ${pg.escapeLiteral(role.password)}` : '';
  await owner.query(
    `CREATE ROLE ${pg.escapeIdentifier(role.name)} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOINHERIT${password}`,
  );
}
