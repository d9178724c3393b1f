import { createOrganisation } from '@irr/api/use-cases';
import { OrganisationKind, Slug } from '@irr/domain';
import { parseCommandArgs } from './args.js';
import type { CliIo, CliOptions } from './main.js';
import { withDatabase } from './open-database.js';
import { operatorContext } from './operator.js';
import { refusalOf } from './refusal.js';

const USAGE = `Usage: irr create-organisation --slug SLUG --name NAME --kind police_force|fire_service [--alias NAME]...
  For a force or fire and rescue service not on the reference list (those are added by
  irr create-user --org SLUG). Its name and aliases must not be another organisation's.
`;

/** `irr create-organisation`: the operator adds an organisation; a force's admin cannot. */
export async function createOrganisationCommand(
  args: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  const parsed = parseCommandArgs(io, USAGE, {
    args: [...args],
    options: {
      slug: { type: 'string' },
      name: { type: 'string' },
      kind: { type: 'string' },
      alias: { type: 'string', multiple: true },
    },
  });
  if (!parsed) return 2;
  const { slug, name, kind, alias } = parsed.values;
  const input = {
    slug: Slug.safeParse(slug),
    name: name?.trim() ?? '',
    kind: OrganisationKind.safeParse(kind),
  };
  if (!input.slug.success || !input.name || !input.kind.success) {
    io.err(`irr create-organisation: --slug, --name and --kind are all needed.\n${USAGE}`);
    return 2;
  }
  const wanted = {
    slug: input.slug.data,
    name: input.name,
    kind: input.kind.data,
    aliases: (alias ?? []).map((a) => a.trim()),
  };
  return withDatabase(io, options, async ({ db }) => {
    const created = await refusalOf(() => createOrganisation(operatorContext(db), wanted));
    if (!created.ok) {
      io.err(`irr create-organisation: ${created.message}\n`);
      return 1;
    }
    io.out(`Added ${created.value.name} (${created.value.slug}).\n`);
    return 0;
  });
}
