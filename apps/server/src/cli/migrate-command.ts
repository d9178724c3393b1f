import { openDatabase, type Database, type DatabaseConfig } from '@irr/db';
import { parseCommandArgs } from './args.js';
import {
  grantNote,
  migratesAsServer,
  migrationFailure,
  OWNER_FALLBACK_WARNING,
} from './database-roles.js';
import type { CliIo, CliOptions } from './main.js';
import { describeDatabase, loadCliConfig, openFailure } from './open-database.js';

const USAGE = `Usage: irr migrate
  Creates or updates the tables. On PostgreSQL it runs as IRR_MIGRATION_DATABASE_URL's role (the owner)
  and grants the role DATABASE_URL names (the server's; created if missing and the owner may) only what
  the server needs; without IRR_MIGRATION_DATABASE_URL, DATABASE_URL's role migrates, with a warning.
`;

/** `irr migrate`: bring the database's tables up to date, grant the application role, say what changed. */
export async function migrateCommand(
  args: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  if (!parseCommandArgs(io, USAGE, { args: [...args], options: {} })) return 2;
  if (options.database) return migrate(options.database, 'the database', io);
  const config = loadCliConfig(io);
  if (!config) return 2;
  let database: Database;
  try {
    database = await openDatabase(config.database);
  } catch (e) {
    io.err(`${openFailure(e, config.database)}\n`);
    return 1;
  }
  try {
    if (migratesAsServer(config.database)) io.err(OWNER_FALLBACK_WARNING);
    return await migrate(database, describeDatabase(config.database), io, config.database);
  } finally {
    await database.close();
  }
}

async function migrate(
  database: Database,
  where: string,
  io: CliIo,
  config?: DatabaseConfig,
): Promise<number> {
  let outcome;
  try {
    outcome = await database.migrate();
  } catch (e) {
    const reason = config ? migrationFailure(e, config) : (e as Error).message;
    io.err(`Migrating ${where} failed: ${reason}\n`);
    return 1;
  }
  const { applied, total } = outcome;
  io.out(
    applied > 0
      ? `Applied ${applied} migration${applied === 1 ? '' : 's'} to ${where} (${total} in all).\n`
      : `${capitalise(where)} is up to date (${total} migrations applied earlier).\n`,
  );
  io.out(grantNote(outcome));
  return 0;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
