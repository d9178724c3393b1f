import { findPendingImport, recordAudit, updatePendingImportIfVersion } from '@irr/db/repositories';
import type { ImportDecision } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { expiryFrom, importingUser } from './pending-import-owner.js';
import { pendingImportState, toView, type PendingImportView } from './pending-import-view.js';
import { requirePending } from './require-pending.js';

/**
 * Replaces the review's decisions with the user's whole list, if the pending import is still at the
 * version they saw (a stale one is STALE_VERSION: another tab or colleague moved it on), and answers
 * with the draft they now make.
 */
export async function decideImport(
  uc: UseCaseContext,
  input: { id: string; rowVersion: number; decisions: ImportDecision[] },
): Promise<PendingImportView> {
  const userId = importingUser(uc.actor);
  const now = uc.now();
  const row = await uc.db.transaction(async (tx) => {
    const held = await findPendingImport(tx, input.id, userId, now);
    requirePending(held);
    // The draft these decisions make names the organisation (the user may just have corrected it).
    const state = await pendingImportState(tx, uc.actor, { ...held, decisions: input.decisions });
    const saved = await updatePendingImportIfVersion(
      tx,
      held,
      input.rowVersion,
      { decisions: input.decisions, organisationId: state.organisationId },
      expiryFrom(now),
    );
    await recordAudit(tx, {
      actorId: userId,
      organisationId: state.organisationId,
      action: 'import.decided',
      entityType: 'pending_import',
      entityId: held.id,
      before: { decisions: held.decisions },
      after: { decisions: input.decisions },
    });
    return saved;
  });
  return toView(uc.db, await pendingImportState(uc.db, uc.actor, row));
}
