import { CalendarDate, OrganisationKind } from '@irr/domain';
import { z } from 'zod';
import { WireInstant } from '../../schemas.js';

/** The pieces every public answer is built from, and how a row becomes each. */

export const Slug = z.string().min(1).max(80);
export const Org = z.object({ slug: z.string(), name: z.string() });
export const PublicOrganisation = Org.extend({ kind: OrganisationKind });

export const ReportRef = z.object({
  slug: z.string(),
  title: z.string(),
  type: z.string(),
  framework: z.string().nullable(),
  publishedOn: CalendarDate.nullable(),
  link: z.string().nullable(),
});

/** Set when a version is withdrawn: the reason is public. */
export const Withdrawal = z.object({ at: WireInstant, reason: z.string() }).nullable();

/** The s55 deadline as the public sees it (the domain's `publicationSummary`). */
export const Statutory = z.object({
  publicationDueOn: CalendarDate.nullable(),
  firstPublishedOn: CalendarDate.nullable(),
  onTime: z.boolean().nullable(),
});

export function withdrawalOf(v: { withdrawnAt: Date | null; withdrawalReason: string | null }) {
  return v.withdrawnAt ? { at: v.withdrawnAt, reason: v.withdrawalReason ?? '' } : null;
}
