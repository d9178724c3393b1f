import { countFindings } from '@irr/db/read-models';
import { MY_FINDINGS_QUEUES, type CalendarDate, type MyFindingsQueue } from '@irr/domain';
import type { UseCaseContext } from '../context.js';
import { findingsFilterOf } from '../findings/findings-filter.js';
import type { DashboardQueues } from './dashboard-summary.schema.js';
import { recordQueueIds } from './record-queue.js';

/**
 * The counts of the dashboard's queues within these organisations: each the length of the list
 * its link opens (the records list's queue, or the findings list's query).
 */
export async function dashboardQueues(
  uc: UseCaseContext,
  organisationId: string | undefined,
  organisationIds: readonly string[] | undefined,
  today: CalendarDate,
): Promise<DashboardQueues> {
  const records = async (queue: Parameters<typeof recordQueueIds>[1]) =>
    (await recordQueueIds(uc, queue, organisationIds, today)).length;
  const findings = async (queue: MyFindingsQueue) => {
    const filter = findingsFilterOf(
      uc.actor,
      { ...MY_FINDINGS_QUEUES[queue], organisationId },
      today,
    );
    return filter ? countFindings(uc.db, filter) : 0;
  };
  return {
    awaitingMyReview: await records('awaiting_my_review'),
    changesRequested: await records('changes_requested'),
    myFindings: {
      dueWithin45: await findings('dueWithin45'),
      dueWithin14: await findings('dueWithin14'),
      dueToday: await findings('dueToday'),
      overdue: await findings('overdue'),
    },
    statutoryNear: await records('statutory_near'),
    statutoryPassed: await records('statutory_passed'),
  };
}
