import { DataFolderInUseError, openDatabase, type Database, type DatabaseConfig } from '@irr/db';
import { loadConfig, type Config } from '../config.js';
import { migratesAsServer, OWNER_FALLBACK_WARNING } from './database-roles.js';
import type { CliIo, CliOptions } from './main.js';

/** Where the environment says the database is, in words for the terminal. */
export function describeDatabase(config: DatabaseConfig): string {
  if (config.kind === 'pglite') return `the embedded database in ${config.dataDir}`;
  if (config.kind === 'postgres') return `PostgreSQL at ${redactUrl(config.url)}`;
  return 'an in-memory database';
}

function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL';
  }
}

export function loadCliConfig(io: CliIo): Config | null {
  const loaded = loadConfig(io.env);
  if (loaded.ok) return loaded.config;
  io.err(`${loaded.message}\n`);
  return null;
}

/**
 * Run `work` against the injected database, or open (and migrate) the one the environment names
 * and close it afterwards, even when `work` throws. Returns the exit code.
 */
export async function withDatabase(
  io: CliIo,
  options: CliOptions,
  work: (database: Database) => Promise<number>,
): Promise<number> {
  if (options.database) return work(options.database);
  const config = loadCliConfig(io);
  if (!config) return 2;
  let database: Database;
  try {
    database = await openDatabase(config.database);
    const outcome = await database.migrate().catch(async (e: unknown) => {
      await database.close();
      throw e;
    });
    if (outcome.applied > 0 && migratesAsServer(config.database)) io.err(OWNER_FALLBACK_WARNING);
  } catch (e) {
    io.err(`${openFailure(e, config.database)}\n`);
    return 1;
  }
  try {
    return await work(database);
  } finally {
    await database.close();
  }
}

export function openFailure(e: unknown, config: DatabaseConfig): string {
  if (e instanceof DataFolderInUseError) return e.message;
  const message = e instanceof Error ? e.message.split(/\bparams:/)[0]!.trim() : String(e);
  return `Could not open ${describeDatabase(config)}: ${message}`;
}
