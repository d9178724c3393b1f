import {
  latestPublicUpdates,
  publishedReportBySlug,
  reportRegisterRows,
} from '@irr/db/read-models';
import {
  CalendarDate,
  coversEveryForce,
  londonDateOf,
  nationalCoverageKind,
  notFound,
  ReportResponseState,
  reportResponseState,
  s55PublicationDueOn,
} from '@irr/domain';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { compareFindings, FindingComparison } from './compare-findings.js';
import { publicUpdate } from './public-finding.js';
import { cachedPublishedFindings } from './published-findings-cache.js';
import { PublicOrganisation, ReportRef, Slug } from './shapes.js';

export const ReportPageInput = z.object({ slug: Slug });

export const ReportPage = z.object({
  /** `national`: the report covers every force (marked national, or a national inspection). */
  report: ReportRef.extend({ inspectorate: z.string(), national: z.boolean() }),
  /** A police force's last day to publish (s55); null before 2 May 2017 or while the report's date is unknown. */
  publicationDueOn: CalendarDate.nullable(),
  /** The London calendar date the states were judged on. */
  today: CalendarDate,
  /** Every organisation the report relates to, by name, with where its response stands. */
  forces: z.array(
    z.object({
      organisation: PublicOrganisation,
      /** Its published response's slug (its address under the force); null until one is published. */
      responseSlug: Slug.nullable(),
      response: ReportResponseState,
      /** Its published response's latest version is withdrawn. */
      withdrawn: z.boolean(),
    }),
  ),
  /** Its findings as each force that published a response answered them, side by side. */
  comparison: z.array(FindingComparison),
});

/**
 * A report's page on the register of reports: every force it relates to (all of them for a national report)
 * and each one's response, judged on the server's London date. A report is public once a response to it is.
 */
export async function readReportPage(
  ctx: PublicContext,
  input: z.infer<typeof ReportPageInput>,
): Promise<z.input<typeof ReportPage>> {
  const found = await publishedReportBySlug(ctx.db, input.slug);
  if (!found) throw notFound('That report');
  const { id: _id, ...details } = found;
  const report = { ...details, national: coversEveryForce(found) };
  const today = londonDateOf(ctx.now());
  const [rows, published] = await Promise.all([
    reportRegisterRows(
      ctx.db,
      { id: found.id, national: report.national },
      nationalCoverageKind(found.type),
    ),
    cachedPublishedFindings(ctx.db, {}, today),
  ]);
  const compared = published.filter((f) => f.reportSlug === found.slug);
  const latest = await latestPublicUpdates(
    ctx.db,
    compared.map((f) => f.findingId),
  );
  return {
    report,
    publicationDueOn: report.publishedOn ? s55PublicationDueOn(report.publishedOn) : null,
    today,
    forces: rows.map((r) => ({
      organisation: { slug: r.slug, name: r.name, kind: r.kind },
      responseSlug: r.responseSlug,
      response: reportResponseState(
        {
          organisationKind: r.kind,
          reportPublishedOn: report.publishedOn,
          firstPublishedOn: r.firstPublishedOn,
          notRequired: r.notRequired,
        },
        today,
      ),
      withdrawn: r.withdrawn,
    })),
    comparison: compareFindings(
      compared,
      new Map(latest.map((u) => [u.findingId, publicUpdate(u)])),
    ),
  };
}
