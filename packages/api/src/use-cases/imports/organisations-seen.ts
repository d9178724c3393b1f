import type { Db } from '@irr/db';
import type { OrganisationRow } from '@irr/db/repositories';
import type { OrganisationRef } from '@irr/domain';
import type { Actor } from '../context.js';
import {
  resolveOrganisation,
  type OrganisationLookup,
} from '../organisations/resolve-organisation.js';

/**
 * The organisations an import's records name, each looked up once an import instead of once a record (a
 * file's records usually share one force). Only a stored organisation is kept, by the name, slug and kind
 * the record gives: the register never changes or deletes a stored organisation, so a later record's
 * transaction would read the same row. One added from the reference list is kept only once the record's
 * transaction that added it has committed (`committed`): refused or a dry run, it is rolled back and the
 * next record that names it adds it again. A refusal is not kept, since the operator may add the
 * organisation while the import runs.
 */
export class OrganisationsSeen {
  readonly #stored = new Map<string, OrganisationRow>();
  /** Added by the transaction under way. */
  readonly #added = new Map<string, OrganisationRow>();

  async resolve(tx: Db, actor: Actor, ref: OrganisationRef): Promise<OrganisationLookup> {
    const key = JSON.stringify([ref.slug ?? null, ref.kind, ref.name]);
    const seen = this.#stored.get(key);
    if (seen) return { ok: true, row: seen, created: false };
    const found = await resolveOrganisation(tx, actor, ref);
    if (found.ok) (found.created ? this.#added : this.#stored).set(key, found.row);
    return found;
  }

  /** The transaction under way committed, or (false) was rolled back. */
  committed(committed: boolean): void {
    if (committed) for (const [key, row] of this.#added) this.#stored.set(key, row);
    this.#added.clear();
  }
}
