import { roleAtLeast, type Role } from '@irr/domain';
import { useQuery } from '@tanstack/react-query';
import { useTRPC, type Me } from './trpc';

/** The signed-in person, or null; undefined while loading. */
export function useMe(): { me: Me | null | undefined; isLoading: boolean } {
  const trpc = useTRPC();
  const q = useQuery(trpc.auth.me.queryOptions());
  return { me: q.data, isLoading: q.isLoading };
}

export function roleIn(me: Me | null | undefined, organisationId: string): Role | null {
  return me?.memberships.find((m) => m.organisationId === organisationId)?.role ?? null;
}

/** Whether to offer an action: the server decides again, this only avoids offering what would be refused. */
export function may(me: Me | null | undefined, organisationId: string, needed: Role): boolean {
  const role = roleIn(me, organisationId);
  return role !== null && roleAtLeast(role, needed);
}

export function mayAnywhere(me: Me | null | undefined, needed: Role): boolean {
  return me?.memberships.some((m) => roleAtLeast(m.role, needed)) ?? false;
}
