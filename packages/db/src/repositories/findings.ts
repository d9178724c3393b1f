import { and, eq, inArray, max, notInArray, sql } from 'drizzle-orm';
import { FindingStatus, isFinished } from '@irr/domain';
import type { Db } from '../connection.js';
import { findings, responseRecords, statusChanges, targetDateRevisions } from '../schema/index.js';

/** The record a finding belongs to, or null when there is no such finding. */
export async function findingRecordId(db: Db, findingId: string): Promise<string | null> {
  const [row] = await db
    .select({ recordId: findings.recordId })
    .from(findings)
    .where(eq(findings.id, findingId));
  return row?.recordId ?? null;
}

type NewFinding = Omit<
  typeof findings.$inferInsert,
  'id' | 'position' | 'rowVersion' | 'createdAt' | 'updatedAt'
>;

/** Adds a finding after the last one of its record; returns its id. */
export async function appendFinding(tx: Db, values: NewFinding): Promise<string> {
  const [last] = await tx
    .select({ position: max(findings.position) })
    .from(findings)
    .where(eq(findings.recordId, values.recordId));
  const [row] = await tx
    .insert(findings)
    .values({ ...values, position: (last?.position ?? -1) + 1 })
    .returning({ id: findings.id });
  return row!.id;
}

/** The order of a record's findings: each finding in `order` takes its index as its position. */
export async function setFindingPositions(
  tx: Db,
  recordId: string,
  order: readonly string[],
): Promise<void> {
  for (const [position, id] of order.entries()) {
    await tx
      .update(findings)
      .set({ position })
      .where(and(eq(findings.id, id), eq(findings.recordId, recordId)));
  }
}

/** One move of a finding's progress status, kept for its public timeline and history. */
export async function insertStatusChange(
  tx: Db,
  change: Omit<typeof statusChanges.$inferInsert, 'id' | 'createdAt'> & { createdAt: Date },
): Promise<void> {
  await tx.insert(statusChanges).values(change);
}

/** One revision of a finding's target date, kept for ever so slippage stays visible. */
export async function insertTargetDateRevision(
  tx: Db,
  revision: Omit<typeof targetDateRevisions.$inferInsert, 'id' | 'createdAt'> & { createdAt: Date },
): Promise<void> {
  await tx.insert(targetDateRevisions).values(revision);
}

/** Statuses with nothing left for an owner to do: their owner stays as history. */
const FINISHED_STATUSES = FindingStatus.options.filter(isFinished);

export interface ReassignedFinding {
  id: string;
  recordId: string;
  ref: string;
  /** The finding's row version after the move. */
  rowVersion: number;
}

/**
 * Moves every open finding of the organisation's records that `fromUserId` owns to `toUserId`,
 * each taking a new row version (an open form on one of them is then stale). Finished findings
 * keep the owner who finished them. Returns the findings moved.
 */
export async function reassignOwnedFindings(
  tx: Db,
  organisationId: string,
  fromUserId: string,
  toUserId: string,
): Promise<ReassignedFinding[]> {
  const records = tx
    .select({ id: responseRecords.id })
    .from(responseRecords)
    .where(eq(responseRecords.organisationId, organisationId));
  const rows = await tx
    .update(findings)
    .set({
      ownerUserId: toUserId,
      rowVersion: sql`${findings.rowVersion} + 1`,
      updatedAt: new Date(),
    })
    .where(
      and(
        eq(findings.ownerUserId, fromUserId),
        inArray(findings.recordId, records),
        notInArray(findings.status, FINISHED_STATUSES),
      ),
    )
    .returning({
      id: findings.id,
      recordId: findings.recordId,
      ref: findings.ref,
      rowVersion: findings.rowVersion,
    });
  return rows.sort((a, b) => a.recordId.localeCompare(b.recordId) || a.ref.localeCompare(b.ref));
}
