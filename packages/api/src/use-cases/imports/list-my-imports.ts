import { pendingImportsOfUser } from '@irr/db/repositories';
import type { UseCaseContext } from '../context.js';
import { importingUser } from './pending-import-owner.js';
import { summaries, type PendingImportSummary } from './pending-import-view.js';

/** The review queue: the user's imports still waiting for review, oldest first. */
export async function listMyImports(
  uc: UseCaseContext,
): Promise<{ items: PendingImportSummary[] }> {
  const rows = await pendingImportsOfUser(uc.db, importingUser(uc.actor), uc.now());
  return { items: await summaries(uc.db, uc.actor, rows) };
}
