import { and, eq, sql } from 'drizzle-orm';
import type { Finding, ResponseRecord } from '@irr/domain';
import type { Db } from '../connection.js';
import { findings, reportForces, reports, responseRecords } from '../schema/index.js';
import type { FindingRow, RecordRow } from './records.js';
import { slugify } from './slugs.js';

type ReportRow = typeof reports.$inferSelect;
type RecordInsert = typeof responseRecords.$inferInsert;

/**
 * The stored report a record responds to, created if new, with the organisation among the forces
 * it covers. Reports are matched by title and publication date, so a national report is held once.
 */
export async function findOrCreateReport(
  tx: Db,
  r: ResponseRecord['report'],
  organisationId: string,
): Promise<ReportRow> {
  const base = slugify(r.title, 70);
  // Imports for several forces run at once and may name the same (national) report: take turns per slug, so
  // the second finds the report the first created instead of creating a twin or colliding on its slug.
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`irr.report:${base}`}))`);
  const [existing] = await tx
    .select()
    .from(reports)
    .where(
      and(
        eq(reports.title, r.title),
        r.publishedOn ? eq(reports.publishedOn, r.publishedOn) : undefined,
      ),
    )
    .limit(1);
  const report = existing ?? (await insertReport(tx, r, base));
  await tx
    .insert(reportForces)
    .values({ reportId: report.id, organisationId })
    .onConflictDoNothing();
  return report;
}

async function insertReport(tx: Db, r: ResponseRecord['report'], base: string): Promise<ReportRow> {
  let slug = base;
  for (let n = 2; await slugTaken(tx, slug); n++) slug = `${base}-${n}`;
  const [row] = await tx
    .insert(reports)
    .values({
      slug,
      title: r.title,
      inspectorate: r.inspectorate,
      type: r.type,
      framework: r.framework,
      publishedOn: r.publishedOn,
      link: r.link,
    })
    .returning();
  return row!;
}

async function slugTaken(tx: Db, slug: string): Promise<boolean> {
  const rows = await tx.select({ id: reports.id }).from(reports).where(eq(reports.slug, slug));
  return rows.length > 0;
}

/** The response an organisation holds to a report, if any. */
export async function findRecordForReport(
  tx: Db,
  reportId: string,
  organisationId: string,
): Promise<RecordRow | null> {
  const [row] = await tx
    .select()
    .from(responseRecords)
    .where(
      and(
        eq(responseRecords.reportId, reportId),
        eq(responseRecords.organisationId, organisationId),
      ),
    );
  return row ?? null;
}

export async function insertRecord(tx: Db, values: RecordInsert): Promise<RecordRow> {
  const [row] = await tx.insert(responseRecords).values(values).returning();
  return row!;
}

/** A record's findings as stored, in no particular order. */
export async function findingRowsOf(tx: Db, recordId: string): Promise<FindingRow[]> {
  return tx.select().from(findings).where(eq(findings.recordId, recordId));
}

/** A held finding takes new wording from an import; its id, status, owner and updates stay. */
export async function setFindingWording(tx: Db, row: FindingRow, f: Finding): Promise<void> {
  await tx
    .update(findings)
    .set({
      text: f.text,
      subItems: f.subItems,
      pillar: f.group.pillar,
      area: f.group.area,
      questionId: f.group.questionId,
      reference: f.reference,
      title: f.title,
      deadlinePhrase: f.deadlinePhrase,
      acceptancePosition: f.acceptance?.position ?? null,
      acceptanceExplanation: f.acceptance?.explanation ?? null,
      rowVersion: row.rowVersion + 1,
      updatedAt: new Date(),
    })
    .where(eq(findings.id, row.id));
}
