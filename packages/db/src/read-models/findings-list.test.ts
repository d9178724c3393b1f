import type { FindingSort, SortDirection } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { insertRecord } from '../repositories/import-record.js';
import { findings, organisations, reports, users } from '../schema/index.js';
import { createTestDatabase, testDrivers } from '../testing/test-database.js';
import { countFindings, findingsPage, type FindingsListFilter } from './findings-list.js';

const holder = { office: 'commissioner' as const, name: 'A', title: 'PCC', from: null, to: null };

describe.each(testDrivers())('the findings list read model (%s)', (driver) => {
  let database: Database;
  let here: string;
  let owner: string;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const { db } = database;
    const orgs = await db
      .insert(organisations)
      .values([
        { slug: 'here', name: 'Here', kind: 'police_force' },
        { slug: 'there', name: 'There', kind: 'police_force' },
      ])
      .returning();
    here = orgs[0]!.id;
    const [person] = await db
      .insert(users)
      .values({ email: 'o@example.org', displayName: 'O', passwordHash: 'x' })
      .returning();
    owner = person!.id;
    for (const [i, org] of orgs.entries()) {
      const [report] = await db
        .insert(reports)
        .values({ slug: `r${i}`, title: `Report ${i}`, inspectorate: 'HMICFRS', type: 'peel' })
        .returning();
      const record = await insertRecord(
        db,
        {
          reportId: report!.id,
          organisationId: org.id,
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
      const row = (ref: string, more: Partial<typeof findings.$inferInsert> = {}) => ({
        recordId: record.id,
        ref,
        position: 0,
        kind: 'recommendation' as const,
        text: '<p>t</p>',
        ...more,
      });
      await db
        .insert(findings)
        .values([
          row('R10', { targetDate: '2026-01-05', ownerUserId: owner }),
          row('R2', { targetDate: '2026-01-01', status: 'closed', ownerTeam: 'PVP' }),
          row('R1', { targetDate: '2026-01-20', status: 'completed', ownerTeam: 'pvp' }),
          row('AFI1', { kind: 'area_for_improvement' }),
        ]);
    }
  });
  afterAll(() => database.close());

  const refs = async (
    filter: Partial<FindingsListFilter>,
    sort: FindingSort = 'ref',
    dir: SortDirection = 'asc',
  ) =>
    (
      await findingsPage(
        database.db,
        { organisationIds: [here], ...filter },
        { sort, dir },
        { limit: 50, offset: 0 },
      )
    ).map((f) => f.ref);

  it('keeps one organisation, and sorts refs by letters then number', async () => {
    expect(await refs({})).toEqual(['AFI1', 'R1', 'R2', 'R10']);
    expect(await refs({}, 'ref', 'desc')).toEqual(['R10', 'R2', 'R1', 'AFI1']);
    expect(await countFindings(database.db, { organisationIds: undefined })).toBe(8);
    expect(await countFindings(database.db, { organisationIds: [] })).toBe(0);
  });

  it('sorts by target date with none last, and by status in lifecycle order', async () => {
    expect(await refs({}, 'target_date')).toEqual(['R2', 'R10', 'R1', 'AFI1']);
    expect(await refs({}, 'status')).toEqual(['AFI1', 'R10', 'R1', 'R2']);
  });

  it('filters due windows on open findings only, owners, teams and statuses', async () => {
    const today = '2026-01-06';
    expect(await refs({ due: { kind: 'overdue', today } })).toEqual(['R10']);
    expect(await refs({ due: { kind: 'between', from: today, to: '2026-01-20' } })).toEqual(['R1']);
    expect(await refs({ due: { kind: 'none' } })).toEqual(['AFI1']);
    expect(await refs({ ownerUserId: owner })).toEqual(['R10']);
    expect(await refs({ ownerUserId: null })).toEqual(['AFI1', 'R1', 'R2']);
    expect(await refs({ team: 'PvP' })).toEqual(['R1', 'R2']);
    expect(await refs({ statuses: ['closed', 'completed'], kinds: ['recommendation'] })).toEqual([
      'R1',
      'R2',
    ]);
  });
});
