import { organisationSlugs, publishedReports } from '@irr/db/read-models';
import { londonDateOf } from '@irr/domain';
import { z } from 'zod';
import { WireInstant } from '../../schemas.js';
import type { PublicContext } from '../context.js';
import { listPublishedFindings } from './list-published-findings.js';
import { listResponses } from './list-responses.js';

export const Permalinks = z.object({
  forces: z.array(z.object({ slug: z.string() })),
  reports: z.array(z.object({ slug: z.string() })),
  responses: z.array(
    z.object({
      organisationSlug: z.string(),
      reportSlug: z.string(),
      responseSlug: z.string(),
      publishedAt: WireInstant,
      withdrawn: z.boolean(),
    }),
  ),
  findings: z.array(
    z.object({
      organisationSlug: z.string(),
      responseSlug: z.string(),
      ref: z.string(),
      /** The newest dated change its page shows: its latest public update or HMICFRS's status (YYYY-MM-DD). */
      changedOn: z.string().nullable(),
    }),
  ),
});

const newest = (...days: (string | null | undefined)[]): string | null =>
  days.reduce<string | null>((a, d) => (d && (!a || d > a) ? d : a), null);

/** Every force, report, response and finding page: the sitemap. */
export async function listPermalinks(ctx: PublicContext): Promise<z.input<typeof Permalinks>> {
  const forces = await organisationSlugs(ctx.db);
  const responses = await listResponses(ctx, {});
  const findings = await listPublishedFindings(ctx.db, {}, londonDateOf(ctx.now()));
  const reports = await publishedReports(ctx.db);
  return {
    forces,
    reports: reports.map((r) => ({ slug: r.slug })),
    responses: responses.map((r) => ({
      organisationSlug: r.organisationSlug,
      reportSlug: r.reportSlug,
      responseSlug: r.responseSlug,
      publishedAt: r.publishedAt,
      withdrawn: r.withdrawn,
    })),
    findings: findings.map((f) => ({
      organisationSlug: f.organisationSlug,
      responseSlug: f.responseSlug,
      ref: f.ref,
      changedOn: newest(f.latestUpdateOn, f.inspectorateStatus?.on),
    })),
  };
}
