import type { Db } from '@irr/db';
import { hasAuditEventsBy, lastRecordEventId } from '@irr/db/read-models';
import { NOT_VERSION_CHANGES } from '@irr/domain';

/**
 * The audit id a record's current version started after: its latest publication, or 0 for a
 * record never published (the version then runs from the record's creation).
 */
function versionStartEventId(db: Db, recordId: string): Promise<number> {
  return lastRecordEventId(db, recordId, 'record.published');
}

/**
 * Whether this person changed anything in the record's current version: any audit event of
 * theirs on the record, its findings or their updates since the version started, lifecycle moves
 * aside. Someone the audit trail cannot name (no id) is taken to have changed it.
 */
export async function actorChangedVersion(
  db: Db,
  recordId: string,
  actorId: string | null,
): Promise<boolean> {
  if (actorId === null) return true;
  return hasAuditEventsBy(db, {
    recordId,
    actorId,
    afterEventId: await versionStartEventId(db, recordId),
    ignoring: NOT_VERSION_CHANGES,
  });
}
