import { appendFindingUpdate, recordAudit } from '@irr/db/repositories';
import { AppError, cleanRichText, londonDateOf, startOfMonth } from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { noteTrackingChange } from '../records/note-tracking-change.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { findingFor } from './finding-for.js';
import type { AddFindingUpdateInput } from './inputs.js';

/**
 * A dated progress update, after the finding's others. Allowed in every status of the record,
 * since tracking goes on after publication; undated, it is dated today in London. A month-only
 * date is stored as the 1st of its month, whichever day came with it.
 */
export async function addFindingUpdate(
  uc: UseCaseContext,
  input: AddFindingUpdateInput,
): Promise<StaffRecord> {
  const { stored, finding } = await findingFor(uc, input.findingId, 'editor');
  const cleaned = cleanRichText(input.update.text, 'text', {
    required: 'An update needs some text',
  });
  if (!cleaned.ok) throw new AppError(cleaned.error);
  const text = cleaned.value;
  const { author, visibility, datePrecision } = input.update;
  const given = input.update.date ?? londonDateOf(uc.now());
  const date = datePrecision === 'month' ? startOfMonth(given) : given;
  return uc.db.transaction(async (tx) => {
    const update = await appendFindingUpdate(tx, {
      findingId: finding.row.id,
      date,
      datePrecision,
      author,
      visibility,
      text,
      createdBy: uc.actor.id,
      createdAt: uc.now(),
    });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: 'finding.update_added',
      entityType: 'finding_update',
      entityId: update.id,
      after: { findingId: finding.row.id, date, datePrecision, author, visibility, text },
    });
    // A public update is part of what the next publication freezes.
    if (visibility === 'public') await noteTrackingChange(tx, uc, stored);
    return storedStaffRecord(tx, stored.row.id);
  });
}
