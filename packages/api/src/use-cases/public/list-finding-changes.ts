import {
  organisationBySlug,
  publicChanges,
  publishedReportBySlug,
  shownFindingBySlugs,
  type ChangeScope,
} from '@irr/db/read-models';
import { FindingStatus, nameOfFinding, notFound, sanitizeRichText } from '@irr/domain';
import { z } from 'zod';
import { Uuid, WireInstant } from '../../schemas.js';
import type { PublicContext } from '../context.js';
import { Org, Slug } from './shapes.js';

/**
 * Every force's, one force's, one report's (any force) or one finding's changes: `ref` with its force's
 * and its response's slugs, as in its address.
 */
export const FindingChangesInput = z
  .object({
    organisationSlug: Slug.optional(),
    reportSlug: Slug.optional(),
    responseSlug: Slug.optional(),
    ref: z.string().min(1).max(120).optional(),
    limit: z.number().int().min(1).max(200).default(50),
  })
  .refine((i) => !i.ref || (i.organisationSlug && i.responseSlug), {
    message: 'a finding is named by its force, response and reference together',
    path: ['ref'],
  });

const Base = z.object({
  id: Uuid,
  at: WireInstant,
  organisation: Org,
  report: z.object({ slug: z.string(), title: z.string() }),
  /** The response's slug: its address is `/forces/{organisation.slug}/responses/{responseSlug}`. */
  responseSlug: z.string(),
  finding: z.object({
    ref: z.string(),
    kind: z.string(),
    /** The report's own number for it, if the published version gives one. */
    reference: z.string().nullable(),
    /** What the portal calls it ("Recommendation 3"). */
    name: z.string(),
  }),
  /** The day the office gave (an update's date may be unknown). */
  on: z.string().nullable(),
});

const FindingChange = z.discriminatedUnion('kind', [
  Base.extend({ kind: z.literal('update'), text: z.string() }),
  Base.extend({
    kind: z.literal('status'),
    from: FindingStatus,
    to: FindingStatus,
    reason: z.string().nullable(),
  }),
  Base.extend({
    kind: z.literal('target_date'),
    from: z.string().nullable(),
    to: z.string(),
    reason: z.string().nullable(),
  }),
]);
export const FindingChanges = z.array(FindingChange);

async function scopeOf(
  ctx: PublicContext,
  input: z.output<typeof FindingChangesInput>,
): Promise<ChangeScope> {
  const { organisationSlug: org, reportSlug: report, responseSlug: response, ref } = input;
  if (ref && org && response) {
    const finding = await shownFindingBySlugs(ctx.db, org, response, ref);
    if (!finding) throw notFound('That finding');
    return { findingIds: [finding.findingId] };
  }
  if (org) {
    const o = await organisationBySlug(ctx.db, org);
    if (!o) throw notFound('That force');
    return { organisationIds: [o.id] };
  }
  if (report) {
    const r = await publishedReportBySlug(ctx.db, report);
    if (!r) throw notFound('That report');
    return { reportIds: [r.id] };
  }
  return 'all';
}

/**
 * Public updates, status changes and target date changes of shown findings, newest first (the Atom feeds'
 * entries beside new versions): only what the finding page shows, reasons only where made public.
 */
export async function listFindingChanges(
  ctx: PublicContext,
  input: z.output<typeof FindingChangesInput>,
): Promise<z.input<typeof FindingChanges>> {
  const changes = await publicChanges(ctx.db, await scopeOf(ctx, input), {
    kinds: ['update', 'status', 'target_date'],
    order: 'desc',
    limit: input.limit,
  });
  const out: z.input<typeof FindingChanges> = [];
  for (const c of changes) {
    if (!c.finding) continue;
    const base = {
      id: c.id,
      at: c.at,
      organisation: c.organisation,
      report: c.report,
      responseSlug: c.responseSlug,
      finding: {
        ref: c.finding.ref,
        kind: c.finding.kind,
        reference: c.finding.reference,
        name: nameOfFinding(c.finding),
      },
      on: c.on,
    };
    if (c.kind === 'update')
      out.push({ ...base, kind: 'update', text: sanitizeRichText(c.text ?? '') });
    else if (c.kind === 'status')
      out.push({
        ...base,
        kind: 'status',
        from: c.from as FindingStatus,
        to: c.to as FindingStatus,
        reason: c.text,
      });
    else if (c.kind === 'target_date')
      out.push({ ...base, kind: 'target_date', from: c.from, to: c.to ?? '', reason: c.text });
  }
  return out;
}
