import { and, desc, eq, inArray, lt, or, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.js';
import {
  auditEvents,
  findingUpdates,
  findings,
  organisations,
  reports,
  responseRecords,
  users,
} from '../schema/index.js';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const uuids = (ids: readonly string[]) => [...new Set(ids.filter((id) => UUID.test(id)))];

/** The events about a record: the record itself, its findings, their updates and its report. */
function aboutRecord(recordId: string): SQL {
  const a = auditEvents;
  return or(
    and(eq(a.entityType, 'response_record'), eq(a.entityId, recordId)),
    and(
      eq(a.entityType, 'finding'),
      inArray(
        a.entityId,
        sql`(SELECT ${findings.id}::text FROM ${findings} WHERE ${findings.recordId} = ${recordId})`,
      ),
    ),
    and(
      eq(a.entityType, 'finding_update'),
      inArray(
        a.entityId,
        sql`(SELECT ${findingUpdates.id}::text FROM ${findingUpdates} JOIN ${findings} ON ${findings.id} = ${findingUpdates.findingId} WHERE ${findings.recordId} = ${recordId})`,
      ),
    ),
    and(
      eq(a.entityType, 'report'),
      inArray(
        a.entityId,
        sql`(SELECT ${responseRecords.reportId}::text FROM ${responseRecords} WHERE ${responseRecords.id} = ${recordId})`,
      ),
    ),
  )!;
}

/**
 * One page of audit events, newest first, with the actor's name; `before` is the id to page back
 * from. `recordId` keeps the events about that record (its findings, their updates and its report).
 */
export async function listAudit(
  db: Db,
  filter: {
    organisationId?: string;
    entityType?: string;
    entityId?: string;
    actorId?: string;
    action?: string;
    recordId?: string;
    before?: number;
    limit: number;
  },
) {
  const a = auditEvents;
  const where: SQL[] = [];
  if (filter.organisationId) where.push(eq(a.organisationId, filter.organisationId));
  if (filter.entityType) where.push(eq(a.entityType, filter.entityType));
  if (filter.entityId) where.push(eq(a.entityId, filter.entityId));
  if (filter.actorId) where.push(eq(a.actorId, filter.actorId));
  if (filter.action) where.push(eq(a.action, filter.action));
  if (filter.recordId)
    where.push(UUID.test(filter.recordId) ? aboutRecord(filter.recordId) : sql`false`);
  if (filter.before) where.push(lt(a.id, filter.before));
  return db
    .select({
      id: a.id,
      at: a.at,
      actorId: a.actorId,
      actorName: users.displayName,
      organisationId: a.organisationId,
      action: a.action,
      entityType: a.entityType,
      entityId: a.entityId,
      before: a.before,
      after: a.after,
    })
    .from(a)
    .leftJoin(users, eq(users.id, a.actorId))
    .where(where.length ? and(...where) : undefined)
    .orderBy(desc(a.id))
    .limit(filter.limit);
}

/**
 * What audit events name by id, looked up in a few statements: records (with their report's title),
 * findings and updates (with their record), reports, people and organisations.
 */
export async function auditSubjects(
  db: Db,
  ids: {
    records: readonly string[];
    findings: readonly string[];
    updates: readonly string[];
    reports: readonly string[];
    people: readonly string[];
    organisations: readonly string[];
  },
) {
  const updateIds = uuids(ids.updates);
  const updates = updateIds.length
    ? await db
        .select({ id: findingUpdates.id, findingId: findingUpdates.findingId })
        .from(findingUpdates)
        .where(inArray(findingUpdates.id, updateIds))
    : [];
  const findingIds = uuids([...ids.findings, ...updates.map((u) => u.findingId)]);
  const findingRows = findingIds.length
    ? await db
        .select({
          id: findings.id,
          recordId: findings.recordId,
          ref: findings.ref,
          kind: findings.kind,
          title: findings.title,
        })
        .from(findings)
        .where(inArray(findings.id, findingIds))
    : [];
  const recordIds = uuids([...ids.records, ...findingRows.map((f) => f.recordId)]);
  const records = recordIds.length
    ? await db
        .select({
          id: responseRecords.id,
          reportTitle: reports.title,
          organisationName: organisations.name,
        })
        .from(responseRecords)
        .innerJoin(reports, eq(reports.id, responseRecords.reportId))
        .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
        .where(inArray(responseRecords.id, recordIds))
    : [];
  const reportIds = uuids(ids.reports);
  const reportRows = reportIds.length
    ? await db
        .select({ id: reports.id, title: reports.title })
        .from(reports)
        .where(inArray(reports.id, reportIds))
    : [];
  const peopleIds = uuids(ids.people);
  const people = peopleIds.length
    ? await db
        .select({ id: users.id, name: users.displayName })
        .from(users)
        .where(inArray(users.id, peopleIds))
    : [];
  const organisationIds = uuids(ids.organisations);
  const organisationRows = organisationIds.length
    ? await db
        .select({ id: organisations.id, name: organisations.name })
        .from(organisations)
        .where(inArray(organisations.id, organisationIds))
    : [];
  return {
    updates,
    findings: findingRows,
    records,
    reports: reportRows,
    people,
    organisations: organisationRows,
  };
}

/** Everyone who acted in an organisation's audit trail (people still on the register), by name. */
export async function auditActors(db: Db, organisationId: string) {
  return db
    .selectDistinct({ id: users.id, name: users.displayName })
    .from(auditEvents)
    .innerJoin(users, eq(users.id, auditEvents.actorId))
    .where(eq(auditEvents.organisationId, organisationId))
    .orderBy(users.displayName, users.id);
}

/** When the first event with this action was written, or null if none was. */
export async function firstAuditEventAt(db: Db, action: string): Promise<Date | null> {
  const [row] = await db
    .select({ at: auditEvents.at })
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(auditEvents.id)
    .limit(1);
  return row?.at ?? null;
}
