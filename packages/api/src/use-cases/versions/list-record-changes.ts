import { listRecordChanges as listChanges } from '@irr/db/read-models';
import type { UseCaseContext } from '../context.js';
import { recordFor } from '../records/record-for.js';

/** Who changed the record itself lately, and what: the conflict screen and the history page name them. */
export async function listRecordChanges(
  uc: UseCaseContext,
  input: { recordId: string; limit: number },
) {
  await recordFor(uc, input.recordId, 'viewer');
  return listChanges(uc.db, input.recordId, input.limit);
}
