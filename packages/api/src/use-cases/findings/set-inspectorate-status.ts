import { recordAudit, updateFindingIfVersion } from '@irr/db/repositories';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { findingFor } from './finding-for.js';
import type { SetInspectorateStatusInput } from './inputs.js';

/**
 * HMICFRS's own status for a finding, with the date it gave it and where it said so; null clears
 * it. Live tracking like our own status: any editor, at any stage of the record, never frozen.
 */
export async function setInspectorateStatus(
  uc: UseCaseContext,
  input: SetInspectorateStatusInput,
): Promise<StaffRecord> {
  const { stored, finding } = await findingFor(uc, input.findingId, 'editor');
  const { inspectorateStatus } = input;
  return uc.db.transaction(async (tx) => {
    await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, { inspectorateStatus });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: 'finding.inspectorate_status_set',
      entityType: 'finding',
      entityId: finding.row.id,
      before: { inspectorateStatus: finding.row.inspectorateStatus },
      after: { inspectorateStatus },
    });
    return storedStaffRecord(tx, stored.row.id);
  });
}
