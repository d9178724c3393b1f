import type { Db } from '@irr/db';
import { insertPublishedVersion, type StoredRecord } from '@irr/db/repositories';
import { publicRecord } from '@irr/domain';
import type { UseCaseContext } from '../context.js';

/**
 * Inside the publishing transaction: freezes the draft as its numbered version. The snapshot is
 * the public record (public updates only), so the portal never shows internal notes or drafts.
 */
export async function publishVersion(
  tx: Db,
  uc: UseCaseContext,
  stored: StoredRecord,
  now: Date,
): Promise<void> {
  const version = stored.row.draftVersion;
  await insertPublishedVersion(tx, stored, {
    version,
    publishedAt: now,
    publishedBy: uc.actor.id,
    snapshot: publicRecord({ ...stored.record, status: 'published', version }),
  });
}
