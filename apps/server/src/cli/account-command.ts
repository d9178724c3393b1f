import { setAccountDisabled } from '@irr/api/use-cases';
import { Email } from '@irr/domain';
import { parseCommandArgs } from './args.js';
import type { CliIo, CliOptions } from './main.js';
import { withDatabase } from './open-database.js';
import { operatorContext } from './operator.js';
import { refusalOf } from './refusal.js';

/**
 * `irr disable-account --email E` / `irr enable-account --email E`: the whole account, in every
 * organisation (an organisation's admin disables only its own membership, in the admin app).
 */
export async function accountCommand(
  command: 'disable-account' | 'enable-account',
  args: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  const usage = `Usage: irr ${command} --email EMAIL\n`;
  const parsed = parseCommandArgs(io, usage, {
    args: [...args],
    options: { email: { type: 'string' } },
  });
  if (!parsed) return 2;
  const email = Email.safeParse(parsed.values.email?.trim().toLowerCase());
  if (!email.success) {
    io.err(`irr ${command}: --email needs an email address.\n${usage}`);
    return 2;
  }
  const disabled = command === 'disable-account';
  return withDatabase(io, options, async ({ db }) => {
    const done = await refusalOf(() =>
      setAccountDisabled(operatorContext(db), { email: email.data, disabled }),
    );
    if (!done.ok) {
      io.err(`irr ${command}: ${done.message}\n`);
      return 1;
    }
    const state = disabled ? 'disabled: no sign-in, every session ended' : 'enabled again';
    io.out(
      done.value.changed ? `${email.data} is ${state}.\n` : `${email.data} was already ${state}.\n`,
    );
    return 0;
  });
}
