import {
  clockInputs,
  findingCountsByKind,
  findingCountsByStatus,
  recentActivity,
  scheduledFindings,
} from '@irr/db/read-models';
import { londonDateOf } from '@irr/domain';
import { describeAuditEvents } from '../audit/describe-audit-events.js';
import { readableOrganisations, type UseCaseContext } from '../context.js';
import type { DashboardSummary, DashboardSummaryInput } from './dashboard-summary.schema.js';
import { dashboardQueues } from './dashboard-queues.js';
import { dueFindings } from './due-findings.js';
import { statutoryClocks } from './statutory-clocks.js';

/** How many audit events the dashboard shows. */
const ACTIVITY_SHOWN = 15;

/** What needs attention now, across the organisations the actor may read (or the one asked for). */
export async function dashboardSummary(
  uc: UseCaseContext,
  input: DashboardSummaryInput,
): Promise<DashboardSummary> {
  const organisationIds = readableOrganisations(uc.actor, input.organisationId);
  const today = londonDateOf(uc.now());
  if (organisationIds?.length === 0) {
    return {
      today,
      queues: {
        awaitingMyReview: 0,
        changesRequested: 0,
        myFindings: { dueWithin45: 0, dueWithin14: 0, dueToday: 0, overdue: 0 },
        statutoryNear: 0,
        statutoryPassed: 0,
      },
      clocks: [],
      dueTotals: { overdue: 0, dueSoon: 0, mine: 0 },
      overdue: [],
      dueSoon: [],
      byStatus: [],
      byKind: [],
      mine: [],
      activity: [],
    };
  }
  const records = await clockInputs(uc.db, organisationIds);
  const recordIds = records.map((r) => r.recordId);
  const titleOf = new Map(records.map((r) => [r.recordId, r.reportTitle]));
  const scheduled = await scheduledFindings(uc.db, recordIds);
  const activity = await recentActivity(uc.db, organisationIds, ACTIVITY_SHOWN);
  const described = await describeAuditEvents(uc.db, activity);
  return {
    today,
    queues: await dashboardQueues(uc, input.organisationId, organisationIds, today),
    clocks: statutoryClocks(records, today),
    ...dueFindings(scheduled, titleOf, uc.actor.id, today),
    byStatus: await findingCountsByStatus(uc.db, recordIds),
    byKind: await findingCountsByKind(uc.db, recordIds),
    activity: activity.map((a, i) => ({ ...a, target: described[i]!.target })),
  };
}
