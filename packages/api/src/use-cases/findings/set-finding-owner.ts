import { recordAudit, updateFindingIfVersion } from '@irr/db/repositories';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { findingFor } from './finding-for.js';

export interface SetFindingOwnerInput {
  findingId: string;
  rowVersion: number;
  owner: string | null;
}

/** Who is responsible for a finding; any editor may set it, at any stage of the record. */
export async function setFindingOwner(
  uc: UseCaseContext,
  input: SetFindingOwnerInput,
): Promise<StaffRecord> {
  const { stored, finding } = await findingFor(uc, input.findingId, 'editor');
  const owner = input.owner?.trim() || null;
  return uc.db.transaction(async (tx) => {
    await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, { owner });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: 'finding.owner_set',
      entityType: 'finding',
      entityId: finding.row.id,
      before: { owner: finding.row.owner },
      after: { owner },
    });
    return storedStaffRecord(tx, stored.row.id);
  });
}
