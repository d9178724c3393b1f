import { and, asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../connection.js';
import type { Visibility } from '@irr/domain';
import { auditEvents, statusChanges, targetDateRevisions, users } from '../schema/index.js';

/** The latest audited changes a finding's history shows; older ones are in the audit log. */
const CHANGES_SHOWN = 50;

export interface FindingHistory {
  statusChanges: {
    from: string;
    to: string;
    reason: string | null;
    reasonVisibility: Visibility;
    on: string;
    by: string | null;
  }[];
  targetDateRevisions: {
    from: string | null;
    to: string;
    reason: string;
    reasonVisibility: Visibility;
    on: string;
    by: string | null;
  }[];
  changes: { at: Date; action: string; by: string | null; before: unknown; after: unknown }[];
}

/**
 * A finding's status moves and target-date revisions, oldest first, and its latest audited
 * changes, newest first, each with the display name of who made it.
 */
export async function queryFindingHistory(db: Db, findingId: string): Promise<FindingHistory> {
  const sc = statusChanges;
  const tr = targetDateRevisions;
  const a = auditEvents;
  const [moves, revisions, changes] = await Promise.all([
    db
      .select({
        from: sc.fromStatus,
        to: sc.toStatus,
        reason: sc.reason,
        reasonVisibility: sc.reasonVisibility,
        on: sc.changedOn,
        by: users.displayName,
      })
      .from(sc)
      .leftJoin(users, eq(users.id, sc.changedBy))
      .where(eq(sc.findingId, findingId))
      .orderBy(asc(sc.createdAt), asc(sc.seq)),
    db
      .select({
        from: tr.fromDate,
        to: tr.toDate,
        reason: tr.reason,
        reasonVisibility: tr.reasonVisibility,
        on: tr.revisedOn,
        by: users.displayName,
      })
      .from(tr)
      .leftJoin(users, eq(users.id, tr.revisedBy))
      .where(eq(tr.findingId, findingId))
      .orderBy(asc(tr.createdAt), asc(tr.seq)),
    db
      .select({
        at: a.at,
        action: a.action,
        by: users.displayName,
        before: a.before,
        after: a.after,
      })
      .from(a)
      .leftJoin(users, eq(users.id, a.actorId))
      .where(and(eq(a.entityType, 'finding'), eq(a.entityId, findingId)))
      .orderBy(desc(a.id))
      .limit(CHANGES_SHOWN),
  ]);
  return { statusChanges: moves, targetDateRevisions: revisions, changes };
}
