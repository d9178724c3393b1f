import { deleteSession, recordAudit } from '@irr/db/repositories';
import type { UseCaseContext } from '../context.js';

/** End this session (the hashed token behind the cookie); a request without one changes nothing. */
export async function signOut(
  uc: UseCaseContext,
  input: { sessionId: string | null },
): Promise<void> {
  const { sessionId } = input;
  if (!sessionId || !uc.actor.id) return;
  const actorId = uc.actor.id;
  await uc.db.transaction(async (tx) => {
    await deleteSession(tx, sessionId);
    await recordAudit(tx, {
      actorId,
      organisationId: null,
      action: 'auth.signed_out',
      entityType: 'session',
      entityId: actorId,
    });
  });
}
