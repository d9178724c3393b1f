import { asc, eq, inArray } from 'drizzle-orm';
import type { Finding, FindingUpdate, ResponseRecord } from '@irr/domain';
import type { Db } from '../connection.js';
import {
  findingUpdates,
  findings,
  organisations,
  reports,
  responseRecords,
} from '../schema/index.js';

export type RecordRow = typeof responseRecords.$inferSelect;
export type FindingRow = typeof findings.$inferSelect;
export type UpdateRow = typeof findingUpdates.$inferSelect;

export interface StoredFinding {
  row: FindingRow;
  updates: UpdateRow[];
  finding: Finding;
}

export interface StoredRecord {
  row: RecordRow;
  organisation: typeof organisations.$inferSelect;
  report: typeof reports.$inferSelect;
  findings: StoredFinding[];
  /** The draft as a domain record (all updates, internal ones included). */
  record: ResponseRecord;
}

export function toFinding(
  row: FindingRow,
  updates: readonly UpdateRow[],
  refById: ReadonlyMap<string, string>,
): Finding {
  return {
    ref: row.ref,
    kind: row.kind,
    reference: row.reference,
    title: row.title,
    text: row.text,
    subItems: row.subItems,
    group: { pillar: row.pillar, area: row.area, questionId: row.questionId },
    deadlinePhrase: row.deadlinePhrase,
    causeOfConcernRef: row.causeOfConcernId ? (refById.get(row.causeOfConcernId) ?? null) : null,
    supersedes: row.supersedes,
    acceptance:
      row.acceptancePosition !== null
        ? { position: row.acceptancePosition, explanation: row.acceptanceExplanation ?? '' }
        : null,
    status: row.status,
    updates: updates.map((u): FindingUpdate => ({
      date: u.date,
      datePrecision: u.datePrecision,
      author: u.author,
      visibility: u.visibility,
      text: u.text,
    })),
  };
}

export async function loadRecords(db: Db, ids: readonly string[]): Promise<StoredRecord[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .select({ record: responseRecords, organisation: organisations, report: reports })
    .from(responseRecords)
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(inArray(responseRecords.id, [...ids]));
  const findingRows = await db
    .select()
    .from(findings)
    .where(inArray(findings.recordId, [...ids]))
    .orderBy(asc(findings.position));
  const updateRows = findingRows.length
    ? await db
        .select()
        .from(findingUpdates)
        .where(
          inArray(
            findingUpdates.findingId,
            findingRows.map((f) => f.id),
          ),
        )
        .orderBy(asc(findingUpdates.position))
    : [];
  const updatesBy = new Map<string, UpdateRow[]>();
  for (const u of updateRows)
    updatesBy.set(u.findingId, [...(updatesBy.get(u.findingId) ?? []), u]);
  const refById = new Map(findingRows.map((f) => [f.id, f.ref]));
  return rows.map(({ record, organisation, report }) => {
    const stored = findingRows
      .filter((f) => f.recordId === record.id)
      .map((row) => {
        const updates = updatesBy.get(row.id) ?? [];
        return { row, updates, finding: toFinding(row, updates, refById) };
      });
    return {
      row: record,
      organisation,
      report,
      findings: stored,
      record: {
        version: record.latestPublishedVersion,
        documentVersion: record.documentVersion,
        status: record.status,
        organisation: { name: organisation.name, slug: organisation.slug, kind: organisation.kind },
        commissioner: record.commissioner,
        chiefOfficer: record.chiefOfficer,
        report: {
          title: report.title,
          inspectorate: report.inspectorate,
          type: report.type as ResponseRecord['report']['type'],
          framework: report.framework,
          publishedOn: report.publishedOn,
          link: report.link,
        },
        summary: record.summary,
        grades: record.grades,
        findings: stored.map((s) => s.finding),
        commissionerComments: record.commissionerComments,
        chiefOfficerComments: record.chiefOfficerComments,
      },
    };
  });
}

export async function loadRecord(db: Db, id: string): Promise<StoredRecord | null> {
  const [stored] = await loadRecords(db, [id]);
  return stored ?? null;
}

/** Insert a record's findings and their updates, in order; causes are linked by ref. */
export async function insertFindings(
  tx: Db,
  recordId: string,
  list: readonly Finding[],
  actorId: string | null,
  startPosition = 0,
): Promise<Map<string, string>> {
  const idByRef = new Map<string, string>();
  const existing = await tx
    .select({ id: findings.id, ref: findings.ref })
    .from(findings)
    .where(eq(findings.recordId, recordId));
  for (const f of existing) idByRef.set(f.ref, f.id);
  let position = startPosition;
  // Causes first so recommendations can point at them.
  const ordered = [...list].sort(
    (a, b) => Number(b.kind === 'cause_of_concern') - Number(a.kind === 'cause_of_concern'),
  );
  const positionOf = new Map(list.map((f, i) => [f.ref, startPosition + i]));
  for (const f of ordered) {
    const [row] = await tx
      .insert(findings)
      .values({
        recordId,
        ref: f.ref,
        position: positionOf.get(f.ref) ?? position++,
        kind: f.kind,
        reference: f.reference,
        title: f.title,
        text: f.text,
        subItems: f.subItems,
        pillar: f.group.pillar,
        area: f.group.area,
        questionId: f.group.questionId,
        deadlinePhrase: f.deadlinePhrase,
        causeOfConcernId: f.causeOfConcernRef ? (idByRef.get(f.causeOfConcernRef) ?? null) : null,
        supersedes: f.supersedes,
        acceptancePosition: f.acceptance?.position ?? null,
        acceptanceExplanation: f.acceptance?.explanation ?? null,
        status: f.status ?? (f.updates.length > 0 ? 'in_progress' : 'not_started'),
        causeStatus: f.kind === 'cause_of_concern' ? 'open' : null,
      })
      .returning({ id: findings.id });
    idByRef.set(f.ref, row!.id);
    if (f.updates.length > 0) {
      await tx.insert(findingUpdates).values(
        f.updates.map((u, i) => ({
          findingId: row!.id,
          date: u.date,
          datePrecision: u.datePrecision,
          author: u.author,
          visibility: u.visibility,
          text: u.text,
          position: i,
          createdBy: actorId,
        })),
      );
    }
  }
  return idByRef;
}
