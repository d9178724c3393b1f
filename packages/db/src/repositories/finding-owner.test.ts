import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../connection.js';
import { MIGRATIONS_FOLDER } from '../migrations-folder.js';
import { findings, memberships, organisations, reports, users } from '../schema/index.js';
import { createTestDatabase, testDrivers } from '../testing/test-database.js';
import { reassignOwnedFindings } from './findings.js';
import { insertRecord } from './import-record.js';
import { memberStanding } from './users.js';

const MIGRATION = readFileSync(join(MIGRATIONS_FOLDER, '0009_finding_owner_user.sql'), 'utf8');

const holder = { office: 'commissioner' as const, name: 'A', title: 'PCC', from: null, to: null };

async function organisation(db: Db, slug: string) {
  const [row] = await db
    .insert(organisations)
    .values({ slug, name: slug, kind: 'police_force' })
    .returning();
  return row!;
}

let reportNo = 0;
async function record(db: Db, organisationId: string) {
  reportNo += 1;
  const [report] = await db
    .insert(reports)
    .values({ slug: `report-${reportNo}`, title: 'R', inspectorate: 'HMICFRS', type: 'peel' })
    .returning();
  return insertRecord(
    db,
    {
      reportId: report!.id,
      organisationId,
      commissioner: holder,
      chiefOfficer: { ...holder, office: 'chief_officer' as const },
    },
    {
      organisationName: 'A force',
      reportTitle: report!.title,
      reportSlug: report!.slug,
      reportPublishedOn: null,
    },
    { actorId: null, action: 'record.imported' },
  );
}

async function person(db: Db, email: string) {
  const [row] = await db
    .insert(users)
    .values({ email, displayName: email.split('@')[0]!, passwordHash: 'x' })
    .returning();
  return row!;
}

describe.each(testDrivers())('finding owners (%s)', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database.close());

  it("moves only the organisation's open findings of one owner to another, each at a new version", async () => {
    const { db } = database;
    const here = await organisation(db, 'here');
    const there = await organisation(db, 'there');
    const [x, y] = [await person(db, 'x@example.org'), await person(db, 'y@example.org')];
    const mine = await record(db, here.id);
    const elsewhere = await record(db, there.id);
    const add = async (
      recordId: string,
      ref: string,
      status: 'in_progress' | 'closed',
      owner = x.id,
    ) =>
      (
        await db
          .insert(findings)
          .values({
            recordId,
            ref,
            position: 0,
            kind: 'recommendation',
            text: '<p>t</p>',
            status,
            ownerUserId: owner,
            ownerTeam: 'Ops',
          })
          .returning()
      )[0]!;
    const open1 = await add(mine.id, 'r1', 'in_progress');
    const open2 = await add(mine.id, 'r2', 'in_progress');
    const closed = await add(mine.id, 'r3', 'closed');
    const otherOrg = await add(elsewhere.id, 'r1', 'in_progress');
    const othersOwn = await add(mine.id, 'r4', 'in_progress', y.id);

    const moved = await reassignOwnedFindings(db, here.id, x.id, y.id);

    expect(moved.map((m) => [m.id, m.rowVersion])).toEqual([
      [open1.id, 2],
      [open2.id, 2],
    ]);
    const ownerOf = async (id: string) =>
      (await db.select().from(findings).where(eq(findings.id, id)))[0]!;
    expect((await ownerOf(open1.id)).ownerUserId).toBe(y.id);
    expect((await ownerOf(open1.id)).ownerTeam).toBe('Ops');
    expect((await ownerOf(closed.id)).ownerUserId).toBe(x.id);
    expect((await ownerOf(otherOrg.id)).ownerUserId).toBe(x.id);
    expect((await ownerOf(othersOwn.id)).rowVersion).toBe(1);
  });

  it("gives a member's role and whether they are active, or null for someone outside", async () => {
    const { db } = database;
    const org = await organisation(db, 'standing');
    const other = await organisation(db, 'other');
    const [a, b, c, d] = [
      await person(db, 'a@example.org'),
      await person(db, 'b@example.org'),
      await person(db, 'c@example.org'),
      await person(db, 'd@example.org'),
    ];
    await db.insert(memberships).values([
      { userId: a.id, organisationId: org.id, role: 'editor', joinedAt: new Date() },
      {
        userId: b.id,
        organisationId: org.id,
        role: 'admin',
        joinedAt: new Date(),
        disabledAt: new Date(),
      },
      { userId: c.id, organisationId: other.id, role: 'admin', joinedAt: new Date() },
      { userId: d.id, organisationId: org.id, role: 'editor' },
    ]);
    expect(await memberStanding(db, a.id, org.id)).toEqual({ role: 'editor', active: true });
    expect(await memberStanding(db, b.id, org.id)).toEqual({ role: 'admin', active: false });
    expect(await memberStanding(db, c.id, org.id)).toBeNull();
    // Added but not yet signed in: not active.
    expect(await memberStanding(db, d.id, org.id)).toEqual({ role: 'editor', active: false });
  });
});

// Issue 16, item 2: "existing free-text owners are kept as team labels".
describe.each(testDrivers())('migrating free-text owners (%s)', (driver) => {
  let database: Database;
  beforeAll(async () => {
    // Altering the table needs its owner, as the migration runs.
    database = await createTestDatabase(driver, { as: 'owner' });
  });
  afterAll(() => database.close());

  it('keeps each old owner text as the finding’s team label, and names no person', async () => {
    const { db } = database;
    const org = await organisation(db, 'old');
    const rec = await record(db, org.id);
    // The findings table as it stood before the migration: a free-text owner, no user or team.
    await db.execute(sql`ALTER TABLE findings DROP COLUMN owner_user_id`);
    await db.execute(sql`ALTER TABLE findings DROP COLUMN owner_team`);
    await db.execute(sql`ALTER TABLE findings ADD COLUMN owner text`);
    const insert = (ref: string, owner: string | null) =>
      db.execute(
        sql`INSERT INTO findings (record_id, ref, position, kind, text, owner)
            VALUES (${rec.id}, ${ref}, 0, 'recommendation', '<p>t</p>', ${owner})`,
      );
    await insert('r1', 'Head of Public Protection');
    await insert('r2', '  ');
    await insert('r3', null);

    for (const statement of MIGRATION.split('--> statement-breakpoint'))
      await db.execute(sql.raw(statement));

    const rows = await db
      .select({ ref: findings.ref, team: findings.ownerTeam, user: findings.ownerUserId })
      .from(findings)
      .where(eq(findings.recordId, rec.id))
      .orderBy(findings.ref);
    expect(rows).toEqual([
      { ref: 'r1', team: 'Head of Public Protection', user: null },
      { ref: 'r2', team: null, user: null },
      { ref: 'r3', team: null, user: null },
    ]);
    await expect(db.execute(sql`SELECT owner FROM findings`)).rejects.toThrow();
  });
});
