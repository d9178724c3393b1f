import { clockInputs, recordsAwaitingReviewBy, recordsSentBackTo } from '@irr/db/read-models';
import { NOT_VERSION_CHANGES, roleAtLeast, type CalendarDate, type RecordQueue } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { STATUTORY_QUEUE, statutoryClocks } from './statutory-clocks.js';

/**
 * The ids of the records in one of the dashboard's queues, within these organisations (undefined:
 * every one, for the operator). The dashboard counts them and the records list shows them, so the
 * two agree. Queues of "my" records are empty for the operator, who is no account.
 */
export async function recordQueueIds(
  uc: UseCaseContext,
  queue: RecordQueue,
  organisationIds: readonly string[] | undefined,
  today: CalendarDate,
): Promise<string[]> {
  const actorId = uc.actor.id;
  switch (queue) {
    case 'awaiting_my_review': {
      if (actorId === null) return [];
      const approving = uc.actor.memberships
        .filter((m) => roleAtLeast(m.role, 'approver'))
        .map((m) => m.organisationId)
        .filter((id) => !organisationIds || organisationIds.includes(id));
      return recordsAwaitingReviewBy(uc.db, {
        organisationIds: approving,
        actorId,
        ignoring: NOT_VERSION_CHANGES,
      });
    }
    case 'changes_requested':
      return actorId === null ? [] : recordsSentBackTo(uc.db, { organisationIds, actorId });
    case 'statutory_near':
    case 'statutory_passed': {
      const clocks = statutoryClocks(await clockInputs(uc.db, organisationIds), today);
      return clocks.filter(STATUTORY_QUEUE[queue]).map((c) => c.recordId);
    }
  }
}
