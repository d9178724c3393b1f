import { organisationsByIds } from '@irr/db/repositories';
import type { Role } from '@irr/domain';
import type { SessionUser } from '../../context.js';
import type { PublicContext } from '../context.js';

export interface Me {
  id: string;
  email: string;
  displayName: string;
  memberships: {
    organisationId: string;
    organisationName: string;
    organisationSlug: string;
    role: Role;
  }[];
}

/** The signed-in person with their organisations' names, for the app's header; null when signed out. */
export async function whoAmI(
  pc: PublicContext,
  input: { user: SessionUser | null },
): Promise<Me | null> {
  const { user } = input;
  if (!user) return null;
  const organisations = await organisationsByIds(
    pc.db,
    user.memberships.map((m) => m.organisationId),
  );
  const byId = new Map(organisations.map((o) => [o.id, o]));
  return {
    id: user.id,
    email: user.email,
    displayName: user.displayName,
    memberships: user.memberships.map((m) => {
      const org = byId.get(m.organisationId)!;
      return {
        organisationId: m.organisationId,
        organisationName: org.name,
        organisationSlug: org.slug,
        role: m.role,
      };
    }),
  };
}
