import { z } from 'zod';
import { Id } from './common.js';
import { ROLES } from './role-rank.js';

/** Roles are held per organisation; each includes the powers of the ones before it. */
export const Role = z.enum(ROLES);
export type Role = z.infer<typeof Role>;

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
