import type { Db } from '@irr/db';
import { claimJobs, completeJob, failJob } from '@irr/db/repositories';
import { MAX_DELIVERY_ATTEMPTS, retryDelayMs } from '@irr/domain';
import { composeMail, type MailSettings } from './compose-mail.js';
import type { Mailer, OutgoingMail } from './mailer.js';
import { MAIL_JOB } from './tell.js';
import { ALERT_CONFIRMATION_JOB, ALERT_JOB } from './alert-jobs.js';
import { composeAlertMail } from './compose-alert-mail.js';

const DEFAULT_CLAIM_MS = 5 * 60_000;
const BATCH = 20;

/**
 * What a job keeps of its mail, for admins' list: a person's mail in full; of the public's alerts only the
 * subject, since their addresses are kept for alerts alone and deleted on unsubscribe.
 */
function outcomeOf(mail: OutgoingMail | null): unknown {
  if (!mail) return { skipped: 'nothing to send, or the person may no longer read it' };
  if (mail.personId === null) return { subject: mail.subject };
  return { userId: mail.personId, to: mail.to.address, subject: mail.subject, text: mail.text };
}

export interface Delivery {
  sent: number;
  /** Jobs with nothing to send (nothing due, or the person may no longer read it). */
  skipped: number;
  failed: number;
}

/**
 * Sends every due mail: claims a batch (committed at once), sends each with no transaction open, then
 * marks it done. A send that fails is tried again later with back-off. If the process dies after the SMTP
 * server accepted a mail and before it is marked done, the mail is sent once more when the claim runs out,
 * with the same Message-ID (so mail clients show it once).
 */
export async function deliverDueMail(
  db: Db,
  mailer: Mailer,
  settings: MailSettings,
  clock: () => Date,
): Promise<Delivery> {
  const result: Delivery = { sent: 0, skipped: 0, failed: 0 };
  for (;;) {
    const claimed = await claimJobs(db, {
      now: clock(),
      limit: BATCH,
      lockMs: settings.claimMs ?? DEFAULT_CLAIM_MS,
    });
    if (claimed.length === 0) return result;
    for (const job of claimed) {
      try {
        const mail =
          job.kind === MAIL_JOB
            ? await composeMail(db, job, clock(), settings)
            : job.kind === ALERT_JOB || job.kind === ALERT_CONFIRMATION_JOB
              ? await composeAlertMail(db, job, settings)
              : null;
        if (mail) await mailer.send(mail);
        await completeJob(db, job.id, clock(), outcomeOf(mail));
        result[mail ? 'sent' : 'skipped'] += 1;
      } catch (e) {
        const now = clock();
        await failJob(db, job.id, {
          error: e instanceof Error ? e.message : String(e),
          retryAt:
            job.attempts >= MAX_DELIVERY_ATTEMPTS
              ? null
              : new Date(now.getTime() + retryDelayMs(job.attempts)),
          now,
        });
        result.failed += 1;
      }
    }
  }
}
