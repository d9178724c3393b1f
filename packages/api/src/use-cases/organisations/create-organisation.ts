import { findOrganisationBySlug, insertOrganisation, recordAudit } from '@irr/db/repositories';
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

/** A new organisation (a force or fire service), audited; its slug must be free. */
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
