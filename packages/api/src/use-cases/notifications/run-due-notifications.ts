import type { Db } from '@irr/db';
import type { MailSettings } from './compose-mail.js';
import { deliverDueMail, type Delivery } from './deliver-mail.js';
import { enqueueAlerts } from './enqueue-alerts.js';
import { enqueueDigests } from './enqueue-digests.js';
import type { Mailer } from './mailer.js';

/**
 * What the server's scheduler runs each minute and `irr notify --now` runs at once: the current period's
 * digests queued (once per person and period), the public's alerts queued (see enqueueAlerts), then every
 * due mail sent.
 */
export async function runDueNotifications(
  db: Db,
  mailer: Mailer,
  settings: MailSettings,
  clock: () => Date = () => new Date(),
): Promise<Delivery & { digestsQueued: number; alertsQueued: number }> {
  const digestsQueued = await enqueueDigests(db, clock());
  const alertsQueued = await enqueueAlerts(db, clock());
  return { digestsQueued, alertsQueued, ...(await deliverDueMail(db, mailer, settings, clock)) };
}
