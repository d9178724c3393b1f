import { and, eq, sql } from 'drizzle-orm';
import { staleVersion } from '@irr/domain';
import type { Db } from '../connection.js';
import { findings, responseRecords } from '../schema/index.js';

type RecordSet = Partial<typeof responseRecords.$inferInsert>;
type FindingSet = Partial<typeof findings.$inferInsert>;
type RecordRow = typeof responseRecords.$inferSelect;
type FindingRow = typeof findings.$inferSelect;

/**
 * Optimistic concurrency: the write lands only if the row is still at the version the user saw.
 * Returns the new row; otherwise throws STALE_VERSION with the version now stored, so no caller
 * can forget to check.
 */
export async function updateRecordIfVersion(
  tx: Db,
  id: string,
  expected: number,
  set: RecordSet,
): Promise<RecordRow> {
  const [row] = await tx
    .update(responseRecords)
    .set({ ...set, rowVersion: sql`${responseRecords.rowVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(responseRecords.id, id), eq(responseRecords.rowVersion, expected)))
    .returning();
  if (row) return row;
  const [current] = await tx
    .select({ v: responseRecords.rowVersion })
    .from(responseRecords)
    .where(eq(responseRecords.id, id));
  throw staleVersion('response record', current?.v ?? null);
}

export async function updateFindingIfVersion(
  tx: Db,
  id: string,
  expected: number,
  set: FindingSet,
): Promise<FindingRow> {
  const [row] = await tx
    .update(findings)
    .set({ ...set, rowVersion: sql`${findings.rowVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(findings.id, id), eq(findings.rowVersion, expected)))
    .returning();
  if (row) return row;
  const [current] = await tx
    .select({ v: findings.rowVersion })
    .from(findings)
    .where(eq(findings.id, id));
  throw staleVersion('finding', current?.v ?? null);
}

/**
 * Names the record's last editor without taking a version: a finding's edit is guarded by the
 * finding's own version, and must not make a colleague's open record form stale.
 */
export async function touchRecord(tx: Db, id: string, lastEditorId: string | null): Promise<void> {
  await tx
    .update(responseRecords)
    .set({ lastEditorId, updatedAt: new Date() })
    .where(eq(responseRecords.id, id));
}
