import { findUserByEmail } from '@irr/db/repositories';
import { forbidden } from '@irr/domain';
import type { UseCaseContext } from '../context.js';

export interface Account {
  id: string;
  email: string;
  displayName: string;
}

/**
 * The account with this email, in any organisation, or null: for the operator at the server's
 * shell (whether `irr create-user` must ask for a password; whom `irr import --as` names).
 */
export async function findAccount(
  uc: UseCaseContext,
  input: { email: string },
): Promise<Account | null> {
  if (!uc.actor.operator) throw forbidden('Only the operator can look up any account');
  const user = await findUserByEmail(uc.db, input.email);
  return user && { id: user.id, email: user.email, displayName: user.displayName };
}
