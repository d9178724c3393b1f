import { forbidden } from '@irr/domain';
import type { Actor } from '../context.js';

/** A pending import is kept this long after its last change, then swept away. */
export const PENDING_IMPORT_DAYS = 7;

export function expiryFrom(now: Date): Date {
  return new Date(now.getTime() + PENDING_IMPORT_DAYS * 24 * 60 * 60 * 1000);
}

/** Pending imports belong to a person: the operator at the shell, acting as no one, has none. */
export function importingUser(actor: Actor): string {
  if (!actor.id) throw forbidden('Reviewing imports needs a signed-in user');
  return actor.id;
}
