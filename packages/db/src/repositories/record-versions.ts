import { and, eq, isNull } from 'drizzle-orm';
import { gradeFor, type ResponseRecord } from '@irr/domain';
import type { Db } from '../connection.js';
import { publishedFindings, recordVersions } from '../schema/index.js';
import type { StoredRecord } from './records.js';

export interface PublishedVersion {
  version: number;
  publishedAt: Date;
  publishedBy: string | null;
  /** The public record at publication: what the portal shows of this version, for good. */
  snapshot: ResponseRecord;
}

/**
 * Freezes a published version: its snapshot, and the findings' wording as it stands in it, which
 * public search reads instead of the live drafts (the previous version's copy stops being current).
 */
export async function insertPublishedVersion(
  tx: Db,
  stored: StoredRecord,
  version: PublishedVersion,
): Promise<void> {
  const [row] = await tx
    .insert(recordVersions)
    .values({
      recordId: stored.row.id,
      version: version.version,
      publishedAt: version.publishedAt,
      publishedBy: version.publishedBy,
      snapshot: {
        record: version.snapshot,
        findingIds: Object.fromEntries(stored.findings.map((f) => [f.row.ref, f.row.id])),
      },
    })
    .returning({ id: recordVersions.id });
  await retirePublishedFindings(tx, stored.row.id);
  if (stored.findings.length === 0) return;
  const frozen = new Map(version.snapshot.findings.map((f) => [f.ref, f]));
  await tx.insert(publishedFindings).values(
    stored.findings.map((f) => ({
      versionId: row!.id,
      findingId: f.row.id,
      recordId: stored.row.id,
      organisationId: stored.row.organisationId,
      ref: f.row.ref,
      kind: f.row.kind,
      pillar: f.row.pillar,
      area: f.row.area,
      text: f.row.text,
      reportFindingId: f.row.reportFindingId,
      grade: gradeFor(version.snapshot.grades, f.row.pillar, f.row.area),
      title: frozen.get(f.row.ref)?.title ?? null,
      reference: frozen.get(f.row.ref)?.reference ?? null,
      acceptance: frozen.get(f.row.ref)?.acceptance?.position ?? null,
    })),
  );
}

/** Marks a record's latest published version withdrawn, with the reason shown publicly. */
export async function withdrawLatestVersion(
  tx: Db,
  recordId: string,
  version: number | null,
  withdrawal: { at: Date; reason: string },
): Promise<void> {
  await tx
    .update(recordVersions)
    .set({ withdrawnAt: withdrawal.at, withdrawalReason: withdrawal.reason })
    .where(
      and(
        eq(recordVersions.recordId, recordId),
        eq(recordVersions.version, version ?? -1),
        isNull(recordVersions.withdrawnAt),
      ),
    );
  await retirePublishedFindings(tx, recordId);
}

/** Public search stops finding a record's published wording. */
async function retirePublishedFindings(tx: Db, recordId: string): Promise<void> {
  await tx
    .update(publishedFindings)
    .set({ current: false })
    .where(eq(publishedFindings.recordId, recordId));
}
