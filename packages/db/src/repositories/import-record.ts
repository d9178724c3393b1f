import { and, asc, eq, inArray, or, sql } from 'drizzle-orm';
import type { Finding, HeldReport, ResponseRecord } from '@irr/domain';
import type { Db } from '../connection.js';
import {
  findings,
  publishedFindings,
  reportForces,
  reports,
  responseRecords,
} from '../schema/index.js';
import type { FindingRow, RecordRow } from './records.js';
import { slugify } from './slugs.js';

export type ReportRow = typeof reports.$inferSelect;
type RecordInsert = typeof responseRecords.$inferInsert;
type IncomingReport = Pick<ResponseRecord['report'], 'title' | 'publishedOn' | 'link'>;

/**
 * Imports for several forces run at once and may name the same (national) report: they take turns per
 * title and per publication date, so the second finds the report the first created instead of creating
 * a twin or colliding on its slug. Always title first, then date, so two imports cannot wait on each other.
 */
export async function lockReportMatching(tx: Db, r: IncomingReport): Promise<void> {
  await tx.execute(
    sql`select pg_advisory_xact_lock(hashtext(${`irr.report:${slugify(r.title, 70)}`}))`,
  );
  if (r.publishedOn)
    await tx.execute(
      sql`select pg_advisory_xact_lock(hashtext(${`irr.report-date:${r.publishedOn}`}))`,
    );
}

/**
 * The reports an incoming one might be, for the domain's `matchReport` to decide among (one query): those
 * covering the organisation, national and thematic reports (any office may answer one), reports covering
 * no force yet, those with the same link, and any whose title is the same once case, punctuation and
 * spacing are set aside (a rough cut of the domain's `titleKey`, which decides).
 */
export async function reportCandidates(
  tx: Db,
  r: IncomingReport,
  organisationId: string,
): Promise<HeldReport[]> {
  const titleKey = (title: unknown) =>
    sql`lower(regexp_replace(replace(${title}, '&', 'and'), '[^[:alnum:]]+', '', 'g'))`;
  const forces = sql`(select array_agg(rf.organisation_id::text) from ${reportForces} rf where rf.report_id = ${reports.id})`;
  const rows = await tx
    .select({
      id: reports.id,
      title: reports.title,
      type: reports.type,
      publishedOn: reports.publishedOn,
      link: reports.link,
      national: reports.national,
      organisationIds: sql<string[]>`coalesce(${forces}, '{}')`,
    })
    .from(reports)
    .where(
      or(
        sql`${organisationId}::text = any(coalesce(${forces}, '{}'))`,
        eq(reports.national, true),
        inArray(reports.type, ['national', 'thematic']),
        sql`${forces} is null`,
        r.link ? eq(reports.link, r.link) : undefined,
        eq(titleKey(reports.title), titleKey(r.title)),
      ),
    )
    .orderBy(asc(reports.createdAt));
  return rows.map((row) => ({ ...row, type: row.type as HeldReport['type'] }));
}

/** The organisation is among the forces a report covers (no change if it already is). */
export async function addReportForce(
  tx: Db,
  reportId: string,
  organisationId: string,
): Promise<void> {
  await tx.insert(reportForces).values({ reportId, organisationId }).onConflictDoNothing();
}

/** A new report, with a slug of its own, covering the organisation. */
export async function insertReport(
  tx: Db,
  r: ResponseRecord['report'],
  organisationId: string,
): Promise<ReportRow> {
  const base = slugify(r.title, 70);
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
  await addReportForce(tx, row!.id, organisationId);
  return row!;
}

/** A stored report by id, or null. */
export async function findReport(tx: Db, id: string): Promise<ReportRow | null> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, id));
  return row ?? null;
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

/** Ids of a record's findings that some published version holds: they are never deleted. */
export async function publishedFindingIdsOf(tx: Db, recordId: string): Promise<Set<string>> {
  const rows = await tx
    .selectDistinct({ id: publishedFindings.findingId })
    .from(publishedFindings)
    .where(eq(publishedFindings.recordId, recordId));
  return new Set(rows.map((r) => r.id));
}

/**
 * Deletes draft findings no version ever published (their updates and history go with them); any
 * recommendation that pointed at one of them as its cause of concern points at none.
 */
export async function deleteDraftFindings(
  tx: Db,
  recordId: string,
  ids: readonly string[],
): Promise<void> {
  if (ids.length === 0) return;
  await tx
    .update(findings)
    .set({ causeOfConcernId: null })
    .where(and(eq(findings.recordId, recordId), inArray(findings.causeOfConcernId, [...ids])));
  await tx
    .delete(findings)
    .where(and(eq(findings.recordId, recordId), inArray(findings.id, [...ids])));
}

/** A held finding's kind and the cause of concern it sits under, as a reviewed import says. */
export async function setFindingKindAndCause(
  tx: Db,
  id: string,
  kind: Finding['kind'],
  causeOfConcernId: string | null,
): Promise<void> {
  await tx
    .update(findings)
    .set({
      kind,
      causeOfConcernId,
      causeStatus: sql`case when ${kind} = 'cause_of_concern' then coalesce(${findings.causeStatus}, 'open') else null end`,
    })
    .where(eq(findings.id, id));
}
