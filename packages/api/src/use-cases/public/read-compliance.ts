import {
  organisationBySlug,
  registerReports,
  reportRegisterRows,
  shownFindingFacts,
} from '@irr/db/read-models';
import {
  CalendarDate,
  complianceByYear,
  complianceFigures,
  coversEveryForce,
  inPeriod,
  londonDateOf,
  nationalCoverageKind,
  notFound,
  reportResponseState,
  type ComplianceResponse,
} from '@irr/domain';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { Slug } from './shapes.js';

/** Every force, or one; reports published in a period (both ends included), or all of them. */
export const ComplianceInput = z
  .object({
    organisationSlug: Slug.optional(),
    from: CalendarDate.optional(),
    to: CalendarDate.optional(),
  })
  .refine((i) => !i.from || !i.to || i.from <= i.to, {
    message: 'the period must start on or before its end',
    path: ['to'],
  });

const Count = z.number().int().nonnegative();
const Figures = z.object({
  responses: z.object({
    onTime: Count,
    late: Count,
    missing: Count,
    due: Count,
    noLimit: Count,
  }),
  medianDaysToPublish: z.number().nullable(),
  findings: z.object({ open: Count, overdue: Count, closed: Count }),
  medianDaysToClose: z.number().nullable(),
});

export const Compliance = z.object({
  /** The force these figures are of; null for every force. */
  organisation: z.object({ slug: z.string(), name: z.string() }).nullable(),
  from: CalendarDate.nullable(),
  to: CalendarDate.nullable(),
  /** The London date responses were judged on. */
  today: CalendarDate,
  total: Figures,
  /** Each year reports came out in, oldest first. */
  years: z.array(z.object({ year: z.number().int(), figures: Figures })),
});

/**
 * Compliance at a glance, for every force or one: of each report published in the period, every response the
 * register of reports judges (on time, late, missing, due or without a limit) and the median days to publish;
 * of its shown findings, how many are open, overdue and closed and the median days closing took.
 */
export async function readCompliance(
  ctx: PublicContext,
  input: z.output<typeof ComplianceInput>,
): Promise<z.input<typeof Compliance>> {
  const org = input.organisationSlug
    ? await organisationBySlug(ctx.db, input.organisationSlug)
    : null;
  if (input.organisationSlug && !org) throw notFound('That force');
  const period = { from: input.from ?? null, to: input.to ?? null };
  const today = londonDateOf(ctx.now());
  const responses: ComplianceResponse[] = [];
  for (const report of await registerReports(ctx.db)) {
    if (!inPeriod(report.publishedOn, period)) continue;
    const rows = await reportRegisterRows(
      ctx.db,
      { id: report.id, national: coversEveryForce(report) },
      nationalCoverageKind(report.type),
    );
    for (const r of rows) {
      if (org && r.slug !== org.slug) continue;
      responses.push({
        reportPublishedOn: report.publishedOn,
        state: reportResponseState(
          {
            organisationKind: r.kind,
            reportPublishedOn: report.publishedOn,
            firstPublishedOn: r.firstPublishedOn,
            notRequired: r.notRequired,
          },
          today,
        ),
      });
    }
  }
  const findings = (await shownFindingFacts(ctx.db, org?.slug)).filter((f) =>
    inPeriod(f.reportPublishedOn, period),
  );
  return {
    organisation: org ? { slug: org.slug, name: org.name } : null,
    from: period.from,
    to: period.to,
    today,
    total: complianceFigures(responses, findings, today),
    years: complianceByYear(responses, findings, today),
  };
}
