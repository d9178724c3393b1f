import { listRecordVersions } from '@irr/db/read-models';
import type { UseCaseContext } from '../context.js';
import { recordFor } from '../records/record-for.js';

/** A record's published versions, for its history page; any member of its organisation may read them. */
export async function listVersions(uc: UseCaseContext, input: { recordId: string }) {
  await recordFor(uc, input.recordId, 'viewer');
  return listRecordVersions(uc.db, input.recordId);
}
