import { organisationsByIds } from '@irr/db/repositories';
import type { OrganisationKind } from '@irr/domain';
import type { UseCaseContext } from '../context.js';

export interface OrganisationSummary {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
}

/** The organisations the actor belongs to, by name. */
export async function listMyOrganisations(uc: UseCaseContext): Promise<OrganisationSummary[]> {
  const rows = await organisationsByIds(
    uc.db,
    uc.actor.memberships.map((m) => m.organisationId),
  );
  return rows.map(({ id, slug, name, kind }) => ({ id, slug, name, kind }));
}
