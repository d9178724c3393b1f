import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { Role } from '@irr/domain';
import type { Db } from '../connection.js';
import { memberships, users } from '../schema/index.js';

export interface MemberListing {
  id: string;
  email: string;
  /** Null until they first sign in after being added: an invite reveals nothing about an account. */
  displayName: string | null;
  role: Role;
  /** This membership, disabled by the organisation's admin (not the account, which is the operator's). */
  disabled: boolean;
}

/** The people who hold a role in an organisation, by email. */
export async function listMembers(db: Db, organisationId: string): Promise<MemberListing[]> {
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: sql<
        string | null
      >`CASE WHEN ${memberships.joinedAt} IS NULL THEN NULL ELSE ${users.displayName} END`,
      role: memberships.role,
      disabled: sql<boolean>`${memberships.disabledAt} IS NOT NULL`,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(users.email);
}

export interface AssignableMember {
  id: string;
  name: string;
  role: Role;
}

/**
 * The people a finding of this organisation may be given to: active members (membership and
 * account enabled) who have signed in since being added, with a role that can act on a finding.
 * By name; no email, so editors may read it.
 */
export async function assignableMembers(
  db: Db,
  organisationId: string,
  roles: readonly Role[],
): Promise<AssignableMember[]> {
  return db
    .select({ id: users.id, name: users.displayName, role: memberships.role })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(
      and(
        eq(memberships.organisationId, organisationId),
        isNull(memberships.disabledAt),
        isNotNull(memberships.joinedAt),
        eq(users.disabled, false),
        inArray(memberships.role, [...roles]),
      ),
    )
    .orderBy(users.displayName, users.email);
}
