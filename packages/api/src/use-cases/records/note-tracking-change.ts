import type { Db } from '@irr/db';
import { recordAudit, updateRecordIfVersion, type StoredRecord } from '@irr/db/repositories';
import { AppError, checkPublicationTransition, trackingChangeEffect } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';

/**
 * Inside the transaction of a change the published snapshot will hold (a finding's status, a
 * public update): a record awaiting approval takes the record's version, so an approval given
 * at the same moment conflicts instead of missing it, and an approved record goes back to
 * review (`returned_to_review`, audited). The approver finds the change among the changes since
 * submission.
 */
export async function noteTrackingChange(
  tx: Db,
  uc: UseCaseContext,
  stored: StoredRecord,
): Promise<void> {
  const row = stored.row;
  const effect = trackingChangeEffect(row.status);
  if (effect === 'none') return;
  if (effect === 'noted_in_review') {
    await updateRecordIfVersion(tx, row.id, row.rowVersion, {});
    return;
  }
  const move = checkPublicationTransition({
    from: row.status,
    to: 'in_review',
    actorRole: requireRole(uc.actor, row.organisationId, 'editor'),
    actorId: uc.actor.id ?? '',
    actorChangedVersion: false,
  });
  if (!move.ok) throw new AppError(move.error);
  await updateRecordIfVersion(tx, row.id, row.rowVersion, { status: 'in_review' });
  await recordAudit(tx, {
    actorId: uc.actor.id,
    organisationId: row.organisationId,
    action: `record.${move.value.event}`,
    entityType: 'response_record',
    entityId: row.id,
    before: { status: row.status },
    after: { status: 'in_review' },
  });
}
