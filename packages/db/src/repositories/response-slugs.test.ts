import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database, Db } from '../connection.js';
import { MIGRATIONS_FOLDER } from '../migrations-folder.js';
import { movedResponseSlug } from '../read-models/public-responses.js';
import { organisations, reports, responseRecords } from '../schema/index.js';
import { createTestDatabase, testDrivers } from '../testing/test-database.js';
import { insertRecord } from './import-record.js';
import { shortenResponseSlugs } from './response-slugs.js';

const MIGRATION = readFileSync(join(MIGRATIONS_FOLDER, '0019_response_slugs.sql'), 'utf8');
const holder = { office: 'commissioner' as const, name: 'A', title: 'PCC', from: null, to: null };

async function force(db: Db, slug: string, name: string) {
  const [row] = await db
    .insert(organisations)
    .values({ slug, name, kind: 'police_force' })
    .returning();
  return row!;
}

async function report(db: Db, slug: string, title: string, publishedOn: string | null) {
  const [row] = await db
    .insert(reports)
    .values({ slug, title, publishedOn, inspectorate: 'HMICFRS', type: 'peel' })
    .returning();
  return row!;
}

/** Staffordshire's PEEL 2018/19 report, as the seed names it, with the slug the register made of its title. */
const peelReport = (db: Db) =>
  report(
    db,
    'police-effectiveness-efficiency-and-legitimacy-2018-19-an-inspection',
    'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police',
    '2019-05-02',
  );

async function respond(
  db: Db,
  org: Awaited<ReturnType<typeof force>>,
  to: Awaited<ReturnType<typeof report>>,
) {
  const row = await insertRecord(
    db,
    {
      reportId: to.id,
      organisationId: org.id,
      commissioner: holder,
      chiefOfficer: { ...holder, office: 'chief_officer' as const },
    },
    {
      organisationName: org.name,
      reportTitle: to.title,
      reportSlug: to.slug,
      reportPublishedOn: to.publishedOn,
    },
    { actorId: null, action: 'record.imported' },
  );
  return row.slug;
}

describe.each(testDrivers())("a response's own permalink (%s)", (driver) => {
  let database: Database;
  afterEach(() => database?.close());

  it('is its short name under its force, told apart by date within a force, never by a counter', async () => {
    database = await createTestDatabase(driver);
    const db = database.db;
    const staffs = await force(db, 'staffordshire', 'Staffordshire Police');
    const kent = await force(db, 'kent', 'Kent Police');
    const peel = await peelReport(db);
    expect(await respond(db, staffs, peel)).toBe('peel-2018-19');
    // The same national inspection answered by two forces: the same short address under each.
    const vetting2022 = await report(db, 'vetting', 'Vetting: an inspection', '2022-11-02');
    expect(await respond(db, staffs, vetting2022)).toBe('vetting');
    expect(await respond(db, kent, vetting2022)).toBe('vetting');
    // A later report with the same short name: its month tells it apart.
    const vetting2025 = await report(db, 'vetting-2', 'Vetting — an inspection', '2025-03-04');
    expect(await respond(db, staffs, vetting2025)).toBe('vetting-2025-03');
  });

  it('gives responses made before it existed their short address, and their old one points there', async () => {
    database = await createTestDatabase(driver, { as: 'owner' });
    const db = database.db;
    const staffs = await force(db, 'staffordshire', 'Staffordshire Police');
    const peel = await peelReport(db);
    // The register as migration 0018 left it: no slug column, one published response.
    await db.execute(
      sql`alter table response_records drop constraint response_records_org_slug_key`,
    );
    await db.execute(sql`alter table response_records drop column slug`);
    await db.execute(sql`insert into response_records (report_id, organisation_id, status, latest_published_version, commissioner, chief_officer)
      values (${peel.id}, ${staffs.id}, 'published', 1, ${JSON.stringify(holder)}::jsonb, ${JSON.stringify({ ...holder, office: 'chief_officer' })}::jsonb)`);
    // Published, so its update fires the deferred public-generation triggers the migration must get past.
    await db.transaction(async (tx) => {
      for (const statement of MIGRATION.split('--> statement-breakpoint'))
        await tx.execute(sql.raw(statement));
    });
    const slugOf = async () =>
      (await db.select({ slug: responseRecords.slug }).from(responseRecords))[0]!.slug;
    expect(await slugOf()).toBe(peel.slug);
    expect(await shortenResponseSlugs(db)).toBe(1);
    expect(await slugOf()).toBe('peel-2018-19');
    expect(await movedResponseSlug(db, 'staffordshire', peel.slug)).toBe('peel-2018-19');
    // Run again by the next `migrate`: nothing left to shorten.
    expect(await shortenResponseSlugs(db)).toBe(0);
    // Only a published response's old address is answered.
    await db.update(responseRecords).set({ latestPublishedVersion: null });
    expect(await movedResponseSlug(db, 'staffordshire', peel.slug)).toBeNull();
    expect(await movedResponseSlug(db, 'kent', peel.slug)).toBeNull();
    await db.delete(responseRecords).where(eq(responseRecords.organisationId, staffs.id));
  });
});
