import type { Db } from '@irr/db';
import { enqueueJobs, insertNotifications, type NewNotification } from '@irr/db/repositories';

/** The mail job that carries one notification (or a digest) to its person. */
export const MAIL_JOB = 'mail';

export type MailJobPayload = { notificationId: string } | { digestOf: string; period: string };

/**
 * Inside the transaction of the change: each person's notification in the app and its mail, queued
 * (a job), so a change that rolls back tells nobody and one that commits tells everyone once.
 */
export async function tell(tx: Db, now: Date, list: readonly NewNotification[]): Promise<void> {
  const rows = await insertNotifications(
    tx,
    list.map((n) => ({ ...n, createdAt: now })),
  );
  await enqueueJobs(
    tx,
    rows.map((n) => ({
      key: `mail:notification:${n.id}`,
      kind: MAIL_JOB,
      payload: { notificationId: n.id } satisfies MailJobPayload,
      runAt: now,
    })),
  );
}
