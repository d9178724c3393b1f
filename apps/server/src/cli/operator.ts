import type { UseCaseContext } from '@irr/api/use-cases';
import type { Db } from '@irr/db';

/**
 * The person at the server's shell, as the actor of a use case: may act on any organisation, and
 * is recorded in the audit trail as the user a command names (`--as`), or as no one.
 */
export function operatorContext(db: Db, asUserId: string | null = null): UseCaseContext {
  return {
    db,
    actor: { id: asUserId, displayName: 'operator', memberships: [], operator: true },
    now: () => new Date(),
  };
}
