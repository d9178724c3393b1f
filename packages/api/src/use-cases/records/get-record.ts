import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { recordFor } from './record-for.js';
import { toStaffRecord } from './staff-record.js';

/** A response record as staff see it, for any member of its organisation. */
export async function getRecord(
  uc: UseCaseContext,
  input: { recordId: string },
): Promise<StaffRecord> {
  return toStaffRecord(await recordFor(uc, input.recordId, 'viewer'));
}
