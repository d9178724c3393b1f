import { publicationReadiness, type PublicationReadiness, type ReadinessItem } from '@irr/domain';
import { requireRole, type UseCaseContext } from '../context.js';
import { recordFor } from '../records/record-for.js';
import { publicationMoveInput, type PublicationMoveRequest } from './move-input.js';

export interface RecordMoveCheck extends Pick<PublicationReadiness, 'event'> {
  /** Each item with the id of its finding, for a link to put it right. */
  items: (ReadinessItem & { findingId: string | null })[];
}

/**
 * "Check your answers" before a publication move: what is missing, from the domain's
 * `publicationReadiness` on the same input the move itself is checked with. Changes nothing: the
 * move checks again when it is made.
 */
export async function checkRecordMove(
  uc: UseCaseContext,
  input: { recordId: string } & Pick<PublicationMoveRequest, 'to' | 'event'>,
): Promise<RecordMoveCheck> {
  const stored = await recordFor(uc, input.recordId, 'viewer');
  const role = requireRole(uc.actor, stored.row.organisationId, 'viewer');
  const readiness = publicationReadiness(await publicationMoveInput(uc, stored, role, input));
  const idOf = new Map(stored.findings.map((f) => [f.row.ref, f.row.id]));
  return {
    event: readiness.event,
    items: readiness.items.map((item) => ({
      ...item,
      findingId: item.findingRef === null ? null : (idOf.get(item.findingRef) ?? null),
    })),
  };
}
