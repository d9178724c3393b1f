import { z } from 'zod';
import { Id } from './common.js';

/** Roles are held per organisation; each includes the powers of the ones before it. */
export const Role = z.enum(['viewer', 'editor', 'approver', 'admin']);
export type Role = z.infer<typeof Role>;

const rank: Record<Role, number> = { viewer: 0, editor: 1, approver: 2, admin: 3 };

/** Whether a holder of `held` may do what needs `needed`. */
export function roleAtLeast(held: Role, needed: Role): boolean {
  return rank[held] >= rank[needed];
}

export const Membership = z.object({
  organisationId: Id,
  role: Role,
});
export type Membership = z.infer<typeof Membership>;

export const Email = z.email().max(254);

export const User = z.object({
  id: Id,
  email: Email,
  displayName: z.string().min(1).max(200),
  memberships: z.array(Membership),
  disabled: z.boolean(),
});
export type User = z.infer<typeof User>;
