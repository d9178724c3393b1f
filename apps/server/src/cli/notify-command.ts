import { runDueNotifications } from '@irr/api/use-cases';
import { parseCommandArgs } from './args.js';
import type { CliIo, CliOptions } from './main.js';
import { loadCliConfig, withDatabase } from './open-database.js';
import { createMailer, mailSettings } from '../mail/mailer.js';

const USAGE = `Usage: irr notify --now
  Sends every notification that is due now: each person's digest for the current period (once per
  person and period) and every queued mail. By SMTP when IRR_SMTP_URL is set, else to the outbox folder
  in the data folder. The server does this by itself every minute; this is for operators and tests.
`;

/** `irr notify --now`: run the scheduler's work once, say what was sent. */
export async function notifyCommand(
  args: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  const parsed = parseCommandArgs(io, USAGE, {
    args: [...args],
    options: { now: { type: 'boolean' } },
  });
  if (!parsed) return 2;
  if (!parsed.values.now) {
    io.err(`irr notify: --now is required (the server sends on its own schedule)\n\n${USAGE}`);
    return 2;
  }
  const config = loadCliConfig(io);
  if (!config) return 2;
  return withDatabase(io, options, async (database) => {
    const result = await runDueNotifications(
      database.db,
      createMailer(config.mail),
      mailSettings(config),
    );
    const where = config.mail.smtpUrl ? 'by SMTP' : `to ${config.mail.outboxDir}`;
    io.out(
      `Digests queued: ${result.digestsQueued}. Mails sent ${where}: ${result.sent}; nothing to send: ${result.skipped}; failed (retried later): ${result.failed}.\n`,
    );
    return result.failed > 0 ? 1 : 0;
  });
}
