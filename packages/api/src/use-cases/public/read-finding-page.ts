import {
  findingsTracking,
  publicUpdatesOf,
  publishedResponseBySlugs,
  statusChangesOf,
  targetDateRevisionsOf,
} from '@irr/db/read-models';
import {
  CalendarDate,
  DatePrecision,
  Finding,
  FindingStatus,
  londonDateOf,
  notFound,
  UpdateAuthor,
} from '@irr/domain';
import { z } from 'zod';
import type { PublicContext } from '../context.js';
import { PublicTracking, publicTracking } from './public-finding.js';
import { Org, ReportRef, Slug } from './shapes.js';

export const FindingPageInput = z.object({
  organisationSlug: Slug,
  /** The response's own slug, as in the finding's address. */
  responseSlug: Slug,
  ref: z.string().min(1).max(40),
});

const TimelineEntry = z.union([
  z.object({
    type: z.literal('update'),
    date: CalendarDate.nullable(),
    datePrecision: DatePrecision,
    author: UpdateAuthor,
    text: z.string(),
  }),
  z.object({
    type: z.literal('status'),
    date: CalendarDate,
    from: FindingStatus,
    to: FindingStatus,
    /** Only when its author chose to make it public. */
    reason: z.string().nullable(),
  }),
]);

export const FindingPage = z.object({
  organisation: Org,
  report: ReportRef,
  responseSlug: Slug,
  version: z.number().int(),
  finding: Finding,
  tracking: PublicTracking,
  causeClosedOn: CalendarDate.nullable(),
  revisions: z.array(
    z.object({
      from: CalendarDate.nullable(),
      to: CalendarDate,
      on: CalendarDate,
      reason: z.string().nullable(),
    }),
  ),
  timeline: z.array(TimelineEntry),
});

/** One finding of a response's latest version by its permalink: wording, live tracking and public timeline. */
export async function readFindingPage(
  ctx: PublicContext,
  input: z.infer<typeof FindingPageInput>,
): Promise<z.infer<typeof FindingPage>> {
  const found = await publishedResponseBySlugs(ctx.db, input.organisationSlug, input.responseSlug);
  if (!found) throw notFound('That published response');
  const latest = found.versions[0]!;
  const finding = latest.snapshot.record.findings.find((f) => f.ref === input.ref);
  const id = latest.snapshot.findingIds[input.ref];
  if (latest.withdrawnAt !== null || !finding || !id) throw notFound('That published finding');
  const [live] = await findingsTracking(ctx.db, [id]);
  if (!live) throw notFound('That published finding');
  return {
    organisation: found.organisation,
    report: found.report,
    responseSlug: found.record.slug,
    version: latest.version,
    finding,
    tracking: publicTracking(live, live.latestUpdate ?? undefined, londonDateOf(ctx.now())),
    causeClosedOn: live.causeClosedOn,
    revisions: await targetDateRevisionsOf(ctx.db, id),
    timeline: await timeline(ctx, id),
  };
}

/** Public updates and status changes (reasons only if public) together, oldest first; undated (imported) updates first of all. */
async function timeline(ctx: PublicContext, id: string): Promise<z.infer<typeof TimelineEntry>[]> {
  const updates = await publicUpdatesOf(ctx.db, id);
  const changes = await statusChangesOf(ctx.db, id);
  return [
    ...updates.map((u) => ({
      type: 'update' as const,
      date: u.date,
      datePrecision: u.datePrecision,
      author: u.author,
      text: u.text,
    })),
    ...changes.map((c) => ({
      type: 'status' as const,
      date: c.on,
      from: c.from as FindingStatus,
      to: c.to as FindingStatus,
      reason: c.reason,
    })),
  ].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
}
