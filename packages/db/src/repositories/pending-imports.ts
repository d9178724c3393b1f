import { and, asc, eq, gt, lte, notExists, sql } from 'drizzle-orm';
import { notFound, staleVersion } from '@irr/domain';
import type { Db } from '../connection.js';
import { importBatches, pendingImports } from '../schema/index.js';

export type ImportBatchRow = typeof importBatches.$inferSelect;
export type PendingImportRow = typeof pendingImports.$inferSelect;
export type NewPendingImport = Omit<
  typeof pendingImports.$inferInsert,
  'id' | 'status' | 'resultRecordId' | 'rowVersion' | 'createdAt' | 'updatedAt'
>;
type PendingImportSet = Partial<
  Pick<
    typeof pendingImports.$inferInsert,
    'decisions' | 'status' | 'resultRecordId' | 'organisationId'
  >
>;

export async function insertImportBatch(
  tx: Db,
  values: { userId: string; expiresAt: Date },
): Promise<ImportBatchRow> {
  const [row] = await tx.insert(importBatches).values(values).returning();
  return row!;
}

/**
 * The user's batch, still live; NOT_FOUND for another user's or an expired one, as if it never
 * existed. Staging into it again keeps it alive for another week.
 */
export async function findImportBatch(
  db: Db,
  id: string,
  userId: string,
  now: Date,
): Promise<ImportBatchRow> {
  const [row] = await db
    .select()
    .from(importBatches)
    .where(
      and(
        eq(importBatches.id, id),
        eq(importBatches.userId, userId),
        gt(importBatches.expiresAt, now),
      ),
    );
  if (!row) throw notFound('This import batch');
  return row;
}

/** A batch stays as long as the last of its imports. */
export async function extendImportBatch(tx: Db, id: string, expiresAt: Date): Promise<void> {
  await tx
    .update(importBatches)
    .set({
      expiresAt: sql`greatest(${importBatches.expiresAt}, ${expiresAt.toISOString()}::timestamptz)`,
    })
    .where(eq(importBatches.id, id));
}

export async function insertPendingImports(
  tx: Db,
  values: readonly NewPendingImport[],
): Promise<PendingImportRow[]> {
  if (values.length === 0) return [];
  return tx
    .insert(pendingImports)
    .values([...values])
    .returning();
}

/** Pending imports the user may see: their own, not yet expired (another user's read as absent). */
const liveOf = (userId: string, now: Date) =>
  and(eq(pendingImports.userId, userId), gt(pendingImports.expiresAt, now));

/** The order a user's imports are listed in: as staged, then by file and place in the file. */
const STAGED_ORDER = [
  asc(pendingImports.createdAt),
  asc(pendingImports.fileName),
  asc(pendingImports.lineOffset),
];

/** The user's pending import, still live; NOT_FOUND otherwise (another user's reads as absent). */
export async function findPendingImport(
  db: Db,
  id: string,
  userId: string,
  now: Date,
): Promise<PendingImportRow> {
  const [row] = await db
    .select()
    .from(pendingImports)
    .where(and(eq(pendingImports.id, id), liveOf(userId, now)));
  if (!row) throw notFound('This pending import');
  return row;
}

/** A batch's live imports, in the order they were staged. */
export async function pendingImportsOfBatch(
  db: Db,
  batchId: string,
  userId: string,
  now: Date,
): Promise<PendingImportRow[]> {
  return db
    .select()
    .from(pendingImports)
    .where(and(eq(pendingImports.batchId, batchId), liveOf(userId, now)))
    .orderBy(...STAGED_ORDER);
}

/** The user's imports still waiting for review, oldest first. */
export async function pendingImportsOfUser(
  db: Db,
  userId: string,
  now: Date,
): Promise<PendingImportRow[]> {
  return db
    .select()
    .from(pendingImports)
    .where(and(eq(pendingImports.status, 'pending'), liveOf(userId, now)))
    .orderBy(...STAGED_ORDER);
}

/**
 * Changes a pending import only if it is still at the version the user saw, and keeps it (and its
 * batch) for another `expiresAt`; a stale version throws STALE_VERSION with the version now stored.
 */
export async function updatePendingImportIfVersion(
  tx: Db,
  row: Pick<PendingImportRow, 'id' | 'batchId'>,
  expected: number,
  set: PendingImportSet,
  expiresAt: Date,
): Promise<PendingImportRow> {
  const [updated] = await tx
    .update(pendingImports)
    .set({
      ...set,
      expiresAt,
      rowVersion: sql`${pendingImports.rowVersion} + 1`,
      updatedAt: new Date(),
    })
    .where(and(eq(pendingImports.id, row.id), eq(pendingImports.rowVersion, expected)))
    .returning();
  if (!updated) {
    const [current] = await tx
      .select({ v: pendingImports.rowVersion })
      .from(pendingImports)
      .where(eq(pendingImports.id, row.id));
    throw staleVersion('pending import', current?.v ?? null);
  }
  await extendImportBatch(tx, row.batchId, expiresAt);
  return updated;
}

/** Deletes expired pending imports, then expired batches left with none. Returns how many imports went. */
export async function deleteExpiredImports(db: Db, now: Date): Promise<number> {
  const gone = await db
    .delete(pendingImports)
    .where(lte(pendingImports.expiresAt, now))
    .returning({ id: pendingImports.id });
  await db.delete(importBatches).where(
    and(
      lte(importBatches.expiresAt, now),
      notExists(
        db
          .select({ one: sql`1` })
          .from(pendingImports)
          .where(eq(pendingImports.batchId, importBatches.id)),
      ),
    ),
  );
  return gone.length;
}
