import { count, eq } from 'drizzle-orm';
// Brings in the typing of the test database template that createTestDatabase reads.
import type {} from '@irr/db/testing/global-setup';
import { schema, type Database } from '@irr/db';
import { createTestDatabase, testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

const SEED_TITLE =
  'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police';

describe.each(testDrivers())('irr import (%s)', (driver) => {
  let database: Database;
  let seed: string;
  let importerId: string;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    seed = await readSeedRecord();
    const [importer] = await database.db
      .insert(schema.users)
      .values({
        email: 'importer@example.org',
        displayName: 'Ida Importer',
        passwordHash: 'scrypt$unused',
      })
      .returning();
    importerId = importer!.id;
  });
  const AS = ['--as', 'importer@example.org'];
  afterAll(() => database.close());

  const variant = (title: string) =>
    seed.replace(`Title of inspection\t${SEED_TITLE}`, `Title of inspection\t${title}`);
  const countOf = async (
    table: typeof schema.responseRecords | typeof schema.findings | typeof schema.reports,
  ) => ((await database.db.select({ n: count() }).from(table)) as [{ n: number }])[0].n;

  async function run(argv: string[], files: Record<string, string>) {
    const io = memoryIo({ files });
    const code = await main(argv, io.io, { database });
    return { code, ...io };
  }

  async function publish(recordId: string) {
    // What an approver does in the app, reduced to the columns the importer looks at.
    await database.db
      .update(schema.responseRecords)
      .set({ status: 'published', latestPublishedVersion: 1 })
      .where(eq(schema.responseRecords.id, recordId));
  }

  it('imports the good records of a file, reports the broken one by its lines, and leaves nothing of it', async () => {
    const first = variant('Custody inspection: Staffordshire');
    const broken = variant('Crime data integrity inspection: Staffordshire').replace(
      'Grade\tGood',
      'Grade\tSplendid',
    );
    const third = variant('Joint inspection of child protection: Staffordshire');
    const text = [first, broken, third].join('\n');
    const [recordsBefore, reportsBefore] = [
      await countOf(schema.responseRecords),
      await countOf(schema.reports),
    ];

    const result = await run(['import', 'three.txt', ...AS], { 'three.txt': text });

    expect(result.code).toBe(1);
    // A record runs from its title line to the line before the next record's title.
    const lines = text.split('\n');
    const titles = lines.flatMap((l, i) =>
      l === 'PCC and CC Force Inspection response record' ? [i + 1] : [],
    );
    const [start, end] = [titles[1]!, titles[2]! - 1];
    const gradeLine = lines.indexOf('Grade\tSplendid') + 1;
    expect(result.err()).toContain(`three.txt lines ${start}-${end}: not imported`);
    expect(result.err()).toMatch(
      new RegExp(`^three\\.txt:${gradeLine}: error \\[UNKNOWN_GRADE\\] [\\w.]+: `, 'm'),
    );
    expect(result.out()).toMatch(
      new RegExp(
        `three\\.txt lines ${titles[0]}-${titles[1]! - 1}: created a draft response record [0-9a-f-]{36} for Staffordshire Police: "Custody inspection: Staffordshire" \\(6 findings, 6 updates\\)`,
      ),
    );
    expect(result.out()).toContain('"Joint inspection of child protection: Staffordshire"');
    expect(result.out()).toContain(
      'Imported: 3 records in 1 file: 2 created, 0 new versions, 1 not imported.',
    );
    expect(await countOf(schema.responseRecords)).toBe(recordsBefore + 2);
    expect(await countOf(schema.reports)).toBe(reportsBefore + 2);
    const brokenReport = await database.db
      .select()
      .from(schema.reports)
      .where(eq(schema.reports.title, 'Crime data integrity inspection: Staffordshire'));
    expect(brokenReport).toEqual([]);
  });

  it('adds a known force from the reference list the first time a record names it', async () => {
    const result = await run(['import', 'seed.txt', ...AS], {
      'seed.txt': variant('Vetting and counter-corruption: Staffordshire'),
    });
    expect(result.code).toBe(0);
    const [org] = await database.db
      .select()
      .from(schema.organisations)
      .where(eq(schema.organisations.slug, 'staffordshire'));
    expect(org).toMatchObject({ name: 'Staffordshire Police', kind: 'police_force' });
    const created = await database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.action, 'organisation.created'));
    expect(created.filter((e) => e.entityId === org!.id)).toHaveLength(1);
  });

  it('refuses a force that is neither stored nor known, and imports nothing', async () => {
    const text = seed
      .replace('Force\tStaffordshire', 'Force\tBorsetshire')
      .replace(/Staffordshire Police/g, 'Borsetshire Constabulary');
    const before = await countOf(schema.responseRecords);
    const result = await run(['import', 'b.txt', ...AS], { 'b.txt': text });
    expect(result.code).toBe(1);
    expect(result.err()).toMatch(
      /refused: "Borsetshire" is not an organisation in this register nor a known force/,
    );
    expect(await countOf(schema.responseRecords)).toBe(before);
  });

  it('refuses to overwrite a draft in progress, and makes a published record a new draft version', async () => {
    const text = variant('Thematic inspection of stalking: Staffordshire');
    const first = await run(['import', 'r.txt', ...AS], { 'r.txt': text });
    expect(first.code).toBe(0);
    const recordId = /record ([0-9a-f-]{36})/.exec(first.out())![1]!;
    const findingsBefore = await countOf(schema.findings);

    const again = await run(['import', 'r.txt', ...AS], { 'r.txt': text });
    expect(again.code).toBe(1);
    expect(again.err()).toContain(
      `refused: A draft version of this response already exists; publish or finish it before importing another (record ${recordId}); nothing was imported`,
    );
    expect(await countOf(schema.findings)).toBe(findingsBefore);

    await publish(recordId);
    const third = await run(['import', 'r.txt', ...AS], {
      'r.txt': text.replace('Force Update:', 'Force Update (1 March 2021):'),
    });
    expect(third.code).toBe(0);
    expect(third.out()).toContain(`started draft version 2 of record ${recordId}`);
    const [row] = await database.db
      .select()
      .from(schema.responseRecords)
      .where(eq(schema.responseRecords.id, recordId));
    expect(row).toMatchObject({ status: 'draft', draftVersion: 2, latestPublishedVersion: 1 });
    expect(await countOf(schema.findings)).toBe(findingsBefore);
  });

  it('a dry run says what would happen and writes nothing', async () => {
    const [records, audit] = [
      await countOf(schema.responseRecords),
      (await database.db.select({ n: count() }).from(schema.auditEvents))[0]!.n,
    ];
    const result = await run(['import', '--dry-run', 'd.txt'], {
      'd.txt': variant('Dry run inspection: Staffordshire'),
    });
    expect(result.code).toBe(0);
    expect(result.out()).toMatch(/would create a draft response record for Staffordshire Police/);
    expect(result.out()).toContain('Dry run, nothing was changed');
    expect(await countOf(schema.responseRecords)).toBe(records);
    expect((await database.db.select({ n: count() }).from(schema.auditEvents))[0]!.n).toBe(audit);
  });

  it('names the importer in the audit trail with --as, and refuses an unknown one', async () => {
    const ok = await run(['import', 'a.txt', '--as', 'Importer@example.org'], {
      'a.txt': variant('Audit trail inspection: Staffordshire'),
    });
    expect(ok.code).toBe(0);
    const recordId = /record ([0-9a-f-]{36})/.exec(ok.out())![1]!;
    const [event] = await database.db
      .select()
      .from(schema.auditEvents)
      .where(eq(schema.auditEvents.entityId, recordId));
    expect(event).toMatchObject({ action: 'record.imported', actorId: importerId });

    const unknown = await run(['import', 'a.txt', '--as', 'nobody@example.org'], { 'a.txt': seed });
    expect(unknown.code).toBe(2);
    expect(unknown.err()).toContain('no account has the email nobody@example.org');
  });

  it('refuses an import that names no author, so nobody can approve a draft they imported themselves', async () => {
    const before = await countOf(schema.responseRecords);
    const result = await run(['import', 'n.txt'], {
      'n.txt': variant('Nameless import inspection: Staffordshire'),
    });
    expect(result.code).toBe(2);
    expect(result.err()).toContain('name the member of staff importing with --as EMAIL');
    expect(await countOf(schema.responseRecords)).toBe(before);
  });

  it('reports a file it cannot read and still imports the others', async () => {
    const result = await run(['import', 'missing.txt', 'e.txt', ...AS], {
      'e.txt': variant('Second file inspection: Staffordshire'),
    });
    expect(result.code).toBe(1);
    expect(result.err()).toContain('missing.txt: cannot read: ENOENT');
    expect(result.out()).toContain('1 created');
  });
});
