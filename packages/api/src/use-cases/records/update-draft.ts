import { recordAudit } from '@irr/db/repositories';
import { AppError, cleanRichText, type Grade, type OfficeHolder } from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { fieldsBefore } from './fields-before.js';
import { assertRecordEditable, markRecordEdited } from './mark-record-edited.js';
import { recordFor } from './record-for.js';
import { storedStaffRecord } from './staff-record.js';

/** The draft's own fields; absent ones stay as they are. */
interface DraftPatch {
  summary?: string;
  commissionerComments?: string;
  chiefOfficerComments?: string;
  grades?: Grade[];
  commissioner?: OfficeHolder;
  chiefOfficer?: OfficeHolder;
  documentVersion?: string | null;
}

export interface UpdateDraftInput {
  recordId: string;
  rowVersion: number;
  patch: DraftPatch;
}

/**
 * Edits the draft's own fields, guarded by the record's version. Rich text is sanitised here,
 * whatever the client sent; an edit of an approved record takes it back to draft for a new review.
 */
export async function updateDraft(
  uc: UseCaseContext,
  input: UpdateDraftInput,
): Promise<StaffRecord> {
  const stored = await recordFor(uc, input.recordId, 'editor');
  assertRecordEditable(stored);
  const set = draftFields(input.patch);
  return uc.db.transaction(async (tx) => {
    await markRecordEdited(tx, uc, stored, input.rowVersion, set);
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: 'record.draft_updated',
      entityType: 'response_record',
      entityId: stored.row.id,
      before: fieldsBefore(stored.row, Object.keys(set)),
      after: set,
    });
    return storedStaffRecord(tx, stored.row.id);
  });
}

/** Cleaned rich text, refused (with its field) when cleaning left nothing of it or too much. */
function cleaned(html: string, field: string): string {
  const text = cleanRichText(html, `patch.${field}`);
  if (!text.ok) throw new AppError(text.error);
  return text.value;
}

function draftFields(p: DraftPatch) {
  return {
    ...(p.summary !== undefined && { summary: cleaned(p.summary, 'summary') }),
    ...(p.commissionerComments !== undefined && {
      commissionerComments: cleaned(p.commissionerComments, 'commissionerComments'),
    }),
    ...(p.chiefOfficerComments !== undefined && {
      chiefOfficerComments: cleaned(p.chiefOfficerComments, 'chiefOfficerComments'),
    }),
    ...(p.grades !== undefined && { grades: p.grades }),
    ...(p.commissioner !== undefined && { commissioner: p.commissioner }),
    ...(p.chiefOfficer !== undefined && { chiefOfficer: p.chiefOfficer }),
    ...(p.documentVersion !== undefined && { documentVersion: p.documentVersion }),
  };
}
