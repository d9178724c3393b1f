import type { ClockInput } from '@irr/db/read-models';
import { computeStatutoryClock, STATUTORY_NEAR_DAYS, type CalendarDate } from '@irr/domain';
import type { DashboardClock } from './dashboard-summary.schema.js';

/**
 * The records whose 56-day limit is near or passed and not yet met, as the dashboard's queues and the digest
 * count them. `daysRemaining` is null once published, not required, or without a fixed limit.
 */
export const STATUTORY_QUEUE = {
  statutory_near: (c: DashboardClock) =>
    c.daysRemaining !== null && c.daysRemaining >= 0 && c.daysRemaining <= STATUTORY_NEAR_DAYS,
  statutory_passed: (c: DashboardClock) => c.daysRemaining !== null && c.daysRemaining < 0,
} as const;

/** Each record's statutory clock, open duties first and the most pressing at the top. */
export function statutoryClocks(
  records: readonly ClockInput[],
  today: CalendarDate,
): DashboardClock[] {
  return records
    .map((record) => clockOf(record, today))
    .sort((a, b) => (a.daysRemaining ?? 1e9) - (b.daysRemaining ?? 1e9));
}

function clockOf(record: ClockInput, today: CalendarDate): DashboardClock {
  const base = {
    recordId: record.recordId,
    organisationName: record.organisationName,
    reportTitle: record.reportTitle,
    status: record.status,
    commentsDueOn: record.commentsDueOn,
  };
  if (!record.reportPublishedOn) {
    return {
      ...base,
      publicationDueOn: null,
      daysRemaining: null,
      publicationState: 'unknown',
      commentsState: 'unknown',
      commentsDaysRemaining: null,
      problem: "The report's publication date is not recorded, so the 56-day clock cannot run",
    };
  }
  const clock = computeStatutoryClock(
    {
      reportPublishedOn: record.reportPublishedOn,
      chiefOfficerCommentsRequestedOn: record.commentsRequestedOn,
      chiefOfficerCommentsDueOn: record.commentsDueOn,
      chiefOfficerCommentsReceivedOn: record.commentsReceivedOn,
      firstPublishedOn: record.firstPublishedOn,
      sentToHmicfrsOn: record.sentToHmicfrsOn,
      sentToHomeSecretaryOn: record.sentToHomeSecretaryOn,
      notRequired: record.notRequiredReason ? { reason: record.notRequiredReason } : null,
    },
    today,
  );
  const c = clock.ok ? clock.value : null;
  return {
    ...base,
    publicationDueOn: c?.publicationDueOn ?? null,
    daysRemaining: c?.daysRemaining ?? null,
    publicationState: c?.publicationState ?? 'unknown',
    commentsState: c?.chiefOfficerCommentsState ?? 'unknown',
    commentsDaysRemaining: c?.chiefOfficerCommentsDaysRemaining ?? null,
    problem: clock.ok ? null : clock.error.message,
  };
}
