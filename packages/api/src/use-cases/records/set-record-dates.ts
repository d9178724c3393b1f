import { recordAudit, updateRecordIfVersion } from '@irr/db/repositories';
import type { z } from 'zod';
import type { StaffRecord, StatutoryDates } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { fieldsBefore } from './fields-before.js';
import { recordFor } from './record-for.js';
import { storedStaffRecord } from './staff-record.js';

export interface SetRecordDatesInput {
  recordId: string;
  rowVersion: number;
  dates: Partial<z.infer<typeof StatutoryDates>>;
}

/** The statutory dates the office records (comments requested, due, received; sent on), audited. */
export async function setRecordDates(
  uc: UseCaseContext,
  input: SetRecordDatesInput,
): Promise<StaffRecord> {
  const stored = await recordFor(uc, input.recordId, 'editor');
  return uc.db.transaction(async (tx) => {
    await updateRecordIfVersion(tx, stored.row.id, input.rowVersion, { ...input.dates });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: 'record.dates_set',
      entityType: 'response_record',
      entityId: stored.row.id,
      before: fieldsBefore(stored.row, Object.keys(input.dates)),
      after: input.dates,
    });
    return storedStaffRecord(tx, stored.row.id);
  });
}
