import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import { openDatabase, type Database } from '../connection.js';
import './provided-context.js';

export type TestDriver = 'pglite' | 'postgres';

/** Drivers to run database tests against: PGlite always, PostgreSQL when TEST_DATABASE_URL is set. */
export function testDrivers(): TestDriver[] {
  return inject('postgresTemplate') ? ['pglite', 'postgres'] : ['pglite'];
}

/** A fresh, migrated database for one test file or test: a copy of the run's template. */
export async function createTestDatabase(driver: TestDriver = 'pglite'): Promise<Database> {
  if (driver === 'pglite') {
    const template = readFileSync(inject('pgliteTemplate'));
    return openDatabase({ kind: 'pglite-memory', loadDataDir: new Blob([template]) });
  }
  const url = process.env.TEST_DATABASE_URL;
  const template = inject('postgresTemplate');
  if (!url || !template) throw new Error('TEST_DATABASE_URL is not set');
  // The template's pid is in its name; our copies carry it too so teardown finds them.
  const pid = template.replace('irr_template_', '');
  const name = `irr_t_${pid}_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  await admin.end();
  const target = new URL(url);
  target.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: target.toString(), poolSize: 20 });
  const close = () => database.close();
  return {
    ...database,
    close: async () => {
      await close();
      const cleanup = new pg.Client({ connectionString: url });
      await cleanup.connect();
      await cleanup.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await cleanup.end();
    },
  };
}
export { contentFingerprint } from './content-fingerprint.js';
