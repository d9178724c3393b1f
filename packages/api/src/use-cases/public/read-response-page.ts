import {
  findingsTracking,
  publishedResponseBySlugs,
  type PublishedResponse,
} from '@irr/db/read-models';
import {
  describeChanges,
  londonDateOf,
  notFound,
  publicationSummary,
  ResponseRecord,
} from '@irr/domain';
import { z } from 'zod';
import { Uuid, WireInstant } from '../../schemas.js';
import type { PublicContext } from '../context.js';
import { Correction, publicCorrections } from './corrections.js';
import { PublicTracking, publicTracking } from './public-finding.js';
import { Org, ReportRef, Slug, Statutory, Withdrawal, withdrawalOf } from './shapes.js';

export const ResponsePageInput = z.object({
  organisationSlug: Slug,
  /** The response's own slug (`peel-2018-19`), as in its address. */
  responseSlug: Slug,
  version: z.number().int().positive().optional(),
});

const VersionEntry = z.object({
  version: z.number().int(),
  publishedAt: WireInstant,
  withdrawal: Withdrawal,
  changes: z.array(z.string()),
});

export const ResponsePage = z.object({
  recordId: Uuid,
  organisation: Org,
  report: ReportRef,
  /** The response's slug: its address is `/forces/{organisation.slug}/responses/{responseSlug}`. */
  responseSlug: Slug,
  version: z.number().int(),
  latestVersion: z.number().int(),
  publishedAt: WireInstant,
  /** Set when the response (its latest version) is withdrawn: then `record` is null. */
  withdrawal: Withdrawal,
  record: ResponseRecord.nullable(),
  tracking: z.record(z.string(), PublicTracking),
  versions: z.array(VersionEntry),
  statutory: Statutory,
  /** Recorded dates and report details corrected after publication, each with the day of its correction. */
  corrections: z.array(Correction),
});

/**
 * A published response by its permalink (force slug + response slug), the newest version or the one asked for.
 * A record whose latest version is withdrawn shows nothing of any version but the notice.
 */
export async function readResponsePage(
  ctx: PublicContext,
  input: z.infer<typeof ResponsePageInput>,
): Promise<z.input<typeof ResponsePage>> {
  const found = await publishedResponseBySlugs(ctx.db, input.organisationSlug, input.responseSlug);
  if (!found) throw notFound('That published response');
  const latest = found.versions[0]!;
  const withdrawn = latest.withdrawnAt !== null;
  const chosen =
    input.version === undefined ? latest : found.versions.find((v) => v.version === input.version);
  if (!chosen) throw notFound('That version of the response');
  const hidden = withdrawn || chosen.withdrawnAt !== null;
  return {
    recordId: found.record.id,
    organisation: found.organisation,
    report: found.report,
    responseSlug: found.record.slug,
    version: chosen.version,
    latestVersion: latest.version,
    publishedAt: chosen.publishedAt,
    withdrawal: withdrawalOf(withdrawn ? latest : chosen),
    record: hidden ? null : chosen.snapshot.record,
    tracking: hidden ? {} : await trackingByRef(ctx, chosen.snapshot.findingIds),
    versions: versionHistory(found.versions),
    statutory: publicationSummary(found.report.publishedOn, found.record.firstPublishedOn),
    corrections: withdrawn ? [] : await publicCorrections(ctx.db, found.record.id),
  };
}

/** The live tracking of each finding the version holds, by ref. */
async function trackingByRef(
  ctx: PublicContext,
  findingIds: Record<string, string>,
): Promise<Record<string, PublicTracking>> {
  const today = londonDateOf(ctx.now());
  const tracked = await findingsTracking(ctx.db, Object.values(findingIds));
  const byId = new Map(tracked.map((f) => [f.id, f]));
  const tracking: Record<string, PublicTracking> = {};
  for (const [ref, id] of Object.entries(findingIds)) {
    const f = byId.get(id);
    if (f) tracking[ref] = publicTracking(f, f.latestUpdate ?? undefined, today);
  }
  return tracking;
}

/** Every version, newest first, each with what it changed from the one before. */
function versionHistory(newestFirst: PublishedResponse['versions']) {
  const ascending = [...newestFirst].reverse();
  return ascending
    .map((v, i) => ({
      version: v.version,
      publishedAt: v.publishedAt,
      withdrawal: withdrawalOf(v),
      changes: describeChanges(
        i === 0 ? null : ascending[i - 1]!.snapshot.record,
        v.snapshot.record,
      ),
    }))
    .reverse();
}
