import { readFileSync, readdirSync } from 'node:fs';
import { eq, getTableName, isTable, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './connection.js';
import { publicGeneration } from './generation.js';
import * as schema from './schema/index.js';
import { createTestDatabase, testDrivers } from './testing/test-database.js';

const READ_MODELS = new URL('./read-models/', import.meta.url);
/** The files the public use cases read through (packages/api/src/use-cases/public imports from these). */
const PUBLIC_SOURCES = readdirSync(READ_MODELS)
  .filter((f) => (f.startsWith('public-') || f === 'version-changes.ts') && !f.endsWith('.test.ts'))
  .map((f) => readFileSync(new URL(f, READ_MODELS), 'utf8'));

/** Tables a public read model reads whose writes need not advance the generation, and why. */
const NOT_ADVANCING: Record<string, string> = {
  audit_events:
    'read for report corrections, which are audited in the transaction that updates the report (which advances)',
  users: 'read for who wrote a staff change-list, which is never public',
};

/** Every table the public read models name, by its drizzle name or in raw SQL. */
function tablesPublicPagesRead(): string[] {
  const names = new Set<string>();
  const tables = Object.entries(schema).filter(([, v]) => isTable(v));
  for (const source of PUBLIC_SOURCES) {
    for (const [variable, table] of tables)
      if (new RegExp(`\\b${variable}\\b`).test(source)) names.add(getTableName(table as never));
    for (const m of source.matchAll(/\b(?:from|join)\s+"?([a-z_]+)"?\s+[a-z]\w*\b/g))
      if (tables.some(([, t]) => getTableName(t as never) === m[1])) names.add(m[1]!);
  }
  return [...names].sort();
}

describe.each(testDrivers())('the public generation on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver, { as: 'owner' });
  });
  afterAll(() => database.close());

  it('has a trigger that advances it on every table a public read model reads', async () => {
    const read = tablesPublicPagesRead();
    expect(read).toEqual(
      expect.arrayContaining(['record_versions', 'published_findings', 'findings']),
    );
    const result = (await database.db.execute(sql`
      select distinct c.relname as name from pg_trigger t join pg_class c on c.oid = t.tgrelid
      join pg_proc p on p.oid = t.tgfoid where p.proname like 'irr_%public_%' or p.proname = 'irr_published_finding_written'`)) as {
      rows: { name: string }[];
    };
    const advancing = new Set(result.rows.map((r) => r.name));
    const missing = read.filter((t) => !advancing.has(t) && !(t in NOT_ADVANCING));
    expect(missing).toEqual([]);
  });

  it('moves when a record is published or a public update is written, not for drafts, internal updates or sign-ins', async () => {
    const { db } = database;
    const g = () => publicGeneration(db);
    const [org] = await db
      .insert(schema.organisations)
      .values({ slug: 'gen-org', name: 'Generation Police', kind: 'police_force' })
      .returning();
    const [report] = await db
      .insert(schema.reports)
      .values({ slug: 'gen-report', title: 'Generation', inspectorate: 'HMICFRS', type: 'peel' })
      .returning();
    const holder = {
      office: 'commissioner' as const,
      name: 'A',
      title: 'PCC',
      from: null,
      to: null,
    };
    const [record] = await db
      .insert(schema.responseRecords)
      .values({
        reportId: report!.id,
        organisationId: org!.id,
        slug: report!.slug,
        commissioner: holder,
        chiefOfficer: { ...holder, office: 'chief_officer' as const },
      })
      .returning();
    const [finding] = await db
      .insert(schema.findings)
      .values({
        recordId: record!.id,
        ref: 'R1',
        position: 0,
        kind: 'recommendation',
        text: '<p>x</p>',
      })
      .returning();
    const [user] = await db
      .insert(schema.users)
      .values({ email: 'gen@example.org', displayName: 'Gen', passwordHash: 'x' })
      .returning();

    // Drafts, internal updates and staff activity: nothing public changed.
    const quiet = await g();
    await db
      .update(schema.findings)
      .set({ text: '<p>draft wording</p>' })
      .where(eq(schema.findings.id, finding!.id));
    await db.insert(schema.findingUpdates).values({
      findingId: finding!.id,
      position: 0,
      text: '<p>internal</p>',
      visibility: 'internal',
      author: 'force',
      date: '2026-01-01',
    });
    await db
      .update(schema.users)
      .set({ displayName: 'Gen Two' })
      .where(eq(schema.users.id, user!.id));
    await db
      .update(schema.responseRecords)
      .set({ summary: '<p>draft</p>' })
      .where(eq(schema.responseRecords.id, record!.id));
    expect(await g()).toBe(quiet);

    // A draft the office marks as needing no response shows so on the register of reports (its
    // wording never shows, so rewording it changes nothing public).
    const markNotRequired = (reason: string | null) =>
      db
        .update(schema.responseRecords)
        .set({ notRequiredReason: reason })
        .where(eq(schema.responseRecords.id, record!.id));
    await markNotRequired('No response was asked for');
    const marked = await g();
    expect(marked).not.toBe(quiet);
    await markNotRequired('Reworded');
    expect(await g()).toBe(marked);
    await markNotRequired(null);
    const unmarked = await g();
    expect(unmarked).not.toBe(marked);

    // Published: the record's writes and its findings' now show.
    await db
      .update(schema.responseRecords)
      .set({ latestPublishedVersion: 1 })
      .where(eq(schema.responseRecords.id, record!.id));
    const published = await g();
    expect(published).not.toBe(unmarked);
    await db
      .update(schema.findings)
      .set({ status: 'completed' })
      .where(eq(schema.findings.id, finding!.id));
    const afterStatus = await g();
    expect(afterStatus).not.toBe(published);

    // Several public writes in one transaction advance it once, at commit.
    await db.transaction(async (tx) => {
      await tx
        .update(schema.findings)
        .set({ status: 'in_progress' })
        .where(eq(schema.findings.id, finding!.id));
      await tx
        .update(schema.reports)
        .set({ link: 'https://example.org/r' })
        .where(eq(schema.reports.id, report!.id));
      expect(await publicGeneration(tx)).toBe(afterStatus);
    });
    expect(Number(await g())).toBe(Number(afterStatus) + 1);
  });
});
