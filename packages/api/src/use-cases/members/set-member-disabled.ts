import { findMembership, recordAudit, setMembershipDisabled } from '@irr/db/repositories';
import { forbidden, MEMBER_AUDIT_ACTION, notFound } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';

export interface SetMemberDisabledInput {
  organisationId: string;
  userId: string;
  disabled: boolean;
}

/**
 * An organisation's admin disables (or enables again) one of its members' membership. From the
 * next request on, that person has no access to this organisation; their account, sessions and
 * other organisations are not the admin's to touch (the operator disables an account). Nobody
 * disables themselves.
 */
export async function setMemberDisabled(
  uc: UseCaseContext,
  input: SetMemberDisabledInput,
): Promise<void> {
  const { organisationId, userId, disabled } = input;
  requireRole(uc.actor, organisationId, 'admin');
  if (userId === uc.actor.id) throw forbidden('You cannot disable yourself');
  await uc.db.transaction(async (tx) => {
    const membership = await findMembership(tx, userId, organisationId);
    if (!membership) throw notFound('That member');
    if ((membership.disabledAt !== null) === disabled) return;
    await setMembershipDisabled(tx, userId, organisationId, disabled ? uc.now() : null);
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId,
      action: disabled ? MEMBER_AUDIT_ACTION.disabled : MEMBER_AUDIT_ACTION.enabled,
      entityType: 'user',
      entityId: userId,
      before: { disabled: !disabled },
      after: { disabled },
    });
  });
}
