import { recordAudit, updateFindingIfVersion, type StoredFinding } from '@irr/db/repositories';
import {
  AppError,
  cleanRichText,
  cleanSubItems,
  type AppErrorCode,
  type DomainError,
  type Result,
} from '@irr/domain';
import type { StaffRecord } from '../../schemas.js';
import type { UseCaseContext } from '../context.js';
import { assertRecordEditable, markRecordEdited } from '../records/mark-record-edited.js';
import { storedStaffRecord } from '../records/staff-record.js';
import { findingFor } from './finding-for.js';
import type { UpdateFindingContentInput } from './inputs.js';

/**
 * Edit what the response says about a finding, while the record's content may be edited (an
 * approved record goes back to draft). Guarded by the finding's own version, so colleagues editing
 * other findings of the record do not collide.
 */
export async function updateFindingContent(
  uc: UseCaseContext,
  input: UpdateFindingContentInput,
): Promise<StaffRecord> {
  const { stored, finding } = await findingFor(uc, input.findingId, 'editor');
  assertRecordEditable(stored);
  const set = contentSet(finding, input.patch);
  return uc.db.transaction(async (tx) => {
    await updateFindingIfVersion(tx, finding.row.id, input.rowVersion, set);
    await markRecordEdited(tx, uc, stored, null);
    await recordAudit(tx, {
      actorId: uc.actor.id,
      organisationId: stored.row.organisationId,
      action: 'finding.content_updated',
      entityType: 'finding',
      entityId: finding.row.id,
      before: finding.finding,
      after: set,
    });
    return storedStaffRecord(tx, stored.row.id);
  });
}

/** The columns a patch changes, its rich text sanitised; refuses what the finding cannot take. */
function contentSet(finding: StoredFinding, p: UpdateFindingContentInput['patch']) {
  if (p.acceptance && finding.row.kind !== 'recommendation') {
    throw new AppError({
      code: 'ACCEPTANCE_NOT_RECOMMENDATION',
      message: 'Only a recommendation takes an acceptance',
      field: 'acceptance',
    });
  }
  const text = p.text === undefined ? undefined : orRefuse(cleanText(p.text));
  const subItems = p.subItems === undefined ? undefined : orRefuse(cleanSubItems(p.subItems));
  const explanation = p.acceptance
    ? orRefuse(cleanRichText(p.acceptance.explanation, 'acceptance.explanation'))
    : null;
  return {
    ...(text !== undefined && { text }),
    ...(subItems !== undefined && { subItems }),
    ...(p.group !== undefined && {
      pillar: p.group.pillar,
      area: p.group.area,
      questionId: p.group.questionId,
    }),
    ...(p.reference !== undefined && { reference: p.reference }),
    ...(p.title !== undefined && { title: p.title }),
    ...(p.deadlinePhrase !== undefined && { deadlinePhrase: p.deadlinePhrase }),
    ...(p.supersedes !== undefined && { supersedes: p.supersedes }),
    ...(p.acceptance !== undefined && {
      acceptancePosition: p.acceptance?.position ?? null,
      acceptanceExplanation: explanation,
    }),
  };
}

const cleanText = (html: string) =>
  cleanRichText(html, 'text', { required: 'A finding needs some text' });

function orRefuse<T>(result: Result<T, DomainError<AppErrorCode>>): T {
  if (!result.ok) throw new AppError(result.error);
  return result.value;
}
