import { findRecordVersion } from '@irr/db/read-models';
import { notFound, ResponseRecord } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { recordFor } from '../records/record-for.js';

export interface RecordVersion {
  version: number;
  publishedAt: Date;
  record: ResponseRecord;
}

/** One published version of a record as it was frozen, to read or compare with another. */
export async function getVersion(
  uc: UseCaseContext,
  input: { recordId: string; version: number },
): Promise<RecordVersion> {
  await recordFor(uc, input.recordId, 'viewer');
  const row = await findRecordVersion(uc.db, input.recordId, input.version);
  if (!row) throw notFound(`Version ${input.version}`);
  const snapshot = row.snapshot as { record: unknown };
  return {
    version: row.version,
    publishedAt: row.publishedAt,
    record: ResponseRecord.parse(snapshot.record),
  };
}
