import { sql, type SQL } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Database } from './connection.js';
import { servingRole } from './serving-role.js';
import { insertPublishedFixture, type PublishedFixture } from './testing/published-version.js';
import { sqlFailure } from './testing/sql-failure.js';
import { createTestDatabase, testDrivers } from './testing/test-database.js';

async function rows(database: Database, query: SQL): Promise<Record<string, unknown>[]> {
  // Both drivers answer `{ rows }`; the shared Db type leaves the result unknown.
  const result: unknown = await database.db.execute(query);
  return (result as { rows: Record<string, unknown>[] }).rows;
}

/**
 * The server's connection on PostgreSQL is the application role, which owns nothing: every way
 * of switching off the database's own protections is refused to it. (The tests' databases connect
 * as that role, so the whole suite also shows the register works with no more than this.)
 */
describe.runIf(testDrivers().includes('postgres'))('the application role on PostgreSQL', () => {
  let app: Database;
  let published: PublishedFixture;
  beforeAll(async () => {
    app = await createTestDatabase('postgres');
    published = await insertPublishedFixture(app.db);
    await app.db.execute(
      sql`INSERT INTO audit_events (action, entity_type, entity_id) VALUES ('kept', 'user', 'x')`,
    );
  });
  afterAll(() => app.close());

  it('is not a superuser, owns nothing and may not create roles', async () => {
    const [me] = await rows(app, sql`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
    expect(me).toEqual({ rolsuper: false });
    expect((await servingRole(app.db)).problems).toEqual([]);
  });

  it('cannot switch off a trigger, change the tables or the audit trail, or become another role', async () => {
    // Never as a superuser: some of these would then succeed and reach past this database
    // (ALTER SYSTEM, CREATE ROLE).
    const [me] = await rows(app, sql`SELECT rolsuper FROM pg_roles WHERE rolname = current_user`);
    expect(me).toEqual({ rolsuper: false });
    const { versionId, findingId } = published;
    const owner = inject('postgresRoles')!.owner;
    const attempts = [
      sql`ALTER TABLE audit_events DISABLE TRIGGER ALL`,
      sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`,
      sql`ALTER TABLE record_versions DISABLE TRIGGER record_versions_immutable`,
      sql`ALTER TABLE published_findings DISABLE TRIGGER ALL`,
      sql`SET session_replication_role = replica`,
      sql`SELECT set_config('session_replication_role', 'replica', false)`,
      sql`ALTER SYSTEM SET session_replication_role = replica`,
      sql`DROP TRIGGER audit_events_no_update ON audit_events`,
      sql`CREATE OR REPLACE FUNCTION audit_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NEW; END $$`,
      sql`CREATE TRIGGER sneak BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_events_append_only()`,
      sql`CREATE RULE sneak AS ON UPDATE TO audit_events DO INSTEAD NOTHING`,
      sql`ALTER TABLE audit_events RENAME TO audit_events_old`,
      sql`ALTER TABLE audit_events OWNER TO CURRENT_USER`,
      sql`DROP TABLE audit_events`,
      sql`CREATE TABLE audit_events_copy (n int)`,
      sql`UPDATE audit_events SET action = 'changed'`,
      sql`DELETE FROM audit_events`,
      sql`TRUNCATE audit_events`,
      sql`UPDATE record_versions SET snapshot = '{}'::jsonb WHERE id = ${versionId}`,
      sql`UPDATE record_versions SET published_by = NULL WHERE id = ${versionId}`,
      sql`DELETE FROM record_versions WHERE id = ${versionId}`,
      sql`TRUNCATE record_versions CASCADE`,
      sql`UPDATE published_findings SET text = 'Rewritten' WHERE finding_id = ${findingId}`,
      sql`DELETE FROM published_findings WHERE finding_id = ${findingId}`,
      sql`TRUNCATE published_findings`,
      sql`DELETE FROM drizzle.__drizzle_migrations`,
      sql.raw(`SET ROLE ${owner}`),
      sql.raw(`SET SESSION AUTHORIZATION ${owner}`),
      sql.raw(`GRANT ${owner} TO CURRENT_USER`),
      sql`ALTER ROLE CURRENT_USER SUPERUSER`,
      sql`CREATE ROLE irr_sneak LOGIN SUPERUSER`,
      sql`COPY audit_events FROM PROGRAM 'true'`,
    ];
    const answers = [];
    for (const attempt of attempts) answers.push(await sqlFailure(app.db.execute(attempt)));
    // Each is refused for want of a privilege, not for some other reason (a typo would pass too).
    const REFUSED = /permission denied|must be (owner|superuser)|must have admin option/;
    expect(answers.filter((a) => !REFUSED.test(a))).toEqual([]);
    expect(answers).toHaveLength(32);

    // Nothing moved: the triggers are on, the audit event and the version are as they were.
    const triggers = await rows(
      app,
      sql`SELECT tgname, tgenabled FROM pg_trigger
          WHERE tgrelid IN ('audit_events'::regclass, 'record_versions'::regclass, 'published_findings'::regclass)
            AND NOT tgisinternal ORDER BY tgname`,
    );
    expect(triggers.length).toBeGreaterThanOrEqual(4);
    expect(triggers.every((t) => t.tgenabled === 'O')).toBe(true);
    expect(await rows(app, sql`SELECT action FROM audit_events`)).toEqual([{ action: 'kept' }]);
    expect(
      await rows(app, sql`SELECT published_by AS by FROM record_versions WHERE id = ${versionId}`),
    ).toEqual([{ by: published.userId }]);
    expect(await rows(app, sql`SHOW session_replication_role`)).toEqual([
      { session_replication_role: 'origin' },
    ]);
  });

  it('still does its job: withdraws a version and retires its findings from public search', async () => {
    const { versionId } = published;
    await app.db.execute(
      sql`UPDATE record_versions SET withdrawn_at = now(), withdrawal_reason = 'Wrong report' WHERE id = ${versionId}`,
    );
    await app.db.execute(
      sql`UPDATE published_findings SET current = false WHERE version_id = ${versionId}`,
    );
    expect(
      await rows(app, sql`SELECT current FROM published_findings WHERE version_id = ${versionId}`),
    ).toEqual([{ current: false }]);
  });
});
