import { organisationsByIds } from '@irr/db/repositories';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { reportDetailsAccess } from '../reports/update-report-details.js';
import { recordFor } from './record-for.js';
import { toStaffRecord } from './staff-record.js';

/**
 * A response record as staff see it, for any member of its organisation, with whether they may
 * change its report's details (so the record page shows the form, or says who may).
 */
export async function getRecord(
  uc: UseCaseContext,
  input: { recordId: string },
): Promise<StaffRecord> {
  const stored = await recordFor(uc, input.recordId, 'viewer');
  const { report, named, decision } = await reportDetailsAccess(uc.db, uc.actor, stored.report.id);
  const forces = await organisationsByIds(uc.db, named);
  return {
    ...toStaffRecord(stored),
    reportDetails: {
      rowVersion: report.rowVersion,
      link: report.link,
      national: report.national,
      forces: forces.map((o) => ({ slug: o.slug, name: o.name })),
      mayEdit: decision.ok,
      refusal: decision.ok ? null : decision.error.message,
      publicationDateUnknownReason: stored.row.publicationDateUnknownReason,
    },
  };
}
