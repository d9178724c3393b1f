import type { Database } from '@irr/db';
import { runDueNotifications } from '@irr/api/use-cases';
import type { Config } from '../config.js';
import type { Logger } from '../http/logger.js';
import { createMailer, mailSettings } from './mailer.js';

/** How often a server process looks for due mail. Several processes may: the jobs table shares the work. */
const EVERY_MS = 60_000;

/**
 * Runs the notification work every minute in this process: queues the period's digests and sends what is
 * due. Ticks never overlap; stop() waits for a tick under way, so the database is not closed beneath it.
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
  const timer = setInterval(tick, EVERY_MS);
  timer.unref();
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
