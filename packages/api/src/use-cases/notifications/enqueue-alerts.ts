import type { Db } from '@irr/db';
import { publicChanges } from '@irr/db/read-models';
import {
  advanceAlertCursor,
  confirmedFollowsOf,
  confirmedSubscribers,
  enqueueJobs,
  expireUnconfirmed,
} from '@irr/db/repositories';
import { ALERT_CONFIRMATION_DAYS, ALERT_SETTLE_MS, alertMailDue, londonDateOf } from '@irr/domain';
import { ALERT_JOB, type AlertPayload } from './alert-jobs.js';

/** The forces, reports and findings an address follows, as a scope of public changes. */
export async function scopeOf(db: Db, subscriberId: string) {
  const follows = await confirmedFollowsOf(db, subscriberId);
  const ids = (key: 'organisationId' | 'reportId' | 'findingId') =>
    follows.flatMap((f) => (f[key] ? [f[key]] : []));
  return {
    organisationIds: ids('organisationId'),
    reportIds: ids('reportId'),
    findingIds: ids('findingId'),
  };
}

/**
 * Queues each confirmed address's alert when one may go (at most one a London day; a daily one from the
 * morning) and a public change it follows has settled since its last: the cursor moves in the same
 * transaction as the job is added, so every change is sent once. Unconfirmed follows a week old go first.
 */
export async function enqueueAlerts(db: Db, now: Date): Promise<number> {
  await expireUnconfirmed(db, new Date(now.getTime() - ALERT_CONFIRMATION_DAYS * 86_400_000));
  const through = new Date(now.getTime() - ALERT_SETTLE_MS);
  const today = londonDateOf(now);
  const subscribers = await confirmedSubscribers(db);
  // Most minutes nothing public changes: one look at everything since the oldest cursor spares a query each.
  const oldest = subscribers.reduce<Date | null>(
    (a, s) => (a === null || s.alertedThrough! < a ? s.alertedThrough : a),
    null,
  );
  if (!oldest) return 0;
  const [any] = await publicChanges(db, 'all', { after: oldest, through, order: 'asc', limit: 1 });
  if (!any) return 0;
  let queued = 0;
  for (const s of subscribers) {
    const after = s.alertedThrough!;
    if (after >= through || !alertMailDue(s.frequency, s.lastAlertOn, now)) continue;
    const [change] = await publicChanges(db, await scopeOf(db, s.id), {
      after,
      through,
      order: 'asc',
      limit: 1,
    });
    if (!change) continue;
    await db.transaction(async (tx) => {
      if (!(await advanceAlertCursor(tx, s.id, { from: after, through, on: today }))) return;
      queued += await enqueueJobs(tx, [
        {
          key: `alert:${s.id}:${through.toISOString()}`,
          kind: ALERT_JOB,
          payload: {
            subscriberId: s.id,
            after: after.toISOString(),
            through: through.toISOString(),
          } satisfies AlertPayload,
          runAt: now,
        },
      ]);
    });
  }
  return queued;
}
