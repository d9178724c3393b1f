import { confirmFollows } from '@irr/db/repositories';
import { AppError } from '@irr/domain';
import type { PublicContext } from '../context.js';

/** The confirmation link's work: every follow waiting on its address starts; alerts cover changes from now. */
export async function confirmAlerts(
  ctx: PublicContext,
  token: string,
): Promise<{ confirmed: number }> {
  const done = await ctx.db.transaction((tx) => confirmFollows(tx, token, ctx.now()));
  if (!done)
    throw new AppError({
      code: 'ALERT_LINK_INVALID',
      message:
        'This confirmation link has been used or has expired. Ask for alerts again to get a new one.',
    });
  return { confirmed: done.confirmed };
}
