import {
  deleteSessionsOfUser,
  findUserByEmail,
  recordAudit,
  setUserDisabled,
} from '@irr/db/repositories';
import { forbidden, notFound } from '@irr/domain';
import type { UseCaseContext } from '../context.js';

/**
 * The operator disables a whole account (or enables it again): no sign-in anywhere, and every
 * session ends at once. An organisation's admin cannot: they disable a membership of their own
 * organisation, which leaves the person's other organisations alone.
 */
export async function setAccountDisabled(
  uc: UseCaseContext,
  input: { email: string; disabled: boolean },
): Promise<{ changed: boolean }> {
  if (!uc.actor.operator) throw forbidden('Only the operator can disable a whole account');
  return uc.db.transaction(async (tx) => {
    const user = await findUserByEmail(tx, input.email);
    if (!user) throw notFound(`The account ${input.email.trim().toLowerCase()}`);
    if (user.disabled === input.disabled) return { changed: false };
    await setUserDisabled(tx, user.id, input.disabled, uc.now());
    if (input.disabled) await deleteSessionsOfUser(tx, user.id);
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: null,
      action: input.disabled ? 'user.disabled' : 'user.enabled',
      entityType: 'user',
      entityId: user.id,
      before: { disabled: user.disabled },
      after: { disabled: input.disabled },
    });
    return { changed: true };
  });
}
