import { and, eq, sql } from 'drizzle-orm';
import { staleVersion } from '@irr/domain';
import type { Db } from '../connection.js';
import { findings, responseRecords, type reports } from '../schema/index.js';

type RecordSet = Partial<typeof responseRecords.$inferInsert>;
type FindingSet = Partial<typeof findings.$inferInsert>;

type VersionedTable = typeof responseRecords | typeof findings | typeof reports;

/**
 * Optimistic concurrency: the write lands only if the row is still at the version the user saw.
 * Returns the new row; otherwise throws STALE_VERSION with the version now stored, so no caller
 * can forget to check.
 */
export async function updateIfVersion<T extends VersionedTable>(
  tx: Db,
  table: T,
  what: string,
  id: string,
  expected: number,
  set: Partial<T['$inferInsert']>,
): Promise<T['$inferSelect']> {
  // One table of three at a time: drizzle's builders do not follow a union of tables, hence the casts.
  const t = table as typeof reports;
  const [row] = await tx
    .update(t)
    .set({ ...(set as object), rowVersion: sql`${t.rowVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(t.id, id), eq(t.rowVersion, expected)))
    .returning();
  if (row) return row;
  const [current] = await tx.select({ v: t.rowVersion }).from(t).where(eq(t.id, id));
  throw staleVersion(what, current?.v ?? null);
}

export function updateRecordIfVersion(tx: Db, id: string, expected: number, set: RecordSet) {
  return updateIfVersion(tx, responseRecords, 'response record', id, expected, set);
}

export function updateFindingIfVersion(tx: Db, id: string, expected: number, set: FindingSet) {
  return updateIfVersion(tx, findings, 'finding', id, expected, set);
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
