import { eq } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import type { Finding } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database, Db } from '../connection.js';
import * as schema from '../schema/index.js';
import { findingUpdates, findings, organisations, reports } from '../schema/index.js';
import { createTestDatabase, testDrivers } from '../testing/test-database.js';
import { findingRowsOf, insertRecord, setFindingsWording } from './import-record.js';
import { insertFindings, loadRecord, storedRecordOf } from './records.js';

const finding = (ref: string, over: Partial<Finding> = {}): Finding => ({
  ref,
  kind: 'recommendation',
  reference: null,
  title: null,
  text: `<p>Finding ${ref}</p>`,
  subItems: [],
  group: { pillar: 'Effectiveness', area: null, questionId: null },
  deadlinePhrase: null,
  causeOfConcernRef: null,
  supersedes: null,
  acceptance: null,
  status: null,
  updates: [],
  ...over,
});

const update = (text: string) => ({
  date: '2026-01-02',
  datePrecision: 'day' as const,
  author: 'force' as const,
  visibility: 'public' as const,
  text: `<p>${text}</p>`,
});

// Issue 15, item 3: an import's round trips per record must not grow with its findings.
describe.each(testDrivers())('writing an imported record’s findings (%s)', (driver) => {
  let database: Database;
  /** The same database through a drizzle that counts the statements it sends. */
  let counted: Db;
  let statements = 0;
  let recordOf: () => Promise<{ id: string; stored: Parameters<typeof storedRecordOf>[0] }>;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    const client = (database.db as unknown as { $client: never }).$client;
    const logger = { logQuery: () => void (statements += 1) };
    counted =
      driver === 'pglite'
        ? drizzlePglite(client, { schema, logger })
        : drizzlePg(client, { schema, logger });
    const { db } = database;
    const [organisation] = await db
      .insert(organisations)
      .values({ slug: 'staffordshire', name: 'Staffordshire Police', kind: 'police_force' })
      .returning();
    let n = 0;
    recordOf = async () => {
      n += 1;
      const [report] = await db
        .insert(reports)
        .values({
          slug: `report-${n}`,
          title: `Report ${n}`,
          inspectorate: 'HMICFRS',
          type: 'peel',
        })
        .returning();
      const holder = {
        office: 'commissioner' as const,
        name: 'A',
        title: 'PCC',
        from: null,
        to: null,
      };
      const record = await insertRecord(
        db,
        {
          reportId: report!.id,
          organisationId: organisation!.id,
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
      return {
        id: record.id,
        stored: { record, organisation: organisation!, report: report!, findings: [], updates: [] },
      };
    };
  });
  afterAll(() => database.close());

  it('inserts every finding in one statement and every update in another, however many', async () => {
    const { id } = await recordOf();
    const list = [
      finding('r1', { causeOfConcernRef: 'c1', updates: [update('one'), update('two')] }),
      finding('c1', { kind: 'cause_of_concern', title: 'Crime data' }),
      ...Array.from({ length: 60 }, (_, i) => finding(`a${i}`, { updates: [update(`a${i}`)] })),
    ];
    statements = 0;
    await insertFindings(counted, id, list, null);
    // Before: a statement to read the record's findings, then one per finding and one per update list (124).
    expect(statements).toBe(2);
    const stored = (await loadRecord(database.db, id))!;
    expect(stored.record.findings.map((f) => f.ref)).toEqual(list.map((f) => f.ref));
    expect(stored.record.findings[0]).toMatchObject({
      causeOfConcernRef: 'c1',
      status: 'in_progress',
      updates: [{ text: '<p>one</p>' }, { text: '<p>two</p>' }],
    });
    expect(stored.findings.find((f) => f.row.ref === 'c1')!.row.causeStatus).toBe('open');
  });

  it('returns the rows as stored, so the record need not be read back to be checked', async () => {
    const { id, stored } = await recordOf();
    const list = [
      finding('c1', { kind: 'cause_of_concern' }),
      finding('r1', { causeOfConcernRef: 'c1', updates: [update('x'), update('y')] }),
    ];
    const inserted = await insertFindings(database.db, id, list, null);
    const fromRows = storedRecordOf({ ...stored, ...inserted });
    const readBack = (await loadRecord(database.db, id))!;
    expect(fromRows.record).toEqual(readBack.record);
    expect(fromRows.findings).toEqual(readBack.findings);
  });

  it('keeps wording exactly as written: quotes, backslashes, accents, emoji and no-break spaces', async () => {
    const { id, stored } = await recordOf();
    const text = '<p>“Quoted” \\ "plain" \'single\' Ynys Môn\u00a0– 😀 {"json": [1]} \\u0041</p>';
    const list = [
      finding('r1', {
        text,
        subItems: [{ text: 'a "part" \\ with 😀', children: [] }],
        updates: [{ ...update('x'), text: `<p>${text}</p>` }],
      }),
    ];
    const inserted = await insertFindings(database.db, id, list, null);
    expect(inserted.findings[0]!.text).toBe(text);
    const readBack = (await loadRecord(database.db, id))!;
    expect(readBack.record.findings[0]!.text).toBe(text);
    expect(readBack.record.findings[0]!.subItems).toEqual(list[0]!.subItems);
    expect(readBack.record.findings[0]!.updates[0]!.text).toBe(`<p>${text}</p>`);
    expect(storedRecordOf({ ...stored, ...inserted }).findings).toEqual(readBack.findings);
  });

  it('refuses an update row with a column left undefined, which would be stored empty, not defaulted', async () => {
    const { id } = await recordOf();
    const list = [
      finding('r1', { updates: [{ ...update('x'), datePrecision: undefined as never }] }),
    ];
    await expect(insertFindings(database.db, id, list, null)).rejects.toThrow(
      /datePrecision is undefined/,
    );
  });

  it('links a new recommendation to a cause the record already holds', async () => {
    const { id } = await recordOf();
    await insertFindings(database.db, id, [finding('c1', { kind: 'cause_of_concern' })], null);
    await insertFindings(database.db, id, [finding('r9', { causeOfConcernRef: 'c1' })], null, 1);
    const stored = (await loadRecord(database.db, id))!;
    expect(stored.record.findings.map((f) => [f.ref, f.causeOfConcernRef])).toEqual([
      ['c1', null],
      ['r9', 'c1'],
    ]);
  });

  it('inserts more findings than one statement has parameters for, each cause linked', async () => {
    const { id } = await recordOf();
    // The cause comes last in the record, after 1,100 findings that point at it: 23,000 values, one JSON parameter.
    const list = [
      ...Array.from({ length: 1100 }, (_, i) => finding(`r${i}`, { causeOfConcernRef: 'c1' })),
      finding('c1', { kind: 'cause_of_concern' }),
    ];
    statements = 0;
    await insertFindings(counted, id, list, null);
    expect(statements).toBe(1);
    const rows = await database.db.select().from(findings).where(eq(findings.recordId, id));
    const cause = rows.find((r) => r.ref === 'c1')!;
    expect(cause.position).toBe(1100);
    expect(rows.filter((r) => r.causeOfConcernId === cause.id)).toHaveLength(1100);
  });

  it('gives held findings their new wording in one statement, keeping ids, status and updates', async () => {
    const { id } = await recordOf();
    await insertFindings(
      database.db,
      id,
      [finding('r1', { updates: [update('kept')] }), finding('r2'), finding('r3')],
      null,
    );
    const held = await findingRowsOf(database.db, id);
    statements = 0;
    const updated = await setFindingsWording(
      counted,
      held.map((row) => ({
        row,
        finding: finding(row.ref, {
          text: `<p>Reworded ${row.ref}</p>`,
          subItems: [{ text: 'part', children: [] }],
          acceptance: { position: 'accepted', explanation: '<p>Done.</p>' },
        }),
      })),
    );
    expect(statements).toBe(1);
    expect(updated).toHaveLength(3);
    const stored = (await loadRecord(database.db, id))!;
    for (const f of stored.findings) {
      const before = held.find((h) => h.id === f.row.id)!;
      expect(f.row).toMatchObject({
        text: `<p>Reworded ${f.row.ref}</p>`,
        subItems: [{ text: 'part', children: [] }],
        acceptancePosition: 'accepted',
        status: before.status,
        rowVersion: before.rowVersion + 1,
      });
    }
    const updates = await database.db.select().from(findingUpdates);
    expect(
      updates.filter((u) => u.findingId === held.find((h) => h.ref === 'r1')!.id),
    ).toHaveLength(1);
  });

  it('refuses new wording for a finding someone changed since it was read, and writes none of it', async () => {
    const { id } = await recordOf();
    await insertFindings(database.db, id, [finding('r1'), finding('r2')], null);
    const held = await findingRowsOf(database.db, id);
    const r2 = held.find((h) => h.ref === 'r2')!;
    // A colleague edits r2 after the import read it.
    await database.db
      .update(findings)
      .set({ text: '<p>Colleague</p>', rowVersion: r2.rowVersion + 1 })
      .where(eq(findings.id, r2.id));
    const attempt = database.db.transaction((tx) =>
      setFindingsWording(
        tx,
        held.map((row) => ({ row, finding: finding(row.ref, { text: '<p>Import</p>' }) })),
      ),
    );
    await expect(attempt).rejects.toMatchObject({ code: 'STALE_VERSION' });
    const after = await findingRowsOf(database.db, id);
    expect(after.find((f) => f.ref === 'r2')!.text).toBe('<p>Colleague</p>');
    expect(after.find((f) => f.ref === 'r1')!.text).toBe('<p>Finding r1</p>');
  });
});
