import { recordAudit, updateRecordIfVersion } from '@irr/db/repositories';
import { forbidden, roleAtLeast, roleToSetRecordedDates } from '@irr/domain';
import type { z } from 'zod';
import type { RecordedDatesPatch, StaffRecord } from '../../schemas.js';
import { requireRole, type UseCaseContext } from '../context.js';
import { fieldsBefore } from './fields-before.js';
import { recordFor } from './record-for.js';
import { storedStaffRecord } from './staff-record.js';

export interface SetRecordDatesInput {
  recordId: string;
  rowVersion: number;
  dates: z.infer<typeof RecordedDatesPatch>;
}

/**
 * The statutory dates the office records (comments requested, due, received; sent on), audited
 * old and new. "First published on" is not among them: publication sets it. Once the response is
 * published the dates are public record: only an approver corrects them, and the correction
 * (`record.dates_corrected`) is listed on the public page with its date.
 */
export async function setRecordDates(
  uc: UseCaseContext,
  input: SetRecordDatesInput,
): Promise<StaffRecord> {
  const stored = await recordFor(uc, input.recordId, 'editor');
  const row = stored.row;
  const published = row.latestPublishedVersion !== null;
  const held = requireRole(uc.actor, row.organisationId, 'editor');
  if (!roleAtLeast(held, roleToSetRecordedDates(row))) {
    throw forbidden(
      'This response is published, so its dates are public record: only an approver can correct them',
    );
  }
  return uc.db.transaction(async (tx) => {
    await updateRecordIfVersion(tx, row.id, input.rowVersion, { ...input.dates });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: row.organisationId,
      action: published ? 'record.dates_corrected' : 'record.dates_set',
      entityType: 'response_record',
      entityId: row.id,
      before: fieldsBefore(row, Object.keys(input.dates)),
      after: input.dates,
    });
    return storedStaffRecord(tx, row.id);
  });
}
