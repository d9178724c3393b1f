import { recordAudit, updateFindingIfVersion } from '@irr/db/repositories';
import { AppError, checkCauseOfConcernClosure } from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import { requireRole, type UseCaseContext } from '../context.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { findingFor } from './finding-for.js';
import type { CloseCauseOfConcernInput } from './inputs.js';

/**
 * HMICFRS closes a cause of concern by letter, apart from its recommendations: an approver records
 * the letter's date and link, audited under the lifecycle's event (`cause_of_concern.closed`).
 */
export async function closeCauseOfConcern(
  uc: UseCaseContext,
  input: CloseCauseOfConcernInput,
): Promise<StaffRecord> {
  const { stored, finding } = await findingFor(uc, input.findingId, 'editor');
  if (finding.row.kind !== 'cause_of_concern') {
    throw new AppError({
      code: 'NOT_A_CAUSE',
      message: 'Only a cause of concern closes by letter',
    });
  }
  const move = checkCauseOfConcernClosure({
    from: finding.row.causeStatus ?? 'open',
    to: 'closed',
    actorRole: requireRole(uc.actor, stored.row.organisationId, 'editor'),
    letterDate: input.letterDate,
    letterLink: input.letterLink,
  });
  if (!move.ok) throw new AppError(move.error);
  return uc.db.transaction(async (tx) => {
    await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, {
      causeStatus: move.value.to,
      causeClosedOn: input.letterDate,
      causeClosureLink: input.letterLink,
    });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: `cause_of_concern.${move.value.event}`,
      entityType: 'finding',
      entityId: finding.row.id,
      before: { causeStatus: finding.row.causeStatus },
      after: { causeStatus: move.value.to, ...input },
    });
    return storedStaffRecord(tx, stored.row.id);
  });
}
