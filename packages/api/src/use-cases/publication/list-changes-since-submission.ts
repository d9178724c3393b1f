import { lastRecordEventId, listAuditEventsSince } from '@irr/db/read-models';
import { NOT_VERSION_CHANGES } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { recordFor } from '../records/record-for.js';

/**
 * What changed in a record awaiting approval since it was last submitted (updates and status
 * changes made during review or after approval), oldest first, for the approver to look at
 * before approving. Empty for a record that is not awaiting approval.
 */
export async function listChangesSinceSubmission(uc: UseCaseContext, input: { recordId: string }) {
  const stored = await recordFor(uc, input.recordId, 'viewer');
  if (stored.row.status !== 'in_review' && stored.row.status !== 'approved') return [];
  return listAuditEventsSince(uc.db, {
    recordId: stored.row.id,
    afterEventId: await lastRecordEventId(uc.db, stored.row.id, 'record.submitted'),
    ignoring: NOT_VERSION_CHANGES,
  });
}
