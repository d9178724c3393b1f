import { count, eq, isNull, lt, ne } from 'drizzle-orm';
import type {} from '@irr/db/testing/global-setup';
import { verifyPassword } from '@irr/api';
import { schema, type Database } from '@irr/db';
import { createTestDatabase, testDrivers } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../cli/main.js';
import { memoryIo } from '../cli/test-support.js';
import { DEMO_NOTICE } from './build-record.js';
import { readSeedRecord } from './seed-record.js';

describe.each(testDrivers())('irr seed-demo (%s)', (driver) => {
  let database: Database;
  let first: ReturnType<typeof memoryIo>;
  let firstCode: number;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    first = memoryIo();
    firstCode = await main(['seed-demo', '--passwords-file', 'demo-passwords.txt'], first.io, {
      database,
    });
  });
  afterAll(() => database.close());

  const db = () => database.db;
  const countRows = async (
    table: typeof schema.auditEvents | typeof schema.findings | typeof schema.users,
  ) => ((await db().select({ n: count() }).from(table)) as [{ n: number }])[0].n;

  it('loads four forces with a user in every role, and prints each password once', async () => {
    expect(firstCode).toBe(0);
    expect(first.out()).toContain(
      'Loaded the demo data: 4 forces, 14 response records and 16 demo users.',
    );
    const rows = await db()
      .select({
        slug: schema.organisations.slug,
        role: schema.memberships.role,
        email: schema.users.email,
        hash: schema.users.passwordHash,
      })
      .from(schema.memberships)
      .innerJoin(schema.users, eq(schema.users.id, schema.memberships.userId))
      .innerJoin(
        schema.organisations,
        eq(schema.organisations.id, schema.memberships.organisationId),
      );
    const rolesBySlug = new Map<string, string[]>();
    for (const r of rows)
      rolesBySlug.set(r.slug, [...(rolesBySlug.get(r.slug) ?? []), r.role].sort());
    expect(Object.fromEntries(rolesBySlug)).toEqual({
      staffordshire: ['admin', 'approver', 'editor', 'viewer'],
      'west-midlands': ['admin', 'approver', 'editor', 'viewer'],
      cumbria: ['admin', 'approver', 'editor', 'viewer'],
      gwent: ['admin', 'approver', 'editor', 'viewer'],
    });
    // Each printed password signs that user in; check two, since scrypt is slow on purpose.
    for (const email of ['editor.staffordshire@demo.example.org', 'admin.gwent@demo.example.org']) {
      const password = new RegExp(`^${email.replace(/\./g, '\\.')}\\s+\\w+\\s+(\\S+)$`, 'm').exec(
        first.out(),
      )![1]!;
      expect(password.length).toBeGreaterThanOrEqual(16);
      expect(await verifyPassword(password, rows.find((r) => r.email === email)!.hash)).toBe(true);
      expect(first.files.get('demo-passwords.txt')).toContain(password);
    }
    expect(first.modes.get('demo-passwords.txt')).toBe(0o600);
  });

  it('yields every finding status and every publication status, with the same counts on every run', async () => {
    const byStatus = await db()
      .select({ status: schema.findings.status, n: count() })
      .from(schema.findings)
      .groupBy(schema.findings.status);
    expect(Object.fromEntries(byStatus.map((r) => [r.status, r.n]))).toEqual({
      not_started: 8,
      in_progress: 14,
      completed: 5,
      closed: 8,
      superseded: 2,
      no_longer_applicable: 3,
    });
    const records = await db()
      .select({
        status: schema.responseRecords.status,
        published: schema.responseRecords.latestPublishedVersion,
      })
      .from(schema.responseRecords);
    expect(new Set(records.map((r) => r.status))).toEqual(
      new Set(['draft', 'in_review', 'approved', 'published', 'withdrawn']),
    );
    // A published record with a new draft version in progress.
    expect(records).toContainEqual({ status: 'draft', published: 1 });
    const versions = await db().select().from(schema.recordVersions);
    expect(versions.filter((v) => v.version === 2)).toHaveLength(1);
    expect(versions.filter((v) => v.withdrawnAt !== null)).toHaveLength(1);
  });

  it('has all three kinds of finding, dated public and internal updates, and overdue and revised target dates', async () => {
    const findings = await db().select().from(schema.findings);
    const causes = findings.filter((f) => f.kind === 'cause_of_concern');
    expect(causes.map((c) => c.causeStatus).sort()).toEqual(['closed', 'open']);
    for (const c of causes) expect(findings.some((f) => f.causeOfConcernId === c.id)).toBe(true);
    expect(findings.filter((f) => f.kind === 'area_for_improvement').length).toBeGreaterThan(0);
    const today = '2026-11-28';
    const open = (f: (typeof findings)[number]) =>
      !['closed', 'superseded', 'no_longer_applicable'].includes(f.status);
    expect(
      findings.filter((f) => open(f) && f.targetDate !== null && f.targetDate < today).length,
    ).toBeGreaterThan(0);
    expect(
      findings.filter((f) => open(f) && f.targetDate !== null && f.targetDate > today).length,
    ).toBeGreaterThan(0);
    expect(findings.filter((f) => f.targetDate !== f.originalTargetDate)).toHaveLength(7);
    const updates = await db()
      .select()
      .from(schema.findingUpdates)
      .where(ne(schema.findingUpdates.author, 'force'));
    expect(new Set(updates.map((u) => u.visibility))).toEqual(new Set(['public', 'internal']));
    expect(updates.every((u) => u.date !== null)).toBe(true);
    const summaries = await db()
      .select({ summary: schema.responseRecords.summary })
      .from(schema.responseRecords);
    // The seed is real; every generated record says it is a demonstration.
    expect(summaries.filter((s) => s.summary.includes(DEMO_NOTICE))).toHaveLength(13);
  });

  it('never sets a finding a first target date before its report was published', async () => {
    const early = await db()
      .select({ ref: schema.findings.ref, target: schema.findings.originalTargetDate })
      .from(schema.findings)
      .innerJoin(schema.responseRecords, eq(schema.responseRecords.id, schema.findings.recordId))
      .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
      .where(lt(schema.findings.originalTargetDate, schema.reports.publishedOn));
    expect(early).toEqual([]);
  });

  it('has a national report all four forces answer: on time, late, not yet, and not required', async () => {
    const rows = await db()
      .select({
        force: schema.organisations.slug,
        firstPublishedOn: schema.responseRecords.firstPublishedOn,
        notRequiredReason: schema.responseRecords.notRequiredReason,
      })
      .from(schema.responseRecords)
      .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
      .innerJoin(
        schema.organisations,
        eq(schema.organisations.id, schema.responseRecords.organisationId),
      )
      .where(eq(schema.reports.type, 'national'));
    const byForce = Object.fromEntries(
      rows.map(({ force, firstPublishedOn, notRequiredReason }) => [
        force,
        [firstPublishedOn, notRequiredReason !== null],
      ]),
    );
    // Published 18 June 2026: the 56th day is 12 August.
    expect(byForce).toEqual({
      staffordshire: ['2026-08-05', false],
      'west-midlands': ['2026-08-27', false],
      cumbria: [null, false],
      gwent: [null, true],
    });
    // Its recommendation is held once, at the report, and every force's finding links to it, the
    // published ones as published (the register of reports' comparison groups them by it).
    const held = await db()
      .select({
        id: schema.reportFindings.id,
        kind: schema.reportFindings.kind,
        number: schema.reportFindings.number,
      })
      .from(schema.reportFindings)
      .innerJoin(schema.reports, eq(schema.reports.id, schema.reportFindings.reportId))
      .where(eq(schema.reports.type, 'national'));
    expect(held.map((h) => [h.kind, h.number])).toEqual([['recommendation', '1']]);
    const linked = await db()
      .select({ id: schema.findings.reportFindingId })
      .from(schema.findings)
      .innerJoin(schema.responseRecords, eq(schema.responseRecords.id, schema.findings.recordId))
      .innerJoin(schema.reports, eq(schema.reports.id, schema.responseRecords.reportId))
      .where(eq(schema.reports.type, 'national'));
    expect(linked.map((l) => l.id)).toEqual([held[0]!.id, held[0]!.id, held[0]!.id, held[0]!.id]);
    const published = await db()
      .select({ id: schema.publishedFindings.reportFindingId })
      .from(schema.publishedFindings)
      .where(eq(schema.publishedFindings.reportFindingId, held[0]!.id));
    expect(published).toHaveLength(2);
  });

  it('made every change through the API as a demo user, so the audit trail shows who did what', async () => {
    const byNobody = await db()
      .select({ action: schema.auditEvents.action })
      .from(schema.auditEvents)
      .where(isNull(schema.auditEvents.actorId));
    // Only the set-up has no actor: forces and accounts added, and the marker that the demo is loaded.
    expect(new Set(byNobody.map((e) => e.action))).toEqual(
      new Set(['organisation.created', 'member.added', 'demo.seeded']),
    );
    const actions = new Set(
      (await db().select({ action: schema.auditEvents.action }).from(schema.auditEvents)).map(
        (e) => e.action,
      ),
    );
    for (const action of [
      'record.imported',
      'finding.update_added',
      'finding.target_date_revised',
      'record.published',
      'record.withdrawn',
      'cause_of_concern.closed',
      'finding.reopened',
    ]) {
      expect(actions).toContain(action);
    }
  });

  it('changes nothing when run again', async () => {
    const [audit, findings, users] = [
      await countRows(schema.auditEvents),
      await countRows(schema.findings),
      await countRows(schema.users),
    ];
    const again = memoryIo();
    expect(await main(['seed-demo', '--passwords-file', 'again.txt'], again.io, { database })).toBe(
      0,
    );
    expect(again.out()).toMatch(/^The demo data was loaded on \d{4}-\d\d-\d\d; nothing changed/);
    expect(again.files.has('again.txt')).toBe(false);
    expect([
      await countRows(schema.auditEvents),
      await countRows(schema.findings),
      await countRows(schema.users),
    ]).toEqual([audit, findings, users]);
  });

  it('refuses a register that already holds records of its own', async () => {
    const other = await createTestDatabase(driver);
    try {
      await other.db
        .insert(schema.users)
        .values({ email: 'importer@example.org', displayName: 'Importer', passwordHash: 'x' });
      const io = memoryIo({ files: { 'seed.txt': await readSeedRecord() } });
      expect(
        await main(['import', 'seed.txt', '--as', 'importer@example.org'], io.io, {
          database: other,
        }),
      ).toBe(0);
      const demo = memoryIo();
      expect(await main(['seed-demo'], demo.io, { database: other })).toBe(1);
      expect(demo.err()).toContain(
        'The register already holds 1 response record; the demo data only goes into an empty register.',
      );
      // Only the importer: the refused demo added nobody.
      expect(
        ((await other.db.select({ n: count() }).from(schema.users)) as [{ n: number }])[0].n,
      ).toBe(1);
    } finally {
      await other.close();
    }
  });
});
