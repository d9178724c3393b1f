import { findingRecordId, type StoredFinding, type StoredRecord } from '@irr/db/repositories';
import { notFound, type Role } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { recordFor } from '../records/record-for.js';

/** A finding with its record, the actor's role checked in the record's organisation. */
export async function findingFor(
  uc: UseCaseContext,
  findingId: string,
  needed: Role,
): Promise<{ stored: StoredRecord; finding: StoredFinding }> {
  const recordId = await findingRecordId(uc.db, findingId);
  if (!recordId) throw notFound('That finding');
  const stored = await recordFor(uc, recordId, needed);
  const finding = stored.findings.find((f) => f.row.id === findingId);
  if (!finding) throw notFound('That finding');
  return { stored, finding };
}
