import { randomUUID } from 'node:crypto';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Finding, FindingUpdate, ResponseRecord } from '@irr/domain';
import type { Db } from '../connection.js';
import {
  findingUpdates,
  findings,
  organisations,
  reports,
  responseRecords,
  users,
} from '../schema/index.js';
import { insertJsonRows } from './json-rows.js';

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
  /** The display names of the findings' owners, by user id (staff only: never published). */
  ownerNames: ReadonlyMap<string, string>;
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
  const ownerIds = [...new Set(findingRows.flatMap((f) => f.ownerUserId ?? []))];
  const ownerNames = new Map(
    ownerIds.length
      ? (
          await db
            .select({ id: users.id, name: users.displayName })
            .from(users)
            .where(inArray(users.id, ownerIds))
        ).map((u) => [u.id, u.name])
      : [],
  );
  const findingsBy = groupBy(findingRows, (f) => f.recordId);
  return rows.map(({ record, organisation, report }) =>
    storedRecordOf({
      record,
      organisation,
      report,
      findings: findingsBy.get(record.id) ?? [],
      updates: updateRows,
      ownerNames,
    }),
  );
}

function groupBy<T>(list: readonly T[], key: (t: T) => string): Map<string, T[]> {
  const by = new Map<string, T[]>();
  for (const t of list) {
    const k = key(t);
    const group = by.get(k);
    if (group) group.push(t);
    else by.set(k, [t]);
  }
  return by;
}

/**
 * A record as stored, from its rows: what `loadRecord` reads back, for a write that already holds
 * every row it wrote (from RETURNING) and need not read them again. Findings go in position order,
 * each with its updates (any others in `updates` are ignored) in theirs.
 */
export function storedRecordOf(rows: {
  record: RecordRow;
  organisation: typeof organisations.$inferSelect;
  report: typeof reports.$inferSelect;
  findings: readonly FindingRow[];
  updates: readonly UpdateRow[];
  /** The owners' names, by user id; a write that set no owner need not give them. */
  ownerNames?: ReadonlyMap<string, string>;
}): StoredRecord {
  const { record, organisation, report } = rows;
  const byPosition = <T extends { position: number }>(list: readonly T[]) =>
    [...list].sort((a, b) => a.position - b.position);
  const updatesBy = groupBy(byPosition(rows.updates), (u) => u.findingId);
  const ordered = byPosition(rows.findings);
  const refById = new Map(ordered.map((f) => [f.id, f.ref]));
  const stored = ordered.map((row) => {
    const updates = updatesBy.get(row.id) ?? [];
    return { row, updates, finding: toFinding(row, updates, refById) };
  });
  return {
    row: record,
    organisation,
    report,
    findings: stored,
    ownerNames: new Map(
      stored.flatMap(({ row }) => {
        const name = row.ownerUserId && rows.ownerNames?.get(row.ownerUserId);
        return name ? [[row.ownerUserId!, name] as const] : [];
      }),
    ),
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
}

export async function loadRecord(db: Db, id: string): Promise<StoredRecord | null> {
  const [stored] = await loadRecords(db, [id]);
  return stored ?? null;
}

/** The rows `insertFindings` wrote, as stored. */
export interface InsertedFindings {
  findings: FindingRow[];
  updates: UpdateRow[];
}

/**
 * Insert a record's findings and their updates, in order; causes are linked by ref (to one in
 * `list`, else to one the record already holds). Ids are made here, so every finding of the list
 * goes in one INSERT and every update in another, whatever their number: each as one JSON
 * parameter (`insertJsonRows`).
 */
export async function insertFindings(
  tx: Db,
  recordId: string,
  list: readonly Finding[],
  actorId: string | null,
  startPosition = 0,
  /** Findings that answer a national report's own finding (`report_findings`), by ref, with its id. */
  reportLinks: ReadonlyMap<string, string> = new Map(),
): Promise<InsertedFindings> {
  if (list.length === 0) return { findings: [], updates: [] };
  const idByRef = new Map<string, string>(list.map((f) => [f.ref, randomUUID()]));
  const heldRefs = [
    ...new Set(list.flatMap((f) => (f.causeOfConcernRef ? [f.causeOfConcernRef] : []))),
  ].filter((ref) => !idByRef.has(ref));
  if (heldRefs.length > 0) {
    const held = await tx
      .select({ id: findings.id, ref: findings.ref })
      .from(findings)
      .where(and(eq(findings.recordId, recordId), inArray(findings.ref, heldRefs)));
    for (const f of held) idByRef.set(f.ref, f.id);
  }
  const positionOf = new Map(list.map((f, i) => [f.ref, startPosition + i]));
  // Causes first: a recommendation's link to its cause is checked when its statement ends.
  const ordered = [...list].sort(
    (a, b) => Number(b.kind === 'cause_of_concern') - Number(a.kind === 'cause_of_concern'),
  );
  const findingValues = ordered.map((f) => ({
    id: idByRef.get(f.ref)!,
    recordId,
    ref: f.ref,
    position: positionOf.get(f.ref)!,
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
    status:
      f.status ?? (f.updates.length > 0 ? ('in_progress' as const) : ('not_started' as const)),
    causeStatus: f.kind === 'cause_of_concern' ? ('open' as const) : null,
    reportFindingId: reportLinks.get(f.ref) ?? null,
  }));
  const updateValues = ordered.flatMap((f) =>
    f.updates.map((u, i) => ({
      id: randomUUID(),
      findingId: idByRef.get(f.ref)!,
      date: u.date,
      datePrecision: u.datePrecision,
      author: u.author,
      visibility: u.visibility,
      text: u.text,
      position: i,
      createdBy: actorId,
    })),
  );
  const inserted: InsertedFindings = { findings: [], updates: [] };
  inserted.findings.push(...(await insertJsonRows(tx, findings, findingValues)));
  inserted.updates.push(...(await insertJsonRows(tx, findingUpdates, updateValues)));
  return inserted;
}
