import { findPendingImport } from '@irr/db/repositories';
import type { UseCaseContext } from '../context.js';
import { importingUser } from './pending-import-owner.js';
import { pendingImportState, toView, type PendingImportView } from './pending-import-view.js';

/** One of the user's pending imports: source, draft, diagnostics, decisions and what it meets. */
export async function readPendingImport(
  uc: UseCaseContext,
  input: { id: string },
): Promise<PendingImportView> {
  const row = await findPendingImport(uc.db, input.id, importingUser(uc.actor), uc.now());
  return toView(uc.db, await pendingImportState(uc.db, uc.actor, row));
}
