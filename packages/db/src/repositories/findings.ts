import { and, eq, max } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { findings, statusChanges, targetDateRevisions } from '../schema/index.js';

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
  change: Omit<typeof statusChanges.$inferInsert, 'id' | 'createdAt'>,
): Promise<void> {
  await tx.insert(statusChanges).values(change);
}

/** One revision of a finding's target date, kept for ever so slippage stays visible. */
export async function insertTargetDateRevision(
  tx: Db,
  revision: Omit<typeof targetDateRevisions.$inferInsert, 'id' | 'createdAt'>,
): Promise<void> {
  await tx.insert(targetDateRevisions).values(revision);
}
