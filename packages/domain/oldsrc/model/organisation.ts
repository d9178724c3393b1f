import { z } from 'zod';
import { Id, Slug } from './common.js';

export const OrganisationKind = z.enum(['police_force', 'fire_service']);
export type OrganisationKind = z.infer<typeof OrganisationKind>;

/** A force or fire service area; roles and response records belong to one. */
export const Organisation = z.object({
  id: Id,
  slug: Slug,
  name: z.string().min(1).max(200),
  kind: OrganisationKind,
  /** Other names the record format and reports use ("Staffordshire", "Staffs"). */
  aliases: z.array(z.string().min(1).max(200)).default([]),
});
export type Organisation = z.infer<typeof Organisation>;

/** How a record names its organisation before it is matched to a stored one. */
export const OrganisationRef = z.object({
  name: z.string().min(1).max(200),
  slug: Slug.nullable(),
  kind: OrganisationKind,
});
export type OrganisationRef = z.infer<typeof OrganisationRef>;
