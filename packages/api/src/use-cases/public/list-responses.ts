import { newestVersionRows } from '@irr/db/read-models';
import {
  CalendarDate,
  GradeValue,
  OfficeHolder,
  overallGrade,
  publicationSummary,
  type FindingKind,
} from '@irr/domain';
import { z } from 'zod';
import { Uuid, WireInstant } from '../../schemas.js';
import type { PublicContext } from '../context.js';
import { Slug } from './shapes.js';

/** One row per response (its newest version): the responses open data, a force's page and the sitemap. */
export const ResponseRow = z.object({
  recordId: Uuid,
  organisationSlug: z.string(),
  organisationName: z.string(),
  /** The response's own slug: its address is `/forces/{organisationSlug}/responses/{responseSlug}`. */
  responseSlug: z.string(),
  reportSlug: z.string(),
  reportTitle: z.string(),
  reportType: z.string(),
  framework: z.string().nullable(),
  reportPublishedOn: CalendarDate.nullable(),
  reportLink: z.string().nullable(),
  version: z.number().int(),
  publishedAt: WireInstant,
  withdrawn: z.boolean(),
  withdrawalReason: z.string().nullable(),
  publicationDueOn: CalendarDate.nullable(),
  firstPublishedOn: CalendarDate.nullable(),
  onTime: z.boolean().nullable(),
  commissioner: OfficeHolder.nullable(),
  chiefOfficer: OfficeHolder.nullable(),
  overallGrade: GradeValue.nullable(),
  recommendations: z.number().int(),
  causesOfConcern: z.number().int(),
  areasForImprovement: z.number().int(),
  /** The office's own label for its document ("v1.1"), as written; not our version number. */
  documentVersion: z.string().nullable(),
});
export type ResponseRow = z.input<typeof ResponseRow>;

export const ResponseFilters = z.object({
  organisationSlug: Slug.optional(),
  year: z.number().int().min(1990).max(2100).optional(),
  reportType: z.string().max(60).optional(),
});

/** Every response matching the filters; a withdrawn one keeps its row with its content left empty. */
export async function listResponses(
  ctx: PublicContext,
  filters: z.infer<typeof ResponseFilters>,
): Promise<ResponseRow[]> {
  const rows = await newestVersionRows(ctx.db, filters);
  return rows.map(({ record, organisation, report, version }) => {
    const withdrawn = version.withdrawnAt !== null;
    const snap = withdrawn ? null : version.snapshot.record;
    const count = (kind: FindingKind) => snap?.findings.filter((f) => f.kind === kind).length ?? 0;
    return {
      recordId: record.id,
      organisationSlug: organisation.slug,
      organisationName: organisation.name,
      responseSlug: record.slug,
      reportSlug: report.slug,
      reportTitle: report.title,
      reportType: report.type,
      framework: report.framework,
      reportPublishedOn: report.publishedOn,
      reportLink: report.link,
      version: version.version,
      publishedAt: version.publishedAt,
      withdrawn,
      withdrawalReason: version.withdrawalReason,
      ...publicationSummary(report.publishedOn, record.firstPublishedOn),
      commissioner: snap?.commissioner ?? null,
      chiefOfficer: snap?.chiefOfficer ?? null,
      overallGrade: snap ? overallGrade(snap.grades) : null,
      recommendations: count('recommendation'),
      causesOfConcern: count('cause_of_concern'),
      areasForImprovement: count('area_for_improvement'),
      // Snapshots frozen before the field existed have none.
      documentVersion: snap?.documentVersion ?? null,
    };
  });
}
