import type { Db } from '@irr/db';
import {
  findOrganisation as findStored,
  insertOrganisation,
  recordAudit,
  type OrganisationRow,
} from '@irr/db/repositories';
import {
  REFERENCE_ORGANISATIONS,
  findOrganisation as findKnown,
  type OrganisationRef,
  type ReferenceOrganisation,
} from '@irr/domain';

export type OrganisationLookup =
  { ok: true; row: OrganisationRow; created: boolean } | { ok: false; message: string };

/**
 * The stored organisation a record or command names; one not stored yet is added from the
 * domain's reference list of forces and fire services (audited). Anything else is refused: a
 * misspelt force must not quietly become a new organisation.
 */
export async function ensureOrganisation(
  tx: Db,
  ref: OrganisationRef,
  actorId: string | null,
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
  return addKnown(tx, known, actorId);
}

async function addKnown(
  tx: Db,
  known: ReferenceOrganisation,
  actorId: string | null,
): Promise<OrganisationLookup> {
  // The reference slug may already be stored under another name; reuse it rather than clash.
  const stored = await findStored(tx, { name: known.name, slug: known.slug });
  if (stored) return { ok: true, row: stored, created: false };
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
  return { ok: true, row, created: true };
}
