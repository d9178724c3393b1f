import type { Db } from '@irr/db';
import {
  findOrganisation as findStored,
  findOrganisationBySlug,
  insertOrganisation,
  recordAudit,
  type OrganisationRow,
} from '@irr/db/repositories';
import {
  AppError,
  REFERENCE_ORGANISATIONS,
  findOrganisation as findKnown,
  type OrganisationRef,
  type ReferenceOrganisation,
} from '@irr/domain';
import type { Actor, UseCaseContext } from '../context.js';
import { requireOrganisationAdder } from './require-organisation-adder.js';

export type OrganisationLookup =
  { ok: true; row: OrganisationRow; created: boolean } | { ok: false; message: string };

export interface ResolvedOrganisation {
  organisation: OrganisationRow;
  /** Added just now from the domain's reference list of forces and fire services. */
  created: boolean;
}

/**
 * The stored organisation a record names. One not stored yet but on the domain's reference list of
 * forces and fire services is added (audited) for the operator only: a new organisation has no
 * members, so no one else could import into it, and staff are told the operator must add it. Any other
 * name is refused: a misspelt force must not quietly become a new organisation.
 */
export async function resolveOrganisation(
  tx: Db,
  actor: Actor,
  ref: OrganisationRef,
): Promise<OrganisationLookup> {
  const stored = await findStored(tx, ref);
  if (stored) return { ok: true, row: stored, created: false };
  const known =
    (ref.slug ? REFERENCE_ORGANISATIONS.find((o) => o.slug === ref.slug) : null) ??
    findKnown(ref.name, ref.kind);
  if (!known) {
    return {
      ok: false,
      message: `"${ref.name}" is not an organisation in this register nor a known force or fire and rescue service`,
    };
  }
  if (!actor.operator) {
    return {
      ok: false,
      message: `"${ref.name}" is not an organisation in this register; the operator must add it first`,
    };
  }
  return { ok: true, ...(await addKnownOrganisation(tx, known, actor.id)) };
}

/**
 * The organisation with this slug: stored, or added (audited) from the reference list. Any other
 * slug is refused with UNKNOWN_ORGANISATION and the nearest known slugs.
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
  requireOrganisationAdder(uc.actor);
  const added = await uc.db.transaction((tx) => addKnownOrganisation(tx, known, uc.actor.id));
  return { organisation: added.row, created: added.created };
}

async function addKnownOrganisation(
  tx: Db,
  known: ReferenceOrganisation,
  actorId: string | null,
): Promise<{ row: OrganisationRow; created: boolean }> {
  // The reference slug may already be stored under another name; reuse it rather than clash.
  const stored = await findStored(tx, known);
  if (stored) return { row: stored, created: false };
  const row = await insertOrganisation(tx, {
    slug: known.slug,
    name: known.name,
    kind: known.kind,
    aliases: [...known.aliases],
  });
  await recordAudit(tx, {
    actorId,
    organisationId: row.id,
    action: 'organisation.created',
    entityType: 'organisation',
    entityId: row.id,
    after: { slug: known.slug, name: known.name, kind: known.kind, source: 'reference list' },
  });
  return { row, created: true };
}
