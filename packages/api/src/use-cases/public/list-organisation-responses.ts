import { organisationBySlug, publishedResponsesPage } from '@irr/db/read-models';
import { CalendarDate, notFound, publicationSummary } from '@irr/domain';
import { z } from 'zod';
import { Uuid, WireInstant } from '../../schemas.js';
import type { PublicContext } from '../context.js';
import { PublicOrganisation, Withdrawal, withdrawalOf } from './shapes.js';

// Paged, newest report first: a force's history grows every year, a page of it should not.
export const OrganisationResponsesInput = z.object({
  slug: z.string().max(80),
  page: z.number().int().min(1).max(10_000).default(1),
  pageSize: z.number().int().min(1).max(100).default(20),
});

export const ResponseSummary = z.object({
  recordId: Uuid,
  reportTitle: z.string(),
  reportSlug: z.string(),
  /** The response's own slug: its address is `/forces/{force}/responses/{responseSlug}`. */
  responseSlug: z.string(),
  reportPublishedOn: CalendarDate.nullable(),
  version: z.number().int(),
  publishedAt: WireInstant,
  withdrawal: Withdrawal,
  publicationDueOn: CalendarDate.nullable(),
  firstPublishedOn: CalendarDate.nullable(),
  /** Published within the 56 days; null where the report predates the limit or its date is unknown. */
  onTime: z.boolean().nullable(),
});

export const OrganisationResponses = z.object({
  organisation: PublicOrganisation,
  responses: z.array(ResponseSummary),
  total: z.number().int(),
  page: z.number().int(),
  pageSize: z.number().int(),
});

/** A page of an organisation's published responses, newest report first. */
export async function listOrganisationResponses(
  ctx: PublicContext,
  input: z.output<typeof OrganisationResponsesInput>,
): Promise<z.input<typeof OrganisationResponses>> {
  const org = await organisationBySlug(ctx.db, input.slug);
  if (!org) throw notFound('That organisation');
  const { rows, total } = await publishedResponsesPage(ctx.db, org.id, {
    limit: input.pageSize,
    offset: (input.page - 1) * input.pageSize,
  });
  return {
    organisation: { slug: org.slug, name: org.name, kind: org.kind },
    total,
    page: input.page,
    pageSize: input.pageSize,
    responses: rows.map(toResponseSummary),
  };
}

type ResponseRow = Awaited<ReturnType<typeof publishedResponsesPage>>['rows'][number];

/** A published response as its force's list shows it. */
export function toResponseSummary({
  record,
  report,
  version,
}: ResponseRow): z.input<typeof ResponseSummary> {
  return {
    recordId: record.id,
    reportTitle: report.title,
    reportSlug: report.slug,
    responseSlug: record.slug,
    reportPublishedOn: report.publishedOn,
    version: version.version,
    publishedAt: version.publishedAt,
    withdrawal: withdrawalOf(version),
    ...publicationSummary(report.publishedOn, record.firstPublishedOn),
  };
}
