import { appendFinding, recordAudit } from '@irr/db/repositories';
import { AppError, MAX_FINDINGS, cleanRichText, nextFindingRef } from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { assertRecordEditable, markRecordEdited } from '../records/mark-record-edited.js';
import { recordFor } from '../records/record-for.js';
import { storedStaffRecord } from '../records/staff-record.js';
import type { AddFindingInput } from './inputs.js';

/**
 * A finding the import missed, or a new one: appended to the record and numbered after its kind.
 * Guarded by the record's version, as it changes the record's list of findings.
 */
export async function addFinding(uc: UseCaseContext, input: AddFindingInput): Promise<StaffRecord> {
  const stored = await recordFor(uc, input.recordId, 'editor');
  assertRecordEditable(stored);
  const cleaned = cleanRichText(input.text, 'text', { required: 'A finding needs some text' });
  if (!cleaned.ok) throw new AppError(cleaned.error);
  const text = cleaned.value;
  if (stored.findings.length >= MAX_FINDINGS) {
    throw new AppError({
      code: 'TOO_MANY_FINDINGS',
      message: `A record holds at most ${MAX_FINDINGS} findings`,
      field: 'recordId',
    });
  }
  const ref = nextFindingRef(
    input.kind,
    stored.findings.map((f) => f.row),
  );
  return uc.db.transaction(async (tx) => {
    await markRecordEdited(tx, uc, stored, input.rowVersion);
    const findingId = await appendFinding(tx, {
      recordId: stored.row.id,
      ref,
      kind: input.kind,
      reference: input.reference,
      title: input.title,
      text,
      pillar: input.group.pillar,
      area: input.group.area,
      questionId: input.group.questionId,
      deadlinePhrase: input.deadlinePhrase,
      causeStatus: input.kind === 'cause_of_concern' ? 'open' : null,
    });
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: 'finding.added',
      entityType: 'finding',
      entityId: findingId,
      after: { ref, kind: input.kind, title: input.title, text, group: input.group },
    });
    return storedStaffRecord(tx, stored.row.id);
  });
}
