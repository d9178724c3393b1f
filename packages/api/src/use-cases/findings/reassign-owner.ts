import { memberStanding, reassignOwnedFindings, recordAudits } from '@irr/db/repositories';
import { AppError, ownerRefusal } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';
import { notifyFindingsAssigned } from '../notifications/notify-findings-assigned.js';

export interface ReassignOwnerInput {
  organisationId: string;
  fromUserId: string;
  toUserId: string;
}

export interface ReassignOwnerResult {
  /** The findings moved, each at its new row version. */
  findings: { id: string; recordId: string; ref: string; rowVersion: number }[];
}

/**
 * Someone leaves or changes job: every open finding of the organisation they own passes to
 * another member, in one transaction, each finding audited. Approvers and admins only: it moves
 * work between people in bulk. The new owner must be an active editor or above; the old one need
 * not be a member any more (that is the usual reason to reassign).
 */
export async function reassignOwner(
  uc: UseCaseContext,
  input: ReassignOwnerInput,
): Promise<ReassignOwnerResult> {
  requireRole(uc.actor, input.organisationId, 'approver');
  return uc.db.transaction(async (tx) => {
    const refusal = ownerRefusal(await memberStanding(tx, input.toUserId, input.organisationId));
    if (refusal) throw new AppError(refusal);
    if (input.fromUserId === input.toUserId) return { findings: [] };
    const moved = await reassignOwnedFindings(
      tx,
      input.organisationId,
      input.fromUserId,
      input.toUserId,
    );
    await recordAudits(
      tx,
      moved.map((finding) => ({
        actorId: uc.actor.id,
        organisationId: input.organisationId,
        action: 'finding.owner_set',
        entityType: 'finding',
        entityId: finding.id,
        before: { ownerUserId: input.fromUserId },
        after: { ownerUserId: input.toUserId, reassigned: true },
      })),
    );
    const byRecord = new Map<string, typeof moved>();
    for (const f of moved) byRecord.set(f.recordId, [...(byRecord.get(f.recordId) ?? []), f]);
    await notifyFindingsAssigned(
      tx,
      uc,
      input.organisationId,
      [...byRecord].map(([recordId, list]) => ({
        recordId,
        findingId: list.length === 1 ? list[0]!.id : null,
        refs: list.map((f) => f.ref),
        ownerUserId: input.toUserId,
      })),
    );
    return { findings: moved };
  });
}
