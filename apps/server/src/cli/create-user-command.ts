import { checkPasswordRules, hashPassword } from '@irr/api';
import { Email, Role } from '@irr/domain';
import { parseCommandArgs } from './args.js';
import type { CliIo, CliOptions } from './main.js';
import { addMember, findUserByEmail } from './members.js';
import { withDatabase } from './open-database.js';
import { ensureOrganisationBySlug } from './organisations.js';

const USAGE = `Usage: irr create-user --email EMAIL --role viewer|editor|approver|admin --org SLUG [--name NAME]
  The password is read from IRR_PASSWORD, or asked for on the terminal (not shown as you type).
`;

/** `irr create-user`: a new account with a role in one organisation, or another role for an existing one. */
export async function createUserCommand(
  args: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  if (args.some((a) => /^--?pass(word)?\b/i.test(a))) {
    // Arguments end up in shell history and process listings.
    io.err(
      `irr create-user: a password is never given as an argument; set IRR_PASSWORD or type it when asked.\n${USAGE}`,
    );
    return 2;
  }
  const parsed = parseCommandArgs(io, USAGE, {
    args: [...args],
    options: {
      email: { type: 'string' },
      role: { type: 'string' },
      org: { type: 'string' },
      name: { type: 'string' },
    },
  });
  if (!parsed) return 2;
  const { email: rawEmail, role: rawRole, org, name } = parsed.values;
  if (!rawEmail || !rawRole || !org) {
    io.err(`irr create-user: --email, --role and --org are all needed.\n${USAGE}`);
    return 2;
  }
  const email = Email.safeParse(rawEmail.trim().toLowerCase());
  if (!email.success) {
    io.err(`irr create-user: "${rawEmail}" is not an email address.\n`);
    return 2;
  }
  const role = Role.safeParse(rawRole);
  if (!role.success) {
    io.err(
      `irr create-user: the role must be one of ${Role.options.join(', ')}, not "${rawRole}".\n`,
    );
    return 2;
  }

  return withDatabase(io, options, async ({ db }) => {
    const existing = await findUserByEmail(db, email.data);
    let passwordHash: string | null = null;
    if (!existing) {
      const password = await obtainPassword(io);
      if (password === null) return 1;
      const weak = checkPasswordRules(password, email.data);
      if (weak) {
        io.err(`irr create-user: the password was refused: ${weak.message}.\n`);
        return 1;
      }
      passwordHash = await hashPassword(password);
    }
    const result = await db.transaction(async (tx) => {
      const organisation = await ensureOrganisationBySlug(tx, org.trim().toLowerCase(), null);
      if (!organisation.ok) return organisation;
      const outcome = await addMember(tx, {
        email: email.data,
        displayName: name?.trim() || existing?.displayName || email.data.split('@')[0]!,
        role: role.data,
        organisationId: organisation.row.id,
        passwordHash: () => Promise.resolve(passwordHash!),
        actorId: null,
      });
      return { ok: true as const, organisation, outcome };
    });
    if (!result.ok) {
      io.err(`irr create-user: ${result.message}\n`);
      return 1;
    }
    const { organisation, outcome } = result;
    const orgName = organisation.row.name;
    if (organisation.created)
      io.out(`Added ${orgName} (${organisation.row.slug}) from the reference list of forces.\n`);
    if (outcome.kind === 'created')
      io.out(`Created ${email.data} as ${role.data} in ${orgName}.\n`);
    else if (outcome.kind === 'unchanged')
      io.out(`${email.data} is already ${role.data} in ${orgName}; nothing changed.\n`);
    else {
      const was = outcome.previousRole ? ` (was ${outcome.previousRole})` : '';
      io.out(
        `${email.data} already has an account (password unchanged); now ${role.data} in ${orgName}${was}.\n`,
      );
    }
    return 0;
  });
}

async function obtainPassword(io: CliIo): Promise<string | null> {
  const fromEnv = io.env.IRR_PASSWORD;
  if (fromEnv) return fromEnv;
  const first = await io.readSecret('Password for the new account: ');
  if (first === null) {
    io.err(
      'irr create-user: no password: set IRR_PASSWORD, or run this in a terminal to be asked for one.\n',
    );
    return null;
  }
  const again = await io.readSecret('Type it again: ');
  if (again !== first) {
    io.err('irr create-user: the two passwords differ; nothing was changed.\n');
    return null;
  }
  return first;
}
