import { forbidden } from '@irr/domain';
import type { Actor } from '../context.js';

/** Adding an organisation is for the deployment's operators: the CLI, or an admin of any organisation. */
export function requireOrganisationAdder(actor: Actor): void {
  if (!actor.operator && !actor.memberships.some((m) => m.role === 'admin'))
    throw forbidden('Only an admin can add an organisation');
}
