import { randomBytes } from 'node:crypto';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDatabase } from './connection.js';
import { servingRole } from './serving-role.js';
import { testDrivers } from './testing/test-database.js';

/**
 * `migrate()` on a new PostgreSQL database as an owner role: it creates the application role the
 * server's URL names (with that URL's password) and grants it what the server needs, tables a
 * later migration adds included. Roles and database are this test's own and dropped afterwards.
 */
describe.runIf(testDrivers().includes('postgres'))('migrating PostgreSQL as an owner role', () => {
  const base = process.env.TEST_DATABASE_URL!;
  const tag = `${process.pid}_${randomBytes(4).toString('hex')}`;
  const name = `irr_t_${tag}`;
  const owner = `irr_mo_${tag}`;
  const app = `irr_ma_${tag}`;
  const as = (role: string, password: string) => {
    const url = new URL(base);
    url.pathname = `/${name}`;
    url.username = role;
    url.password = password;
    return url.toString();
  };
  const admin = async (statement: string) => {
    const client = new pg.Client({ connectionString: base });
    await client.connect();
    try {
      await client.query(statement);
    } finally {
      await client.end();
    }
  };
  beforeAll(async () => {
    await admin(`CREATE ROLE ${owner} LOGIN CREATEROLE PASSWORD 'owner-secret'`);
    await admin(`CREATE DATABASE ${name} OWNER ${owner}`);
  });
  afterAll(async () => {
    await admin(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    await admin(`DROP ROLE IF EXISTS ${app}, ${owner}`);
  });

  it('refuses to migrate a new database as the application role alone', async () => {
    await admin(`CREATE ROLE ${app} LOGIN PASSWORD 'app-secret'`);
    const database = await openDatabase({ kind: 'postgres', url: as(app, 'app-secret') });
    try {
      await expect(database.migrate()).rejects.toThrow(/permission denied/);
    } finally {
      await database.close();
      await admin(`DROP ROLE ${app}`);
    }
  });

  it('says what to do when the application role is missing and the owner may not create it', async () => {
    await admin(`ALTER ROLE ${owner} NOCREATEROLE`);
    const database = await openDatabase({
      kind: 'postgres',
      url: as(app, 'app-secret'),
      migrationUrl: as(owner, 'owner-secret'),
    });
    try {
      await expect(database.migrate()).rejects.toThrow(
        new RegExp(`application role "${app}" .*does not exist.*CREATE ROLE`),
      );
    } finally {
      await database.close();
      await admin(`ALTER ROLE ${owner} CREATEROLE`);
    }
  });

  it('creates and grants the application role, which then serves with no more', async () => {
    const migrating = await openDatabase({
      kind: 'postgres',
      url: as(app, 'app-secret'),
      migrationUrl: as(owner, 'owner-secret'),
    });
    try {
      const outcome = await migrating.migrate();
      expect(outcome).toMatchObject({ granted: app });
      expect(outcome.applied).toBe(outcome.total);
      expect(outcome.total).toBeGreaterThan(0);
      // The application role could migrate and grant nothing; up to date, it needs no more.
      const serving = await openDatabase({ kind: 'postgres', url: as(app, 'app-secret') });
      try {
        expect(await serving.migrate()).toEqual({
          applied: 0,
          total: outcome.total,
          granted: null,
        });
        expect(await servingRole(serving.db)).toEqual({ name: app, problems: [] });
        // A table a later migration adds is the application's to use, by the owner's default privileges.
        const ownerClient = new pg.Client({ connectionString: as(owner, 'owner-secret') });
        await ownerClient.connect();
        await ownerClient.query('CREATE TABLE later_table (n serial PRIMARY KEY, v int)');
        await ownerClient.end();
        await serving.db.execute(sql`INSERT INTO later_table (v) VALUES (1)`);
        await serving.db.execute(sql`UPDATE later_table SET v = 2`);
        // ...and the next migration's grant leaves the audit trail closed to changes.
        expect(await migrating.migrate()).toMatchObject({ applied: 0, granted: app });
        await expect(serving.db.execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
        await serving.db.execute(sql`DELETE FROM later_table`);
      } finally {
        await serving.close();
      }
    } finally {
      await migrating.close();
    }
  });
});
