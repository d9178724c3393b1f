import { servingRole, type Database, type DatabaseConfig, type MigrationOutcome } from '@irr/db';
import type { CliIo } from './main.js';

/** Whether PostgreSQL migrates as the server's own role, for want of IRR_MIGRATION_DATABASE_URL. */
export function migratesAsServer(config: DatabaseConfig): boolean {
  return config.kind === 'postgres' && !config.migrationUrl;
}

export const OWNER_FALLBACK_WARNING =
  "Warning: IRR_MIGRATION_DATABASE_URL is not set, so DATABASE_URL's role migrates, owns the tables and " +
  'is granted to no application role; `irr serve` refuses to run as a role that owns them. Set ' +
  'IRR_MIGRATION_DATABASE_URL to the owner role and DATABASE_URL to the application role it grants.\n';

/** The database's reason for a failed migration, with what to do when the server's role may not migrate. */
export function migrationFailure(e: unknown, config: DatabaseConfig): string {
  const message = e instanceof Error ? e.message.split(/\bparams:/)[0]!.trim() : String(e);
  return migratesAsServer(config) && /permission denied/.test(message)
    ? `${message} (DATABASE_URL's role may not create tables: set IRR_MIGRATION_DATABASE_URL to the owner role)`
    : message;
}

/** One line for the terminal after a migration that granted the application role. */
export function grantNote(outcome: MigrationOutcome): string {
  return outcome.granted
    ? `Granted the application role "${outcome.granted}" what the server needs (rows only; it owns nothing).\n`
    : '';
}

/**
 * Before serving: on PostgreSQL, refuse a connection that could switch off the database's own
 * protections (a superuser, an owner of the tables); on PGlite, say what the embedded mode promises.
 */
export async function servingRoleRefusal(database: Database, io: CliIo): Promise<boolean> {
  if (database.kind !== 'postgres') {
    io.out(
      'Note: the embedded database has a single user: its triggers stop the application making a mistake, ' +
        'but whoever can write its folder can change anything (PostgreSQL with an application role can promise more).\n',
    );
    return false;
  }
  const role = await servingRole(database.db);
  if (role.problems.length === 0) return false;
  io.err(
    `Refusing to serve as the PostgreSQL role "${role.name}": ${role.problems.join('; ')}. It could switch ` +
      'off the audit trail and the frozen published versions with one statement. Set DATABASE_URL to an ' +
      'application role that owns nothing and IRR_MIGRATION_DATABASE_URL to the owner role; `irr migrate` ' +
      'creates (or grants) the application role.\n',
  );
  return true;
}
