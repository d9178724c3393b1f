import { findPendingImport, recordAudit, updatePendingImportIfVersion } from '@irr/db/repositories';
import type { UseCaseContext } from '../context.js';
import { expiryFrom, importingUser } from './pending-import-owner.js';
import { requirePending } from './require-pending.js';

/** Throws a pending import away: nothing of it is saved, and it leaves the review queue. */
export async function discardImport(
  uc: UseCaseContext,
  input: { id: string },
): Promise<{ discarded: true }> {
  const userId = importingUser(uc.actor);
  const now = uc.now();
  await uc.db.transaction(async (tx) => {
    const row = await findPendingImport(tx, input.id, userId, now);
    requirePending(row);
    await updatePendingImportIfVersion(
      tx,
      row,
      row.rowVersion,
      { status: 'discarded' },
      expiryFrom(now),
    );
    await recordAudit(tx, {
      actorId: userId,
      organisationId: row.organisationId,
      action: 'import.discarded',
      entityType: 'pending_import',
      entityId: row.id,
      after: { fileName: row.fileName, decisions: row.decisions },
    });
  });
  return { discarded: true };
}
