import { and, eq, sql } from 'drizzle-orm';
import type { ResponseRecord } from '@irr/domain';
import type { Db } from '../connection.js';
import { findings, reportForces, reports, responseRecords } from '../schema/index.js';
import { recordAudit } from './audit.js';
import { insertFindings } from './records.js';
import { slugify } from './slugs.js';

export type ImportOutcome =
  | {
      kind: 'created';
      recordId: string;
      organisationId: string;
      reportId: string;
      findings: number;
      updates: number;
    }
  | {
      kind: 'new_version';
      recordId: string;
      organisationId: string;
      reportId: string;
      version: number;
      findings: number;
      updates: number;
    }
  | { kind: 'refused'; code: 'RECORD_DRAFT_EXISTS'; message: string; recordId: string };

async function findOrCreateReport(tx: Db, r: ResponseRecord['report'], organisationId: string) {
  const base = slugify(
    r.framework && !r.title.toLowerCase().includes(r.framework) ? `${r.title}` : r.title,
    70,
  );
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
  let report = existing;
  if (!report) {
    let slug = base;
    for (
      let n = 2;
      (await tx.select({ id: reports.id }).from(reports).where(eq(reports.slug, slug))).length > 0;
      n++
    )
      slug = `${base}-${n}`;
    [report] = await tx
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
  }
  await tx
    .insert(reportForces)
    .values({ reportId: report!.id, organisationId })
    .onConflictDoNothing();
  return report!;
}

/**
 * Import one parsed record inside the caller's transaction. A new (report, organisation) pair
 * becomes a draft; a published one gets its next draft version with the imported content (findings
 * matched by ref keep their tracking history). A record with unpublished work in progress is refused,
 * never overwritten.
 */
export async function importRecord(
  tx: Db,
  record: ResponseRecord,
  organisationId: string,
  actorId: string | null,
): Promise<ImportOutcome> {
  const report = await findOrCreateReport(tx, record.report, organisationId);
  const [existing] = await tx
    .select()
    .from(responseRecords)
    .where(
      and(
        eq(responseRecords.reportId, report.id),
        eq(responseRecords.organisationId, organisationId),
      ),
    );
  const updates = record.findings.reduce((n, f) => n + f.updates.length, 0);
  const content = {
    commissioner: record.commissioner,
    chiefOfficer: record.chiefOfficer,
    summary: record.summary,
    grades: record.grades,
    commissionerComments: record.commissionerComments,
    chiefOfficerComments: record.chiefOfficerComments,
  };
  if (!existing) {
    const [row] = await tx
      .insert(responseRecords)
      .values({
        reportId: report.id,
        organisationId,
        status: 'draft',
        ...content,
        lastEditorId: actorId,
      })
      .returning();
    await insertFindings(tx, row!.id, record.findings, actorId);
    await recordAudit(tx, {
      actorId,
      organisationId,
      action: 'record.imported',
      entityType: 'response_record',
      entityId: row!.id,
      after: record,
    });
    return {
      kind: 'created',
      recordId: row!.id,
      organisationId,
      reportId: report.id,
      findings: record.findings.length,
      updates,
    };
  }
  if (existing.status !== 'published' && existing.status !== 'withdrawn') {
    return {
      kind: 'refused',
      code: 'RECORD_DRAFT_EXISTS',
      recordId: existing.id,
      message: `A ${existing.status.replace('_', ' ')} version of this response already exists; publish or finish it before importing another`,
    };
  }
  const version = (existing.latestPublishedVersion ?? 0) + 1;
  await tx
    .update(responseRecords)
    .set({
      ...content,
      status: 'draft',
      draftVersion: version,
      lastEditorId: actorId,
      rowVersion: existing.rowVersion + 1,
      updatedAt: new Date(),
    })
    .where(eq(responseRecords.id, existing.id));
  // Findings already held keep their ids, status and updates; new ones are added after them.
  const held = await tx.select().from(findings).where(eq(findings.recordId, existing.id));
  const heldRefs = new Set(held.map((f) => f.ref));
  for (const f of record.findings.filter((x) => heldRefs.has(x.ref))) {
    const row = held.find((h) => h.ref === f.ref)!;
    await tx
      .update(findings)
      .set({
        text: f.text,
        subItems: f.subItems,
        pillar: f.group.pillar,
        area: f.group.area,
        questionId: f.group.questionId,
        reference: f.reference,
        deadlinePhrase: f.deadlinePhrase,
        acceptancePosition: f.acceptance?.position ?? null,
        acceptanceExplanation: f.acceptance?.explanation ?? null,
        rowVersion: row.rowVersion + 1,
        updatedAt: new Date(),
      })
      .where(eq(findings.id, row.id));
  }
  await insertFindings(
    tx,
    existing.id,
    record.findings.filter((x) => !heldRefs.has(x.ref)),
    actorId,
    held.length,
  );
  await recordAudit(tx, {
    actorId,
    organisationId,
    action: 'record.imported_new_version',
    entityType: 'response_record',
    entityId: existing.id,
    before: { version: existing.latestPublishedVersion },
    after: record,
  });
  return {
    kind: 'new_version',
    recordId: existing.id,
    organisationId,
    reportId: report.id,
    version,
    findings: record.findings.length,
    updates,
  };
}
