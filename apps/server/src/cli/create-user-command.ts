import { checkNewPassword, type CheckedPassword } from '@irr/api';
import {
  addMember,
  ensureOrganisationBySlug,
  findAccount,
  type AddMemberResult,
  type ResolvedOrganisation,
} from '@irr/api/use-cases';
import type { Db } from '@irr/db';
import { Email, Role } from '@irr/domain';
import { parseCommandArgs } from './args.js';
import type { CliIo, CliOptions } from './main.js';
import { withDatabase } from './open-database.js';
import { operatorContext } from './operator.js';
import { refusalOf } from './refusal.js';

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

  const wanted = { email: email.data, role: role.data, org: org.trim().toLowerCase(), name };
  return withDatabase(io, options, ({ db }) => addFromShell(io, db, wanted));
}

/** Ask for a password only when the account is new; then the force and the member, in one transaction. */
async function addFromShell(
  io: CliIo,
  db: Db,
  wanted: { email: string; role: Role; org: string; name: string | undefined },
): Promise<number> {
  const existing = await findAccount(operatorContext(db), { email: wanted.email });
  let password: CheckedPassword | undefined;
  if (!existing) {
    const given = await obtainPassword(io);
    if (given === null) return 1;
    // Checked and hashed before anything is written: a refused password adds no organisation.
    const checked = await refusalOf(() => checkNewPassword(given, wanted.email));
    if (!checked.ok) {
      io.err(`irr create-user: the password was refused: ${checked.message}.\n`);
      return 1;
    }
    password = checked.value;
  }
  const added = await refusalOf(() =>
    db.transaction(async (tx) => {
      const uc = operatorContext(tx);
      const resolved = await ensureOrganisationBySlug(uc, wanted.org);
      const outcome = await addMember(uc, {
        organisationId: resolved.organisation.id,
        email: wanted.email,
        displayName: wanted.name,
        role: wanted.role,
        initialPassword: password,
      });
      return { ...resolved, outcome };
    }),
  );
  if (!added.ok) {
    io.err(`irr create-user: ${added.message}\n`);
    return 1;
  }
  report(io, wanted.email, added.value);
  return 0;
}

function report(
  io: CliIo,
  email: string,
  { organisation, created, outcome }: ResolvedOrganisation & { outcome: AddMemberResult },
): void {
  const orgName = organisation.name;
  const role = outcome.member.role;
  if (created)
    io.out(`Added ${orgName} (${organisation.slug}) from the reference list of forces.\n`);
  if (outcome.accountCreated) io.out(`Created ${email} as ${role} in ${orgName}.\n`);
  else if (outcome.change === 'unchanged')
    io.out(`${email} is already ${role} in ${orgName}; nothing changed.\n`);
  else {
    const was = outcome.previousRole ? ` (was ${outcome.previousRole})` : '';
    io.out(
      `${email} already has an account (password unchanged); now ${role} in ${orgName}${was}.\n`,
    );
  }
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
