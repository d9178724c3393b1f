import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../connection.js';
import { openPooledPglite } from './pglite-pool.js';
import './provided-context.js';

export type TestDriver = 'pglite' | 'postgres';

/** Drivers to run database tests against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDrivers(): TestDriver[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/**
 * Which role a test connects as on PostgreSQL: the server's (`app`) unless it says otherwise; the
 * run's `owner` (which migrated the template); or TEST_DATABASE_URL's own (a superuser).
 */
export type TestRole = 'app' | 'owner' | 'superuser';

/**
 * A fresh, migrated database for one test file or test: a copy of the run's template. On PostgreSQL
 * it connects as the application role, as the server does; `as: 'owner'` is for a test that needs a
 * scratch table of its own, which the application role may not create.
 */
export async function createTestDatabase(
  driver: TestDriver = 'pglite',
  options: { as?: TestRole } = {},
): Promise<Database> {
  if (driver === 'pglite') return openPooledPglite(pgliteTemplate());
  const copy = await copyPostgresTemplate();
  const database = await openDatabase({
    kind: 'postgres',
    url: copy.url(options.as ?? 'app'),
    poolSize: 20,
  });
  const close = () => database.close();
  return {
    ...database,
    close: async () => {
      await close();
      await copy.drop();
    },
  };
}

let template: { file: string; dump: Blob } | null = null;

/** The run's migrated PGlite dump, read once a worker (the pool knows a dump by its Blob). */
function pgliteTemplate(): Blob {
  const file = inject('pgliteTemplate');
  if (template?.file !== file) template = { file, dump: new Blob([readFileSync(file)]) };
  return template.dump;
}

export interface PostgresCopy {
  name: string;
  /** The copy's URL as one of the run's roles. */
  url(role: TestRole): string;
  drop(): Promise<void>;
}

/**
 * A new PostgreSQL database owned by the run's owner role: a copy of the migrated template, or with
 * `migrated: false` an empty one for a test of migrating it.
 */
export async function copyPostgresTemplate({ migrated = true } = {}): Promise<PostgresCopy> {
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  const roles = inject('postgresRoles');
  if (!url || !template || !roles) throw new Error('TEST_DATABASE_URL is not set');
  // The template's pid is in its name; our copies carry it too so teardown finds them.
  const pid = template.replace('irr_template_', '');
  const name = `irr_t_${pid}_${randomBytes(6).toString('hex')}`;
  const from = migrated ? ` TEMPLATE ${template}` : '';
  await asSuperuser(url, `CREATE DATABASE ${name}${from} OWNER ${roles.owner}`);
  return {
    name,
    url: (role) => {
      const target = new URL(url);
      target.pathname = `/${name}`;
      if (role === 'superuser') return target.toString();
      target.username = roles[role];
      target.password = roles.password;
      return target.toString();
    },
    drop: () => asSuperuser(url, `DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
  };
}

async function asSuperuser(url: string, statement: string): Promise<void> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

export { contentFingerprint } from './content-fingerprint.js';
export { openPooledPglite } from './pglite-pool.js';
