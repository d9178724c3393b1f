import { deleteSubscriberByToken } from '@irr/db/repositories';
import type { PublicContext } from '../context.js';

/**
 * One-click unsubscribe (RFC 8058) and the "delete my address" link: the address and everything it follows
 * are deleted. A second click finds nothing and says the same, so a link works however often it is used.
 */
export async function unsubscribeFromAlerts(
  ctx: PublicContext,
  token: string,
): Promise<{ deleted: boolean }> {
  return { deleted: await deleteSubscriberByToken(ctx.db, token) };
}
