import type { Db } from '@irr/db';
import { forbidden, roleAtLeast, type Role } from '@irr/domain';

/**
 * Who is acting. A person signed in to the API, or the operator at the server's shell (the CLI),
 * who may act on any organisation and is recorded as `id` when the command names a user (`--as`).
 */
export interface Actor {
  id: string | null;
  displayName: string;
  memberships: readonly { organisationId: string; role: Role }[];
  operator: boolean;
}

/** What every use case is given: where to read and write, who acts, and what time it is. */
export interface UseCaseContext {
  db: Db;
  actor: Actor;
  now: () => Date;
}

/** A read anyone may make: no actor. */
export interface PublicContext {
  db: Db;
  now: () => Date;
}

export function roleIn(actor: Actor, organisationId: string): Role | null {
  if (actor.operator) return 'admin';
  return actor.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}

/** The server's own authorisation: throws FORBIDDEN, before anything changes, unless the actor holds `needed` there. */
export function requireRole(actor: Actor, organisationId: string, needed: Role): Role {
  const held = roleIn(actor, organisationId);
  if (!held || !roleAtLeast(held, needed)) {
    throw forbidden(
      held
        ? `This needs the ${needed} role; your role here is ${held}`
        : 'You are not a member of this organisation',
    );
  }
  return held;
}

/** The organisations whose data the actor may read; an operator's is every one (undefined). */
export function readableOrganisations(actor: Actor, only?: string): string[] | undefined {
  if (only) {
    requireRole(actor, only, 'viewer');
    return [only];
  }
  return actor.operator ? undefined : actor.memberships.map((m) => m.organisationId);
}
