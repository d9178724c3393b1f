import { recordAudit, setFindingPositions, type StoredRecord } from '@irr/db/repositories';
import { AppError } from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { assertRecordEditable, markRecordEdited } from '../records/mark-record-edited.js';
import { recordFor } from '../records/record-for.js';
import { storedStaffRecord } from '../records/staff-record.js';
import type { ReorderFindingsInput } from './inputs.js';

/** The findings' order in the record, as the editor arranged it; guarded by the record's version. */
export async function reorderFindings(
  uc: UseCaseContext,
  input: ReorderFindingsInput,
): Promise<StaffRecord> {
  const stored = await recordFor(uc, input.recordId, 'editor');
  assertRecordEditable(stored);
  const refOf = refsById(stored);
  if (
    input.order.length !== refOf.size ||
    new Set(input.order).size !== refOf.size ||
    !input.order.every((id) => refOf.has(id))
  ) {
    throw new AppError({
      code: 'BAD_ORDER',
      message: 'The new order must list every finding of the record exactly once',
      field: 'order',
    });
  }
  return uc.db.transaction(async (tx) => {
    await markRecordEdited(tx, uc, stored, input.rowVersion);
    await setFindingPositions(tx, stored.row.id, input.order);
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: 'record.findings_reordered',
      entityType: 'response_record',
      entityId: stored.row.id,
      before: { order: stored.findings.map((f) => f.row.ref) },
      after: { order: input.order.map((id) => refOf.get(id)!) },
    });
    return storedStaffRecord(tx, stored.row.id);
  });
}

function refsById(stored: StoredRecord): Map<string, string> {
  return new Map(stored.findings.map((f) => [f.row.id, f.row.ref]));
}
