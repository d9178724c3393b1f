import { and, asc, eq, getTableColumns, inArray, is, sql } from 'drizzle-orm';
import { PgliteTransaction } from 'drizzle-orm/pglite';
import {
  responseSlugCandidates,
  staleVersion,
  type Finding,
  type HeldReport,
  type ResponseRecord,
} from '@irr/domain';
import { randomUUID } from 'node:crypto';
import type { Db } from '../connection.js';
import { auditInsert, type AuditEntry } from './audit.js';
import {
  auditEvents,
  findings,
  publishedFindings,
  reportForces,
  reports,
  responseRecords,
} from '../schema/index.js';
import type { FindingRow, RecordRow } from './records.js';
import { firstFreeResponseSlug } from './response-slugs.js';
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
  // Not on PGlite, where no other transaction can run beside this one: `PGlite.transaction()`, which drizzle's
  // PGlite transactions call, holds PGlite's transaction mutex from BEGIN to COMMIT, and every other query
  // and transaction of that PGlite waits on the same mutex; no other process opens its data folder
  // (`lockDataFolder`). The locks would be granted at once and nothing could wait on them: a round trip for
  // nothing on every imported record.
  if (is(tx, PgliteTransaction)) return;
  // One statement: its locks are taken left to right, so the order holds and it costs one round trip.
  const title = sql`pg_advisory_xact_lock(hashtext(${`irr.report:${slugify(r.title, 70)}`}))`;
  await tx.execute(
    r.publishedOn
      ? sql`select ${title}, pg_advisory_xact_lock(hashtext(${`irr.report-date:${r.publishedOn}`}))`
      : sql`select ${title}`,
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
  // The same expression as the index reports_title_key_idx (migration 0013), so the lookup uses it.
  const titleKey = (title: unknown) =>
    sql`lower(regexp_replace(replace(${title}, '&', 'and'), '[^[:alnum:]]+', '', 'g'))`;
  // Each branch an indexed lookup or a scan of cheap columns: no held title's key is computed.
  const ids = sql`(
    select rf.report_id from ${reportForces} rf where rf.organisation_id = ${organisationId}
    union select r.id from ${reports} r where r.national or r.type in ('national', 'thematic')
    union select r.id from ${reports} r
      where not exists (select 1 from ${reportForces} rf where rf.report_id = r.id)
    union select r.id from ${reports} r where ${titleKey(sql`r.title`)} = ${titleKey(r.title)}
    ${r.link ? sql`union select r.id from ${reports} r where r.link = ${r.link}` : sql``}
  )`;
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
    .where(sql`${reports.id} in ${ids}`)
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

/**
 * A held report, now covering the organisation too (no change if it already did), with the response the
 * organisation holds to it, if any: one statement.
 */
export async function coverReport(
  tx: Db,
  reportId: string,
  organisationId: string,
): Promise<{ report: ReportRow; record: RecordRow | null } | null> {
  const covered = tx
    .$with('covered')
    .as(
      tx
        .insert(reportForces)
        .values({ reportId, organisationId })
        .onConflictDoNothing()
        .returning({ reportId: reportForces.reportId }),
    );
  // A data-modifying WITH runs once whether or not the main query reads it; the record is read as it was
  // before this statement, which the insert above does not change.
  const [row] = await tx
    .with(covered)
    .select({ report: reports, record: responseRecords })
    .from(reports)
    .leftJoin(
      responseRecords,
      and(
        eq(responseRecords.reportId, reports.id),
        eq(responseRecords.organisationId, organisationId),
      ),
    )
    .where(eq(reports.id, reportId));
  return row ?? null;
}

/**
 * A new report, with a slug of its own, covering the organisation: the report and its force in one
 * statement (an import's per-record round trips are what it costs).
 */
export async function insertReport(
  tx: Db,
  r: ResponseRecord['report'],
  organisationId: string,
): Promise<ReportRow> {
  const base = slugify(r.title, 70);
  // The slug's first free form (base, base-2, ...): a taken one inserts nothing and the next is tried.
  for (let n = 1; ; n++) {
    const created = tx.$with('created').as(
      tx
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
        .returning(),
    );
    const covered = tx.$with('covered').as(
      tx
        .insert(reportForces)
        .select(
          tx
            .select({
              reportId: created.id,
              organisationId: sql`${organisationId}::uuid`.as('organisation_id'),
            })
            .from(created),
        )
        .returning({ reportId: reportForces.reportId }),
    );
    // A data-modifying WITH runs once whether or not the main query reads it.
    const [row] = await tx.with(created, covered).select().from(created);
    if (row) return row;
  }
}

/** A stored report by id, or null. */
export async function findReport(tx: Db, id: string): Promise<ReportRow | null> {
  const [row] = await tx.select().from(reports).where(eq(reports.id, id));
  return row ?? null;
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

/** What a response's permalink is made from (`responseSlugCandidates`). */
type ResponseNaming = Parameters<typeof responseSlugCandidates>[0];

/**
 * A new response record and its audit event, in one statement: the record's id is made here so the
 * event can name it without waiting for the insert, and its permalink is the first of its slugs its
 * force has free.
 */
export async function insertRecord(
  tx: Db,
  values: Omit<RecordInsert, 'id' | 'slug'>,
  naming: Omit<ResponseNaming, 'recordId'>,
  audit: Omit<AuditEntry, 'entityType' | 'entityId' | 'organisationId'>,
): Promise<RecordRow> {
  const id = randomUUID();
  const slug = firstFreeResponseSlug(
    values.organisationId,
    responseSlugCandidates({ ...naming, recordId: id }),
  );
  const created = tx.$with('created').as(
    tx
      .insert(responseRecords)
      .values({ ...values, id, slug })
      .returning(),
  );
  const audited = tx.$with('audited').as(
    auditInsert(tx, {
      ...audit,
      organisationId: values.organisationId,
      entityType: 'response_record',
      entityId: id,
    }).returning({ id: auditEvents.id }),
  );
  const [row] = await tx.with(created, audited).select().from(created);
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
