import { currentGradesOf, organisationBySlug } from '@irr/db/read-models';
import {
  CalendarDate,
  FindingKind,
  FindingStatus,
  Grade,
  londonDateOf,
  notFound,
  tallyFindings,
} from '@irr/domain';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { cachedPublishedFindings } from './published-findings-cache.js';
import { ResponseRow, listResponses } from './list-responses.js';
import { Org, Slug } from './shapes.js';

export const ForceOverviewInput = z.object({ slug: Slug });

export const ForceOverview = z.object({
  organisation: Org.extend({ kind: z.string() }),
  responses: z.array(ResponseRow),
  grades: z.array(
    z.object({
      /** The response's own slug, for its address. */
      responseSlug: z.string(),
      reportSlug: z.string(),
      reportTitle: z.string(),
      reportPublishedOn: CalendarDate.nullable(),
      framework: z.string().nullable(),
      grades: z.array(Grade),
    }),
  ),
  findings: z.array(
    z.object({
      kind: FindingKind,
      status: FindingStatus,
      count: z.number().int(),
      overdue: z.number().int(),
    }),
  ),
});

/** A force's page: its responses, the grades of its current ones, and its findings counted by status. */
export async function readForceOverview(
  ctx: PublicContext,
  input: z.infer<typeof ForceOverviewInput>,
): Promise<z.input<typeof ForceOverview>> {
  const org = await organisationBySlug(ctx.db, input.slug);
  if (!org) throw notFound('That force');
  const responses = await listResponses(ctx, { organisationSlug: org.slug });
  const current = await currentGradesOf(ctx.db, org.id);
  const findings = await cachedPublishedFindings(
    ctx.db,
    { organisationSlug: org.slug },
    londonDateOf(ctx.now()),
  );
  return {
    organisation: { slug: org.slug, name: org.name, kind: org.kind },
    responses,
    grades: current.filter((c) => c.grades.length > 0),
    findings: tallyFindings(findings),
  };
}
