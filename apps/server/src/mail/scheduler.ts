import type { Database } from '@irr/db';
import { runDueNotifications } from '@irr/api/use-cases';
import type { Config } from '../config.js';
import type { Logger } from '../http/logger.js';
import { createMailer, mailSettings } from './mailer.js';

/**
 * Runs the notification work every IRR_NOTIFY_EVERY_SECONDS (a minute unless set) in this process: queues
 * the period's digests and sends what is due. Every server process does, and each job still runs once:
 * digests are queued once per person and period, and a due mail is claimed by one process (SKIP LOCKED).
 * Ticks never overlap; stop() waits for a tick under way, so the database is not closed beneath it.
 */
export function startNotificationScheduler(
  database: Database,
  config: Config,
  logger: Logger,
  now: () => Date,
): { stop(): Promise<void> } {
  const mailer = createMailer(config.mail);
  const settings = mailSettings(config);
  let running: Promise<void> | null = null;
  const tick = () => {
    running ??= runDueNotifications(database.db, mailer, settings, now)
      .then((r) => {
        if (r.sent + r.failed + r.digestsQueued > 0) logger.info({ msg: 'notifications', ...r });
      })
      .catch((e: unknown) =>
        logger.error({
          msg: 'notifications failed',
          error: e instanceof Error ? e.message : String(e),
        }),
      )
      .finally(() => (running = null));
  };
  const timer = setInterval(tick, config.mail.everySeconds * 1000);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
