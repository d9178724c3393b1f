import {
  deleteMembership,
  findMembership,
  recordAudit,
  setMembershipRole,
} from '@irr/db/repositories';
import { forbidden, MEMBER_AUDIT_ACTION, notFound, type Role } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';

export interface SetMemberRoleInput {
  organisationId: string;
  userId: string;
  /** null takes them out of the organisation. */
  role: Role | null;
}

/** An admin changes another member's role, or removes them; nobody changes their own. */
export async function setMemberRole(uc: UseCaseContext, input: SetMemberRoleInput): Promise<void> {
  const { organisationId, userId, role } = input;
  requireRole(uc.actor, organisationId, 'admin');
  if (userId === uc.actor.id) throw forbidden('You cannot change your own role; ask another admin');
  await uc.db.transaction(async (tx) => {
    const before = await findMembership(tx, userId, organisationId);
    if (!before) throw notFound('That member');
    if (role) await setMembershipRole(tx, { userId, organisationId, role });
    else await deleteMembership(tx, userId, organisationId);
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId,
      action: role ? MEMBER_AUDIT_ACTION.role_changed : MEMBER_AUDIT_ACTION.removed,
      entityType: 'user',
      entityId: userId,
      before: { role: before.role },
      after: { role },
    });
  });
}
