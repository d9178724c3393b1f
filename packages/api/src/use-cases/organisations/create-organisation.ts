import {
  findOrganisationBySlug,
  insertOrganisation,
  organisationNamedLike,
  recordAudit,
} from '@irr/db/repositories';
import { AppError, type OrganisationKind } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import type { OrganisationSummary } from './list-my-organisations.js';
import { requireOrganisationAdder } from './require-organisation-adder.js';

export interface CreateOrganisationInput {
  slug: string;
  name: string;
  kind: OrganisationKind;
  aliases: string[];
}

/**
 * A new organisation (a force or fire service not on the reference list), by the operator,
 * audited. Its slug must be free, and neither its name nor an alias may be one another
 * organisation answers to, ignoring case, spaces and punctuation.
 */
export async function createOrganisation(
  uc: UseCaseContext,
  input: CreateOrganisationInput,
): Promise<OrganisationSummary> {
  requireOrganisationAdder(uc.actor);
  if (await findOrganisationBySlug(uc.db, input.slug))
    throw new AppError({
      code: 'ALREADY_EXISTS',
      message: `An organisation with the slug "${input.slug}" already exists`,
      field: 'slug',
    });
  const names = [
    { name: input.name, field: 'name', official: true },
    ...input.aliases.map((name, i) => ({ name, field: `aliases.${i}`, official: false })),
  ];
  for (const { name, field, official } of names) {
    if (!/[\p{L}\p{N}]/u.test(name))
      throw new AppError({ code: 'INVALID_INPUT', message: `"${name}" has no letters`, field });
    // English and Welsh names: a Cyrillic "о" in "Staffоrdshire" would fold to a name of its own.
    if (/[\p{L}\p{M}](?<![\p{Script=Latin}\p{M}])/u.test(name))
      throw new AppError({
        code: 'INVALID_INPUT',
        message: `"${name}" has letters that are not Latin (English or Welsh) ones`,
        field,
      });
    const taken = await organisationNamedLike(uc.db, name, input.kind, official);
    if (taken)
      throw new AppError({
        code: 'ALREADY_EXISTS',
        message: `"${name}" is too like ${taken.name} (${taken.slug}), which already answers to it`,
        field,
      });
  }
  return uc.db.transaction(async (tx) => {
    const row = await insertOrganisation(tx, input);
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: row.id,
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: row.id,
      after: input,
    });
    return { id: row.id, slug: row.slug, name: row.name, kind: row.kind };
  });
}
