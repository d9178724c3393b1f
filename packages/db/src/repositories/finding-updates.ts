import { eq, max } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { findingUpdates } from '../schema/index.js';

/** `createdAt` is the use case's clock: alerts and feeds order changes by it, on the same clock as their own. */
type NewFindingUpdate = Omit<
  typeof findingUpdates.$inferInsert,
  'id' | 'position' | 'createdAt'
> & {
  createdAt: Date;
};

type FindingUpdateRow = typeof findingUpdates.$inferSelect;

/** Adds a progress update after the finding's last one; returns the stored update. */
export async function appendFindingUpdate(
  tx: Db,
  update: NewFindingUpdate,
): Promise<FindingUpdateRow> {
  const [last] = await tx
    .select({ position: max(findingUpdates.position) })
    .from(findingUpdates)
    .where(eq(findingUpdates.findingId, update.findingId));
  const [row] = await tx
    .insert(findingUpdates)
    .values({ ...update, position: (last?.position ?? -1) + 1 })
    .returning();
  return row!;
}
