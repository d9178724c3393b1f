import { drizzle } from 'drizzle-orm/node-postgres';
import { readMigrationFiles } from 'drizzle-orm/migrator';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import pg from 'pg';
import { ensureApplicationRole, grantApplicationRole } from './database-roles.js';
import { MIGRATIONS_FOLDER } from './migrations-folder.js';

export interface MigrationOutcome {
  /** Migrations this call applied. */
  applied: number;
  /** Migrations the database has recorded, in all. */
  total: number;
  /** The application role granted its privileges, when migrations ran as a separate owner role. */
  granted: string | null;
}

// Any fixed number: two processes migrating at once take turns.
const MIGRATION_LOCK = 8_041_355_013;

/**
 * Migrate PostgreSQL as the owner role (`migrationUrl`), then grant the role `url` names what the
 * server needs. Without an owner role, the server's own role migrates, and only when a migration
 * is pending: an up-to-date database needs no privilege beyond reading the journal.
 */
export async function migratePostgres(
  app: pg.Pool,
  url: string,
  migrationUrl?: string,
): Promise<MigrationOutcome> {
  const files = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });
  if (!migrationUrl) {
    const last = await lastMigration(app);
    const pending = files.filter((m) => last === null || m.folderMillis > last).length;
    if (pending === 0) return { applied: 0, total: await recorded(app), granted: null };
  }
  const owner = new pg.Client({ connectionString: migrationUrl ?? url });
  await owner.connect();
  try {
    await owner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const appUrl = new URL(url);
    const appRole = decodeURIComponent(appUrl.username);
    const me = (await owner.query<{ me: string }>('SELECT current_user AS me')).rows[0]!.me;
    const granted = migrationUrl && appRole && appRole !== me ? appRole : null;
    // The role first: a missing one stops the migration before anything changes.
    if (granted) {
      const password = decodeURIComponent(appUrl.password);
      await ensureApplicationRole(owner, { name: granted, ...(password && { password }) });
    }
    const before = await recorded(owner);
    await migrate(drizzle(owner), { migrationsFolder: MIGRATIONS_FOLDER }).catch((e: unknown) => {
      // drizzle's message is the failed statement; the database's reason is its cause.
      const reason = (e as { cause?: Error }).cause?.message ?? (e as Error).message;
      throw new Error(reason, { cause: e });
    });
    const total = await recorded(owner);
    if (granted) await grantApplicationRole(owner, granted);
    return { applied: total - before, total, granted };
  } finally {
    // Ending the session releases the lock.
    await owner.end();
  }
}

async function lastMigration(db: pg.Pool | pg.Client): Promise<number | null> {
  if (!(await journalExists(db))) return null;
  const { rows } = await db.query<{ last: string | null }>(
    'SELECT max(created_at)::text AS last FROM drizzle.__drizzle_migrations',
  );
  const last = rows[0]?.last;
  return last === null || last === undefined ? null : Number(last);
}

async function recorded(db: pg.Pool | pg.Client): Promise<number> {
  if (!(await journalExists(db))) return 0;
  const { rows } = await db.query<{ n: number }>(
    'SELECT count(*)::int AS n FROM drizzle.__drizzle_migrations',
  );
  return rows[0]?.n ?? 0;
}

/** A new database has no journal yet (separate statement: a missing table fails the whole query). */
async function journalExists(db: pg.Pool | pg.Client): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>(
    "SELECT to_regclass('drizzle.__drizzle_migrations') IS NOT NULL AS present",
  );
  return rows[0]?.present === true;
}
