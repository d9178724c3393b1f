import {
  appendFindingUpdate,
  insertStatusChange,
  recordAudit,
  updateFindingIfVersion,
} from '@irr/db/repositories';
import {
  AppError,
  checkFindingTransition,
  cleanRichText,
  isBlankRichText,
  londonDateOf,
} from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import { requireRole, type UseCaseContext } from '../context.js';
import { noteTrackingChange } from '../records/note-tracking-change.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { findingFor } from './finding-for.js';
import type { TransitionFindingInput } from './inputs.js';

/**
 * Moves a finding's progress status along its lifecycle, logged with its reason and audited under
 * the lifecycle's event (`finding.completed`, `finding.reopened`...). The reason and the final update
 * reach the public timeline only when the user chose to make them public.
 */
export async function transitionFinding(
  uc: UseCaseContext,
  input: TransitionFindingInput,
): Promise<StaffRecord> {
  const { stored, finding } = await findingFor(uc, input.findingId, 'editor');
  const move = checkFindingTransition({
    from: finding.row.status,
    to: input.to,
    actorRole: requireRole(uc.actor, stored.row.organisationId, 'editor'),
    reason: input.reason,
    finalUpdate: input.finalUpdate,
    supersededBy: input.supersededBy,
    closure: input.closure,
  });
  if (!move.ok) throw new AppError(move.error);
  const { from, to, event } = move.value;
  const cleaned = cleanRichText(input.finalUpdate ?? '', 'finalUpdate');
  if (!cleaned.ok) throw new AppError(cleaned.error);
  const finalUpdate = cleaned.value;
  const today = londonDateOf(uc.now());
  return uc.db.transaction(async (tx) => {
    await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, { status: to });
    // The finding that supersedes this one is named in the status change's reason and the audit.
    await insertStatusChange(tx, {
      findingId: finding.row.id,
      fromStatus: from,
      toStatus: to,
      reason:
        input.reason?.trim() || (input.supersededBy ? `Superseded by ${input.supersededBy}` : null),
      reasonVisibility: input.visibility,
      changedOn: today,
      changedBy: uc.actor.id,
      createdAt: uc.now(),
    });
    if (!isBlankRichText(finalUpdate)) {
      await appendFindingUpdate(tx, {
        findingId: finding.row.id,
        date: today,
        author: 'force',
        visibility: input.visibility,
        text: finalUpdate,
        createdBy: uc.actor.id,
        createdAt: uc.now(),
      });
    }
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: `finding.${event}`,
      entityType: 'finding',
      entityId: finding.row.id,
      before: { status: from },
      after: {
        status: to,
        reason: input.reason ?? null,
        supersededBy: input.supersededBy ?? null,
        closure: input.closure ?? null,
        visibility: input.visibility,
      },
    });
    // The finding's status is part of what the next publication freezes.
    await noteTrackingChange(tx, uc, stored);
    return storedStaffRecord(tx, stored.row.id);
  });
}
