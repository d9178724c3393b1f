import { appliedMigrations, openDatabase, type Database } from '@irr/db';
import { parseCommandArgs } from './args.js';
import type { CliIo, CliOptions } from './main.js';
import { describeDatabase, loadCliConfig, openFailure } from './open-database.js';

const USAGE = 'Usage: irr migrate\n';

/** `irr migrate`: bring the database's tables up to date and say what changed. */
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
    return await migrate(database, describeDatabase(config.database), io);
  } finally {
    await database.close();
  }
}

async function migrate(database: Database, where: string, io: CliIo): Promise<number> {
  const before = await appliedMigrations(database.db);
  try {
    await database.migrate();
  } catch (e) {
    io.err(`Migrating ${where} failed: ${(e as Error).message.split(/\bparams:/)[0]!.trim()}\n`);
    return 1;
  }
  const after = await appliedMigrations(database.db);
  const applied = after - before;
  io.out(
    applied > 0
      ? `Applied ${applied} migration${applied === 1 ? '' : 's'} to ${where} (${after} in all).\n`
      : `${capitalise(where)} is up to date (${after} migrations applied earlier).\n`,
  );
  return 0;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
