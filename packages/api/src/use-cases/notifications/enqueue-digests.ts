import type { Db } from '@irr/db';
import { digestPeople } from '@irr/db/read-models';
import { enqueueJobs } from '@irr/db/repositories';
import { digestPeriod, londonDateOf } from '@irr/domain';
import { MAIL_JOB, type MailJobPayload } from './tell.js';

/** Queues each person's digest for the current period, once: a second call in the period adds none. */
export async function enqueueDigests(db: Db, now: Date): Promise<number> {
  const today = londonDateOf(now);
  const jobs = (await digestPeople(db)).flatMap((p) => {
    const period = digestPeriod(p.digest, today);
    return period
      ? [
          {
            key: `digest:${p.id}:${period}`,
            kind: MAIL_JOB,
            payload: { digestOf: p.id, period } satisfies MailJobPayload,
            runAt: now,
          },
        ]
      : [];
  });
  return enqueueJobs(db, jobs);
}
