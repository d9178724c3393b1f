import { findingsTracking, publishedVersionsWithSnapshot } from '@irr/db/read-models';
import { FindingStatus, FindingUpdate, notFound, ResponseRecord } from '@irr/domain';
import { z } from 'zod';
import { Uuid, WireInstant } from '../../schemas.js';
import type { PublicContext } from '../context.js';
import { publicUpdate } from './public-finding.js';
import { PublicOrganisation, Withdrawal, withdrawalOf } from './shapes.js';

export const PublishedRecordInput = z.object({
  recordId: Uuid,
  version: z.number().int().positive().optional(),
});

export const PublishedRecord = z.object({
  recordId: Uuid,
  organisation: PublicOrganisation,
  version: z.number().int(),
  publishedAt: WireInstant,
  withdrawal: Withdrawal,
  /** Null when the response stands withdrawn (its newest version, or the one asked for): the notice only. */
  record: ResponseRecord.nullable(),
  findingIds: z.record(z.string(), z.string()),
  /** Live tracking of each finding (by ref): status now, and public updates since publication. */
  tracking: z.record(
    z.string(),
    z.object({ status: FindingStatus, latestUpdate: FindingUpdate.nullable() }),
  ),
  versions: z.array(
    z.object({ version: z.number().int(), publishedAt: WireInstant, withdrawn: z.boolean() }),
  ),
});
type PublishedRecord = z.input<typeof PublishedRecord>;

/** A published response by its record id (the JSON API's permalink), with live tracking of its findings. */
export async function readPublishedRecord(
  ctx: PublicContext,
  input: z.infer<typeof PublishedRecordInput>,
): Promise<PublishedRecord> {
  // Every version with the force, and the snapshot of the one shown only (one statement).
  const versions = await publishedVersionsWithSnapshot(ctx.db, input.recordId, input.version);
  const chosen =
    input.version === undefined ? versions[0] : versions.find((v) => v.version === input.version);
  if (!chosen) throw notFound('That published response');
  const common = {
    recordId: input.recordId,
    organisation: chosen.organisation,
    version: chosen.version,
    publishedAt: chosen.publishedAt,
    withdrawal: withdrawalOf(chosen),
    versions: versions.map((v) => ({
      version: v.version,
      publishedAt: v.publishedAt,
      withdrawn: v.withdrawnAt !== null,
    })),
  };
  // A withdrawn response shows its notice and nothing of any version's wording (as the portal's response page).
  const latestWithdrawn = versions[0]!.withdrawnAt !== null;
  if (latestWithdrawn || chosen.withdrawnAt !== null) {
    const withdrawnBy = latestWithdrawn ? versions[0]! : chosen;
    return {
      ...common,
      withdrawal: withdrawalOf(withdrawnBy),
      record: null,
      findingIds: {},
      tracking: {},
    };
  }
  const snapshot = chosen.snapshot!;
  return {
    ...common,
    record: snapshot.record,
    findingIds: snapshot.findingIds,
    tracking: await statusAndLatestUpdate(ctx, snapshot.findingIds),
  };
}

/** Each finding's status now and latest public update, by ref. */
async function statusAndLatestUpdate(
  ctx: PublicContext,
  findingIds: Record<string, string>,
): Promise<PublishedRecord['tracking']> {
  const tracked = await findingsTracking(ctx.db, Object.values(findingIds));
  const byId = new Map(tracked.map((f) => [f.id, f]));
  return Object.fromEntries(
    Object.entries(findingIds).map(([ref, id]) => {
      const f = byId.get(id);
      const u = f?.latestUpdate;
      return [
        ref,
        { status: f?.status ?? 'not_started', latestUpdate: u ? publicUpdate(u) : null },
      ];
    }),
  );
}
