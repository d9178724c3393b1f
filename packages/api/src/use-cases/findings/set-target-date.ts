import {
  insertTargetDateRevision,
  recordAudit,
  updateFindingIfVersion,
} from '@irr/db/repositories';
import { AppError, londonDateOf, reviseTargetDate, roleToSetTargetDate } from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import { requireRole, type UseCaseContext } from '../context.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { findingFor } from './finding-for.js';
import type { SetTargetDateInput } from './inputs.js';

/**
 * Sets a finding's first target date (an editor) or revises it (an approver, with a reason). The
 * original date never changes, and each revision is logged so slippage stays visible.
 */
export async function setTargetDate(
  uc: UseCaseContext,
  input: SetTargetDateInput,
): Promise<StaffRecord> {
  const { stored, finding } = await findingFor(uc, input.findingId, 'editor');
  const schedule = {
    originalTargetDate: finding.row.originalTargetDate,
    targetDate: finding.row.targetDate,
  };
  requireRole(uc.actor, stored.row.organisationId, roleToSetTargetDate(schedule));
  const today = londonDateOf(uc.now());
  const revised = reviseTargetDate(
    { ...schedule, revisions: [] },
    {
      to: input.to,
      reason: input.reason ?? '',
      revisedOn: today,
      revisedBy: uc.actor.id ?? uc.actor.displayName,
    },
  );
  if (!revised.ok) throw new AppError(revised.error);
  // A first date is no revision: only a change of a date already set is logged.
  const [revision] = revised.value.revisions;
  return uc.db.transaction(async (tx) => {
    await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, {
      targetDate: revised.value.targetDate,
      originalTargetDate: revised.value.originalTargetDate,
    });
    if (revision) {
      await insertTargetDateRevision(tx, {
        findingId: finding.row.id,
        fromDate: revision.from,
        toDate: revision.to,
        reason: revision.reason,
        reasonVisibility: input.visibility,
        revisedOn: revision.revisedOn,
        revisedBy: uc.actor.id,
        createdAt: uc.now(),
      });
    }
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: revision ? 'finding.target_date_revised' : 'finding.target_date_set',
      entityType: 'finding',
      entityId: finding.row.id,
      before: { targetDate: finding.row.targetDate },
      after: { targetDate: input.to, reason: input.reason ?? null, visibility: input.visibility },
    });
    return storedStaffRecord(tx, stored.row.id);
  });
}
