import {
  findOrganisation,
  findOrganisationBySlug,
  insertOrganisation,
  recordAudit,
  type OrganisationRow,
} from '@irr/db/repositories';
import { AppError, REFERENCE_ORGANISATIONS, type ReferenceOrganisation } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { requireOrganisationAdder } from './require-organisation-adder.js';

export interface ResolvedOrganisation {
  organisation: OrganisationRow;
  /** Added just now from the domain's reference list of forces and fire services. */
  created: boolean;
}

/**
 * The organisation with this slug: stored, or added (audited) from the reference list. Any other
 * slug is refused with UNKNOWN_ORGANISATION and the nearest known slugs: a misspelt force must not
 * quietly become a new organisation.
 */
export async function ensureOrganisationBySlug(
  uc: UseCaseContext,
  slug: string,
): Promise<ResolvedOrganisation> {
  const stored = await findOrganisationBySlug(uc.db, slug);
  if (stored) return { organisation: stored, created: false };
  const known = REFERENCE_ORGANISATIONS.find((o) => o.slug === slug);
  if (!known) {
    const near = REFERENCE_ORGANISATIONS.filter(
      (o) => o.slug.includes(slug) || slug.includes(o.slug),
    ).map((o) => o.slug);
    const hint = near.length ? ` Did you mean ${near.slice(0, 3).join(', ')}?` : '';
    throw new AppError({
      code: 'UNKNOWN_ORGANISATION',
      message: `No organisation has the slug "${slug}", and it is not a known force or fire and rescue service.${hint}`,
    });
  }
  return addKnownOrganisation(uc, known);
}

async function addKnownOrganisation(
  uc: UseCaseContext,
  known: ReferenceOrganisation,
): Promise<ResolvedOrganisation> {
  requireOrganisationAdder(uc.actor);
  return uc.db.transaction(async (tx) => {
    // The reference slug may already be stored under another name; reuse it rather than clash.
    const stored = await findOrganisation(tx, { name: known.name, slug: known.slug });
    if (stored) return { organisation: stored, created: false };
    const row = await insertOrganisation(tx, {
      slug: known.slug,
      name: known.name,
      kind: known.kind,
      aliases: [...known.aliases],
    });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: row.id,
      action: 'organisation.created',
      entityType: 'organisation',
      entityId: row.id,
      after: { slug: known.slug, name: known.name, kind: known.kind, source: 'reference list' },
    });
    return { organisation: row, created: true };
  });
}
