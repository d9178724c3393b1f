import { and, asc, desc, eq, inArray, sql, type AnyColumn } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { findingUpdates, findings, statusChanges, targetDateRevisions } from '../schema/index.js';
import { preparedOnce } from './prepared.js';

/**
 * The live, public side of published findings: status, dates, HMICFRS's own status, public updates and their
 * history.
 */

const liveColumns = {
  id: findings.id,
  status: findings.status,
  causeStatus: findings.causeStatus,
  causeClosedOn: findings.causeClosedOn,
  originalTargetDate: findings.originalTargetDate,
  targetDate: findings.targetDate,
  inspectorateStatus: findings.inspectorateStatus,
};

/** The public tracking fields of these findings (never owners or internal notes). */
export async function liveFindings(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .select(liveColumns)
    .from(findings)
    .where(inArray(findings.id, [...ids]));
}

const publicUpdate = {
  findingId: findingUpdates.findingId,
  date: findingUpdates.date,
  datePrecision: findingUpdates.datePrecision,
  author: findingUpdates.author,
  text: findingUpdates.text,
  position: findingUpdates.position,
};

/** The latest public update of each finding, one row each; undated (imported) updates count as the oldest. */
export async function latestPublicUpdates(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return db
    .selectDistinctOn([findingUpdates.findingId], publicUpdate)
    .from(findingUpdates)
    .where(
      and(inArray(findingUpdates.findingId, [...ids]), eq(findingUpdates.visibility, 'public')),
    )
    .orderBy(
      findingUpdates.findingId,
      sql`${findingUpdates.date} desc nulls last`,
      desc(findingUpdates.position),
    );
}

/**
 * The public tracking fields of these findings, each with its latest public update (null when none), in one
 * statement: what `liveFindings` and `latestPublicUpdates` answer together, for pages that show both.
 */
export async function findingsTracking(db: Db, ids: readonly string[]) {
  if (ids.length === 0) return [];
  return preparedOnce(db, 'findings_tracking', prepareTracking).execute({ ids: [...ids] });
}

function prepareTracking(db: Db, name: string) {
  const latest = db
    .select(publicUpdate)
    .from(findingUpdates)
    .where(and(eq(findingUpdates.findingId, findings.id), eq(findingUpdates.visibility, 'public')))
    .orderBy(sql`${findingUpdates.date} desc nulls last`, desc(findingUpdates.position))
    .limit(1)
    .as('latest');
  return db
    .select({
      ...liveColumns,
      latestUpdate: {
        findingId: latest.findingId,
        date: latest.date,
        datePrecision: latest.datePrecision,
        author: latest.author,
        text: latest.text,
        position: latest.position,
      },
    })
    .from(findings)
    .leftJoinLateral(latest, sql`true`)
    .where(sql`${findings.id} = any(${sql.placeholder('ids')}::uuid[])`)
    .prepare(name);
}

/** A finding's public updates in the order written. */
export async function publicUpdatesOf(db: Db, findingId: string) {
  return db
    .select(publicUpdate)
    .from(findingUpdates)
    .where(and(eq(findingUpdates.findingId, findingId), eq(findingUpdates.visibility, 'public')))
    .orderBy(asc(findingUpdates.position));
}

/** A reason as the public may read it: its text only when the user chose to make it public. */
function publicReason(reason: AnyColumn, visibility: AnyColumn) {
  return sql<string | null>`case when ${visibility} = 'public' then ${reason} end`;
}

/** A finding's status changes, oldest first: dates and statuses, and the reason only if public. */
export async function statusChangesOf(db: Db, findingId: string) {
  return db
    .select({
      from: statusChanges.fromStatus,
      to: statusChanges.toStatus,
      on: statusChanges.changedOn,
      reason: publicReason(statusChanges.reason, statusChanges.reasonVisibility),
    })
    .from(statusChanges)
    .where(eq(statusChanges.findingId, findingId))
    .orderBy(asc(statusChanges.createdAt), asc(statusChanges.seq));
}

/** A finding's target date revisions, oldest first: the dates, and the reason only if public. */
export async function targetDateRevisionsOf(db: Db, findingId: string) {
  return db
    .select({
      from: targetDateRevisions.fromDate,
      to: targetDateRevisions.toDate,
      on: targetDateRevisions.revisedOn,
      reason: publicReason(targetDateRevisions.reason, targetDateRevisions.reasonVisibility),
    })
    .from(targetDateRevisions)
    .where(eq(targetDateRevisions.findingId, findingId))
    .orderBy(asc(targetDateRevisions.createdAt), asc(targetDateRevisions.seq));
}
