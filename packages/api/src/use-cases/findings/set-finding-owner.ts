import { memberStanding, recordAudit, updateFindingIfVersion } from '@irr/db/repositories';
import { AppError, ownerRefusal } from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { findingFor } from './finding-for.js';
import { notifyFindingsAssigned } from '../notifications/notify-findings-assigned.js';

export interface SetFindingOwnerInput {
  findingId: string;
  rowVersion: number;
  /** A member of the record's organisation (editor or above), or null for nobody. */
  ownerUserId: string | null;
  /** A team label, kept beside the owner; blank is none. */
  team: string | null;
}

/**
 * Who is responsible for a finding: a person of the record's organisation, and a team. Any editor
 * may set it, at any stage of the record; the owner must be an active editor or above there.
 */
export async function setFindingOwner(
  uc: UseCaseContext,
  input: SetFindingOwnerInput,
): Promise<StaffRecord> {
  const { stored, finding } = await findingFor(uc, input.findingId, 'editor');
  const organisationId = stored.row.organisationId;
  const ownerTeam = input.team?.trim() || null;
  const ownerUserId = input.ownerUserId;
  return uc.db.transaction(async (tx) => {
    if (ownerUserId !== null) {
      const refusal = ownerRefusal(await memberStanding(tx, ownerUserId, organisationId));
      if (refusal) throw new AppError(refusal);
    }
    await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, { ownerUserId, ownerTeam });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId,
      action: 'finding.owner_set',
      entityType: 'finding',
      entityId: finding.row.id,
      before: { ownerUserId: finding.row.ownerUserId, ownerTeam: finding.row.ownerTeam },
      after: { ownerUserId, ownerTeam },
    });
    if (ownerUserId !== null && ownerUserId !== finding.row.ownerUserId)
      await notifyFindingsAssigned(tx, uc, organisationId, [
        {
          recordId: stored.row.id,
          findingId: finding.row.id,
          refs: [finding.row.ref],
          ownerUserId,
        },
      ]);
    return storedStaffRecord(tx, stored.row.id);
  });
}
