import { recentJobsFor } from '@irr/db/repositories';
import { forbidden, roleAtLeast } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { MAIL_JOB } from './tell.js';

/** How many of the newest mails the list shows. */
const SHOWN = 100;

interface SentMail {
  userId: string;
  to: string;
  subject: string;
  text: string;
}

/**
 * The mail sent (or waiting, or failed) to the people of the organisations the actor administers, newest
 * first: with no SMTP server configured this is where an admin reads what the register sent.
 */
export async function listOutbox(uc: UseCaseContext) {
  const administered = uc.actor.operator
    ? undefined
    : uc.actor.memberships.filter((m) => roleAtLeast(m.role, 'admin')).map((m) => m.organisationId);
  if (administered?.length === 0) throw forbidden('The outbox is for admins');
  const rows = await recentJobsFor(uc.db, MAIL_JOB, administered, SHOWN);
  return rows.map((job) => {
    const sent = job.outcome as SentMail;
    return {
      id: job.id,
      to: sent.to,
      subject: sent.subject,
      text: sent.text,
      sentAt: job.doneAt,
      attempts: job.attempts,
    };
  });
}
