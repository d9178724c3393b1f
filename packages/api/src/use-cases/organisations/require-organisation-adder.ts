import { forbidden } from '@irr/domain';
import type { Actor } from '../context.js';

/**
 * Adding an organisation is the operator's, at the server's shell: organisations come from the
 * reference list of forces and fire services. A force's admin may not add one (a look-alike
 * "STAFFORDSHIRE POLICE" would make an import's force ambiguous).
 */
export function requireOrganisationAdder(actor: Actor): void {
  if (!actor.operator)
    throw forbidden('Only the operator can add an organisation (irr create-organisation)');
}
