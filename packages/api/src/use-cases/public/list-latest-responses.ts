import { feedRows } from '@irr/db/read-models';
import { GradeValue, overallGrade } from '@irr/domain';
import { z } from 'zod';
import { Uuid, WireInstant } from '../../schemas.js';
import type { PublicContext } from '../context.js';
import { Org, ReportRef, Slug, Withdrawal, withdrawalOf } from './shapes.js';

export const LatestResponsesInput = z.object({
  organisationSlug: Slug.optional(),
  reportSlug: Slug.optional(),
  limit: z.number().int().min(1).max(200).default(20),
});

const FeedEntry = z.object({
  recordId: Uuid,
  organisation: Org,
  report: ReportRef,
  /** The response's own slug: its address is `/forces/{organisation.slug}/responses/{responseSlug}`. */
  responseSlug: Slug,
  version: z.number().int(),
  publishedAt: WireInstant,
  updatedAt: WireInstant,
  withdrawal: Withdrawal,
  /** Null when the response stands withdrawn. */
  summary: z.string().nullable(),
  overallGrade: GradeValue.nullable(),
});
export const LatestResponses = z.array(FeedEntry);

/** New and withdrawn versions, newest first (the Atom feeds); a withdrawn response shows none of its wording. */
export async function listLatestResponses(
  ctx: PublicContext,
  input: z.output<typeof LatestResponsesInput>,
): Promise<z.input<typeof LatestResponses>> {
  const rows = await feedRows(
    ctx.db,
    { organisationSlug: input.organisationSlug, reportSlug: input.reportSlug },
    input.limit,
  );
  return rows.map((r) => {
    const hidden = r.latestWithdrawn || r.withdrawnAt !== null;
    return {
      recordId: r.recordId,
      organisation: r.organisation,
      report: r.report,
      responseSlug: r.responseSlug,
      version: r.version,
      publishedAt: r.publishedAt,
      updatedAt: r.withdrawnAt && r.withdrawnAt > r.publishedAt ? r.withdrawnAt : r.publishedAt,
      withdrawal: withdrawalOf(r),
      summary: hidden ? null : r.summary,
      overallGrade: hidden ? null : overallGrade(r.grades),
    };
  });
}
