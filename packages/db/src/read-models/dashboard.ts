import { and, desc, eq, inArray, isNotNull, sql, type SQL } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { Db } from '../connection.js';
import {
  auditEvents,
  findings,
  organisations,
  reports,
  responseRecords,
  users,
} from '../schema/index.js';

/** Which organisations a read covers: a list, or every one (undefined, for the operator). */
type Organisations = readonly string[] | undefined;

function inOrganisations(column: AnyPgColumn, ids: Organisations): SQL | undefined {
  return ids ? inArray(column, [...ids]) : undefined;
}

/** Each response record with what its statutory clock needs. */
export async function clockInputs(db: Db, organisationIds: Organisations) {
  const r = responseRecords;
  return db
    .select({
      recordId: r.id,
      organisationName: organisations.name,
      reportTitle: reports.title,
      status: r.status,
      reportPublishedOn: reports.publishedOn,
      commentsRequestedOn: r.commentsRequestedOn,
      commentsDueOn: r.commentsDueOn,
      commentsReceivedOn: r.commentsReceivedOn,
      firstPublishedOn: r.firstPublishedOn,
      sentToHmicfrsOn: r.sentToHmicfrsOn,
      sentToHomeSecretaryOn: r.sentToHomeSecretaryOn,
      notRequiredReason: r.notRequiredReason,
    })
    .from(r)
    .innerJoin(organisations, eq(organisations.id, r.organisationId))
    .innerJoin(reports, eq(reports.id, r.reportId))
    .where(inOrganisations(r.organisationId, organisationIds));
}

export type ClockInput = Awaited<ReturnType<typeof clockInputs>>[number];

/** The findings of these records that have a target date. */
export async function scheduledFindings(db: Db, recordIds: readonly string[]) {
  if (recordIds.length === 0) return [];
  const f = findings;
  const rows = await db
    .select({
      id: f.id,
      recordId: f.recordId,
      ref: f.ref,
      kind: f.kind,
      title: f.title,
      status: f.status,
      ownerUserId: f.ownerUserId,
      ownerName: users.displayName,
      ownerTeam: f.ownerTeam,
      targetDate: f.targetDate,
    })
    .from(f)
    .leftJoin(users, eq(users.id, f.ownerUserId))
    .where(and(inArray(f.recordId, [...recordIds]), isNotNull(f.targetDate)));
  return rows.map((x) => ({ ...x, targetDate: x.targetDate! }));
}

export type ScheduledFinding = Awaited<ReturnType<typeof scheduledFindings>>[number];

function ofRecords(recordIds: readonly string[]): SQL {
  return recordIds.length ? inArray(findings.recordId, [...recordIds]) : sql`false`;
}

/** How many findings of these records are in each status. */
export async function findingCountsByStatus(db: Db, recordIds: readonly string[]) {
  return db
    .select({ status: findings.status, count: sql<number>`count(*)`.mapWith(Number) })
    .from(findings)
    .where(ofRecords(recordIds))
    .groupBy(findings.status);
}

/** How many findings of these records are of each kind. */
export async function findingCountsByKind(db: Db, recordIds: readonly string[]) {
  return db
    .select({ kind: findings.kind, count: sql<number>`count(*)`.mapWith(Number) })
    .from(findings)
    .where(ofRecords(recordIds))
    .groupBy(findings.kind);
}

/** The latest audit events of these organisations, newest first, with the actor's name. */
export async function recentActivity(db: Db, organisationIds: Organisations, limit: number) {
  const a = auditEvents;
  return db
    .select({
      id: a.id,
      at: a.at,
      actor: users.displayName,
      action: a.action,
      entityType: a.entityType,
      entityId: a.entityId,
    })
    .from(a)
    .leftJoin(users, eq(users.id, a.actorId))
    .where(inOrganisations(a.organisationId, organisationIds))
    .orderBy(desc(a.id))
    .limit(limit);
}
