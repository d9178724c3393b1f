import { eq } from 'drizzle-orm';
import type { Role } from '@irr/domain';
import type { Db } from '../connection.js';
import { memberships, users } from '../schema/index.js';

export interface MemberListing {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  disabled: boolean;
}

/** The people who hold a role in an organisation, by email. */
export async function listMembers(db: Db, organisationId: string): Promise<MemberListing[]> {
  return db
    .select({
      id: users.id,
      email: users.email,
      displayName: users.displayName,
      role: memberships.role,
      disabled: users.disabled,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.organisationId, organisationId))
    .orderBy(users.email);
}
