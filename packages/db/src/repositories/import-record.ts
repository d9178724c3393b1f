import { and, eq, getTableColumns, sql } from 'drizzle-orm';
import { staleVersion, type Finding, type ResponseRecord } from '@irr/domain';
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
  // The slug's first free form (base, base-2, ...): a taken one inserts nothing and the next is tried.
  for (let n = 1; ; n++) {
    const [row] = await tx
      .insert(reports)
      .values({
        slug: n === 1 ? base : `${base}-${n}`,
        title: r.title,
        inspectorate: r.inspectorate,
        type: r.type,
        framework: r.framework,
        publishedOn: r.publishedOn,
        link: r.link,
      })
      .onConflictDoNothing({ target: reports.slug })
      .returning();
    if (row) return row;
  }
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

/** Rows one UPDATE ... FROM (VALUES ...) carries at most (13 parameters a row). */
const ROWS_PER_UPDATE = 1000;

/**
 * Held findings take new wording from an import, all in one statement (a chunk of ROWS_PER_UPDATE):
 * their ids, status, owners and updates stay. Each lands only at the row version it was read at;
 * a finding changed since is refused with STALE_VERSION, never overwritten.
 */
export async function setFindingsWording(
  tx: Db,
  held: readonly { row: FindingRow; finding: Finding }[],
): Promise<FindingRow[]> {
  const updated: FindingRow[] = [];
  for (let i = 0; i < held.length; i += ROWS_PER_UPDATE) {
    const chunk = held.slice(i, i + ROWS_PER_UPDATE);
    const values = sql.join(
      chunk.map(
        ({ row, finding: f }) =>
          sql`(${row.id}::uuid, ${row.rowVersion}::integer, ${f.text}::text, ${JSON.stringify(f.subItems)}::jsonb, ${f.group.pillar}::text, ${f.group.area}::text, ${f.group.questionId}::text, ${f.reference}::text, ${f.title}::text, ${f.deadlinePhrase}::text, ${f.acceptance?.position ?? null}::text, ${f.acceptance?.explanation ?? null}::text)`,
      ),
      sql`, `,
    );
    const rows = await tx
      .update(findings)
      .set({
        text: sql`v.text`,
        subItems: sql`v.sub_items`,
        pillar: sql`v.pillar`,
        area: sql`v.area`,
        questionId: sql`v.question_id`,
        reference: sql`v.reference`,
        title: sql`v.title`,
        deadlinePhrase: sql`v.deadline_phrase`,
        acceptancePosition: sql`v.acceptance_position`,
        acceptanceExplanation: sql`v.acceptance_explanation`,
        rowVersion: sql`${findings.rowVersion} + 1`,
        updatedAt: new Date(),
      })
      .from(
        sql`(values ${values}) as v(id, row_version, text, sub_items, pillar, area, question_id, reference, title, deadline_phrase, acceptance_position, acceptance_explanation)`,
      )
      .where(and(eq(findings.id, sql`v.id`), eq(findings.rowVersion, sql`v.row_version`)))
      .returning(getTableColumns(findings));
    if (rows.length < chunk.length) {
      const landed = new Set(rows.map((r) => r.id));
      const missed = chunk.find(({ row }) => !landed.has(row.id))!.row;
      const [current] = await tx
        .select({ v: findings.rowVersion })
        .from(findings)
        .where(eq(findings.id, missed.id));
      throw staleVersion('finding', current?.v ?? null);
    }
    updated.push(...rows);
  }
  return updated;
}
