import { forbidden } from '@irr/domain';
import type { UseCaseContext } from '../context.js';

/** Notifications belong to a person: the operator at the shell has none. */
export function signedInPerson(uc: UseCaseContext): string {
  if (!uc.actor.id) throw forbidden('Notifications belong to a signed-in person');
  return uc.actor.id;
}
