import { and, eq, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { findings, responseRecords } from '../schema/index.js';

type RecordSet = Partial<typeof responseRecords.$inferInsert>;
type FindingSet = Partial<typeof findings.$inferInsert>;

/**
 * Optimistic concurrency: the write lands only if the row is still at the version the user saw.
 * Returns the new row, or `{ stale: currentVersion }` (null when the row no longer exists).
 */
export async function updateRecordIfVersion(tx: Db, id: string, expected: number, set: RecordSet) {
  const [row] = await tx
    .update(responseRecords)
    .set({ ...set, rowVersion: sql`${responseRecords.rowVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(responseRecords.id, id), eq(responseRecords.rowVersion, expected)))
    .returning();
  if (row) return { row } as const;
  const [current] = await tx
    .select({ v: responseRecords.rowVersion })
    .from(responseRecords)
    .where(eq(responseRecords.id, id));
  return { stale: current?.v ?? null } as const;
}

export async function updateFindingIfVersion(
  tx: Db,
  id: string,
  expected: number,
  set: FindingSet,
) {
  const [row] = await tx
    .update(findings)
    .set({ ...set, rowVersion: sql`${findings.rowVersion} + 1`, updatedAt: new Date() })
    .where(and(eq(findings.id, id), eq(findings.rowVersion, expected)))
    .returning();
  if (row) return { row } as const;
  const [current] = await tx
    .select({ v: findings.rowVersion })
    .from(findings)
    .where(eq(findings.id, id));
  return { stale: current?.v ?? null } as const;
}
