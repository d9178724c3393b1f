import { randomBytes } from 'node:crypto';
import {
  enqueueJobs,
  insertSubscriber,
  setConfirmation,
  subscriberByEmail,
  addFollow,
} from '@irr/db/repositories';
import { ALERT_CONFIRMATION_EVERY_HOURS, type AlertSubscription } from '@irr/domain';
import type { PublicContext } from '../context.js';
import {
  ALERT_CONFIRMATION_JOB,
  type AlertConfirmationPayload,
} from '../notifications/alert-jobs.js';
import { resolveAlertTarget } from './alert-target.js';

/** A link's secret: 32 random bytes, 43 base64url characters. */
const newAlertToken = (): string => randomBytes(32).toString('base64url');

/**
 * Asks for alerts: the follow is kept unconfirmed and a confirmation mail is queued. One mail per address a
 * day: a link sent in the last day and not yet used confirms this follow too; after a used one, the next
 * waits until the day is up. The answer is the same whoever the
 * address belongs to and whatever it already follows, so the form tells nobody who subscribes to what.
 */
export async function subscribeToAlerts(
  ctx: PublicContext,
  input: AlertSubscription,
): Promise<{ target: string }> {
  const target = await resolveAlertTarget(ctx.db, input.target);
  const now = ctx.now();
  await ctx.db.transaction(async (tx) => {
    const subscriber =
      (await subscriberByEmail(tx, input.email)) ??
      (await insertSubscriber(tx, {
        email: input.email,
        frequency: input.frequency,
        unsubscribeToken: newAlertToken(),
        now,
      }));
    await addFollow(tx, subscriber.id, target.follow, now);
    const every = ALERT_CONFIRMATION_EVERY_HOURS * 3_600_000;
    const last = subscriber.confirmationSentAt?.getTime() ?? -Infinity;
    // A link mailed in the last day and not yet used confirms this follow too.
    if (subscriber.confirmationToken !== null && now.getTime() - last < every) return;
    // Otherwise a new link: now, or a day after the last mail when that was sooner (kept, not dropped).
    const sendAt = new Date(Math.max(now.getTime(), last + every));
    await setConfirmation(tx, subscriber.id, {
      confirmationToken: newAlertToken(),
      sentAt: sendAt,
      // A confirmed address keeps its choice: a stranger's form must not change how often it is mailed.
      frequency: subscriber.alertedThrough === null ? input.frequency : subscriber.frequency,
    });
    await enqueueJobs(tx, [
      {
        key: `alert-confirmation:${subscriber.id}:${sendAt.toISOString()}`,
        kind: ALERT_CONFIRMATION_JOB,
        payload: { subscriberId: subscriber.id } satisfies AlertConfirmationPayload,
        runAt: sendAt,
      },
    ]);
  });
  return { target: target.label };
}
