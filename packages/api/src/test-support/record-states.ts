import type { z } from 'zod';
import type { StaffRecord } from '../schemas.js';
import type { World } from './world.js';

/** The world's record submitted by its editor and approved by its approver, as a review ends. */
export async function approveRecord(w: World): Promise<z.output<typeof StaffRecord>> {
  let record = await w.as('editor').records.get({ recordId: w.recordId });
  record = await w.as('editor').workflow.transition({
    recordId: w.recordId,
    rowVersion: record.rowVersion,
    to: 'in_review',
  });
  return w.as('approver').workflow.transition({
    recordId: w.recordId,
    rowVersion: record.rowVersion,
    to: 'approved',
  });
}
