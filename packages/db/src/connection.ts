import { PGlite } from '@electric-sql/pglite';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { lockDataFolder } from './folder-lock.js';
import {
  watchPglite,
  watchPostgres,
  type PublicGenerationWatch,
  type PublicGenerationWatchOptions,
} from './generation-watch.js';
import { appliedMigrations } from './applied-migrations.js';
import { MIGRATIONS_FOLDER } from './migrations-folder.js';
import { migratePostgres, type MigrationOutcome } from './postgres-migration.js';
import { shortenResponseSlugs } from './repositories/response-slugs.js';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** Either driver: repositories see only this. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** Run migrations (idempotent); on PostgreSQL as the owner role when one is configured. */
  migrate(): Promise<MigrationOutcome>;
  /** A cheap query, for /readyz. */
  ping(): Promise<void>;
  close(): Promise<void>;
  /**
   * Hear of every advance of the public generation as it commits (migration 0015): on PostgreSQL over a
   * connection of its own (one more than the pool), on PGlite in-process. Close it before the database.
   */
  watchPublicGeneration(options?: PublicGenerationWatchOptions): PublicGenerationWatch;
  /** PGlite only: the whole database as a data-folder dump, which `pglite-memory` can load (tests start from one). */
  dumpDataDir?(): Promise<Blob>;
}

export { MIGRATIONS_FOLDER, type MigrationOutcome };

export type DatabaseConfig =
  | {
      kind: 'postgres';
      /** The application role's connection: the server's. */
      url: string;
      /** The owner role's, for migrations (IRR_MIGRATION_DATABASE_URL); without it `url` migrates. */
      migrationUrl?: string;
      poolSize?: number;
    }
  | { kind: 'pglite'; dataDir: string }
  | { kind: 'pglite-memory'; loadDataDir?: Blob | File };

export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  if (config.kind === 'postgres') {
    const pool = new pg.Pool({ connectionString: config.url, max: config.poolSize ?? 10 });
    // An idle client erroring (the server restarted) must not crash the process; the next query reconnects.
    pool.on('error', () => undefined);
    const db = drizzlePg(pool, { schema }) as unknown as Db;
    return {
      db,
      kind: 'postgres',
      migrate: async () => {
        const outcome = await migratePostgres(pool, config.url, config.migrationUrl);
        await shortenResponseSlugs(db);
        return outcome;
      },
      ping: async () => {
        await pool.query('select 1');
      },
      close: () => pool.end(),
      watchPublicGeneration: (options) => watchPostgres(config.url, options),
    };
  }
  const release = config.kind === 'pglite' ? lockDataFolder(config.dataDir) : () => undefined;
  try {
    const client =
      config.kind === 'pglite'
        ? await PGlite.create({ dataDir: config.dataDir })
        : await PGlite.create(config.loadDataDir ? { loadDataDir: config.loadDataDir } : {});
    return pgliteDatabase(client, async () => {
      await client.close();
      release();
    });
  } catch (e) {
    release();
    throw e;
  }
}

/** A PGlite client as a Database; `close` is what closing it does (the tests' pool takes it back instead). */
export function pgliteDatabase(client: PGlite, close: () => Promise<void>): Database {
  const db = drizzlePglite(client, { schema });
  return {
    db,
    kind: 'pglite',
    migrate: async () => {
      const before = await appliedMigrations(db);
      await migratePglite(db, { migrationsFolder: MIGRATIONS_FOLDER });
      const total = await appliedMigrations(db);
      await shortenResponseSlugs(db);
      return { applied: total - before, total, granted: null };
    },
    ping: async () => {
      await client.query('select 1');
    },
    dumpDataDir: () => client.dumpDataDir('none'),
    watchPublicGeneration: () => watchPglite(client),
    close,
  };
}
