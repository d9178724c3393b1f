import { findImportBatch, pendingImportsOfBatch } from '@irr/db/repositories';
import type { UseCaseContext } from '../context.js';
import { importingUser } from './pending-import-owner.js';
import { summaries, type PendingImportSummary } from './pending-import-view.js';

/** One of the user's batches: a line per staged record, in the order they were staged. */
export async function readBatch(
  uc: UseCaseContext,
  input: { batchId: string },
): Promise<{ id: string; createdAt: Date; expiresAt: Date; items: PendingImportSummary[] }> {
  const userId = importingUser(uc.actor);
  const batch = await findImportBatch(uc.db, input.batchId, userId, uc.now());
  const rows = await pendingImportsOfBatch(uc.db, batch.id, userId, uc.now());
  return {
    id: batch.id,
    createdAt: batch.createdAt,
    expiresAt: batch.expiresAt,
    items: await summaries(uc.db, uc.actor, rows),
  };
}
