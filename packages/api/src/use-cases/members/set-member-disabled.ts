import {
  deleteSessionsOfUser,
  findMembership,
  recordAudit,
  setUserDisabled,
} from '@irr/db/repositories';
import { forbidden, notFound } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';

export interface SetMemberDisabledInput {
  organisationId: string;
  userId: string;
  disabled: boolean;
}

/**
 * An organisation's admin disables (or enables again) one of its members' accounts. Disabling
 * ends every session of that person at once; nobody disables themselves.
 */
export async function setMemberDisabled(
  uc: UseCaseContext,
  input: SetMemberDisabledInput,
): Promise<void> {
  const { organisationId, userId, disabled } = input;
  requireRole(uc.actor, organisationId, 'admin');
  if (userId === uc.actor.id) throw forbidden('You cannot disable yourself');
  await uc.db.transaction(async (tx) => {
    if (!(await findMembership(tx, userId, organisationId))) throw notFound('That member');
    await setUserDisabled(tx, userId, disabled, uc.now());
    if (disabled) await deleteSessionsOfUser(tx, userId);
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId,
      action: disabled ? 'user.disabled' : 'user.enabled',
      entityType: 'user',
      entityId: userId,
    });
  });
}
