import { queryFindingHistory, type FindingHistory } from '@irr/db/read-models';
import type { UseCaseContext } from '../context.js';
import { findingFor } from './finding-for.js';

/** A finding's status moves, target-date revisions and audited changes, with who made them. */
export async function findingHistory(
  uc: UseCaseContext,
  input: { findingId: string },
): Promise<FindingHistory> {
  const { finding } = await findingFor(uc, input.findingId, 'viewer');
  return queryFindingHistory(uc.db, finding.row.id);
}
