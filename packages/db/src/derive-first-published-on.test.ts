import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './connection.js';
import { MIGRATIONS_FOLDER } from './migrations-folder.js';
import { organisations, recordVersions, reports, responseRecords } from './schema/index.js';
import { createTestDatabase, testDrivers } from './testing/test-database.js';

const REPAIR = readFileSync(join(MIGRATIONS_FOLDER, '0005_derive_first_published_on.sql'), 'utf8');

// Issue 13, defect 3: a "first published on" typed in before the fix is derived again from the
// frozen first version when the register is migrated.
describe.each(testDrivers())('deriving "first published on" again (%s)', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database.close());

  it('sets it to the London day version 1 was published, and clears it where nothing was', async () => {
    const { db } = database;
    const [org] = await db
      .insert(organisations)
      .values({ slug: 'staffordshire', name: 'Staffordshire Police', kind: 'police_force' })
      .returning();
    const report = async (slug: string) =>
      (
        await db
          .insert(reports)
          .values({ slug, title: slug, inspectorate: 'HMICFRS', type: 'peel' })
          .returning()
      )[0]!;
    const record = async (reportId: string, firstPublishedOn: string) =>
      (
        await db
          .insert(responseRecords)
          .values({
            reportId,
            organisationId: org!.id,
            slug: reportId,
            status: 'published',
            commissioner: { office: 'commissioner', name: 'A', title: 'PCC' } as never,
            chiefOfficer: { office: 'chief_officer', name: 'B', title: 'CC' } as never,
            firstPublishedOn,
          })
          .returning()
      )[0]!;
    const tampered = await record((await report('published')).id, '2020-03-01');
    // 23:30 UTC on 1 April 2020 is already 2 April in London (BST).
    await db.insert(recordVersions).values({
      recordId: tampered.id,
      version: 1,
      publishedAt: new Date('2020-04-01T23:30:00Z'),
      snapshot: {},
    });
    const never = await record((await report('never')).id, '2020-03-01');

    for (const statement of REPAIR.split('--> statement-breakpoint'))
      await db.execute(sql.raw(statement));

    const day = async (id: string) =>
      (await db.select().from(responseRecords).where(eq(responseRecords.id, id)))[0]!
        .firstPublishedOn;
    expect(await day(tampered.id)).toBe('2020-04-02');
    expect(await day(never.id)).toBeNull();
  });
});
