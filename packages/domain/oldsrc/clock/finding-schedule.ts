import { z } from 'zod';
import { CalendarDate, type FindingStatus } from '../model/index.js';
import { err, ok, type DomainError, type Result } from '../result.js';
import { daysBetween, isValidCalendarDate } from './calendar-date.js';

const REASON_MAX = 2000;

/** One change of a finding's target date, kept for ever so slippage stays visible. */
export const TargetDateRevision = z.object({
  from: CalendarDate,
  to: CalendarDate,
  reason: z.string().trim().min(1).max(REASON_MAX),
  revisedOn: CalendarDate,
  /** The user who made the change (an approver). */
  revisedBy: z.string().trim().min(1).max(200),
});
export type TargetDateRevision = z.infer<typeof TargetDateRevision>;

/** A finding's target dates: the original never changes once set; the current one may be revised. */
export const FindingSchedule = z.object({
  originalTargetDate: CalendarDate.nullable(),
  targetDate: CalendarDate.nullable(),
  revisions: z.array(TargetDateRevision),
});
export type FindingSchedule = z.infer<typeof FindingSchedule>;

export type ScheduleErrorCode =
  | 'INVALID_DATE'
  | 'SAME_TARGET_DATE'
  | 'REASON_REQUIRED'
  | 'REASON_TOO_LONG'
  | 'REVISED_BY_REQUIRED';
export type ScheduleError = DomainError<ScheduleErrorCode>;

export interface TargetDateChange {
  to: CalendarDate;
  reason: string;
  revisedOn: CalendarDate;
  revisedBy: string;
}

/**
 * Sets or revises a finding's target date. The first date set becomes the original and needs no
 * reason; every later change needs one and is appended to the log.
 */
export function reviseTargetDate(
  schedule: FindingSchedule,
  change: TargetDateChange,
): Result<FindingSchedule, ScheduleError> {
  if (!isValidCalendarDate(change.to)) {
    return err({
      code: 'INVALID_DATE',
      message: 'the new target date is not a real date',
      field: 'to',
    });
  }
  if (!isValidCalendarDate(change.revisedOn)) {
    return err({
      code: 'INVALID_DATE',
      message: 'the revision date is not a real date',
      field: 'revisedOn',
    });
  }
  const current = schedule.targetDate ?? schedule.originalTargetDate;
  if (current === null) {
    return ok({
      originalTargetDate: change.to,
      targetDate: change.to,
      revisions: schedule.revisions,
    });
  }
  if (change.to === current) {
    return err({
      code: 'SAME_TARGET_DATE',
      message: 'the finding already has this target date',
      field: 'to',
    });
  }
  const reason = change.reason.trim();
  if (reason === '') {
    return err({
      code: 'REASON_REQUIRED',
      message: 'say why the target date is changing',
      field: 'reason',
    });
  }
  if (reason.length > REASON_MAX) {
    return err({
      code: 'REASON_TOO_LONG',
      message: `keep the reason under ${REASON_MAX} characters`,
      field: 'reason',
    });
  }
  const revisedBy = change.revisedBy.trim();
  if (revisedBy === '') {
    return err({
      code: 'REVISED_BY_REQUIRED',
      message: 'a revision must name who made it',
      field: 'revisedBy',
    });
  }
  const revision: TargetDateRevision = {
    from: current,
    to: change.to,
    reason,
    revisedOn: change.revisedOn,
    revisedBy,
  };
  return ok({
    originalTargetDate: schedule.originalTargetDate ?? current,
    targetDate: change.to,
    revisions: [...schedule.revisions, revision],
  });
}

/** How many days the current target is later than the original (negative if brought forward). */
export function slippageDays(
  schedule: Pick<FindingSchedule, 'originalTargetDate' | 'targetDate'>,
): number {
  const { originalTargetDate, targetDate } = schedule;
  return originalTargetDate && targetDate ? daysBetween(originalTargetDate, targetDate) : 0;
}

/** Statuses in which a finding no longer has a deadline to miss. */
const FINISHED: ReadonlySet<FindingStatus> = new Set([
  'closed',
  'superseded',
  'no_longer_applicable',
]);

/** Closed, superseded or no longer applicable: nothing left for its owner to do. */
export function isFinished(status: FindingStatus): boolean {
  return FINISHED.has(status);
}

export interface ScheduledFinding {
  targetDate: CalendarDate | null;
  /** Null where an imported record did not say; treated as still open. */
  status: FindingStatus | null;
}

/** Target date passed (strictly before today) and the finding not closed, superseded or no longer applicable. */
export function isOverdue(finding: ScheduledFinding, today: CalendarDate): boolean {
  const days = daysUntilTarget(finding, today);
  return days !== null && days < 0;
}

/** Target date is today or within the next `days` days, and the finding still open. */
export function isDueSoon(finding: ScheduledFinding, today: CalendarDate, days = 14): boolean {
  const left = daysUntilTarget(finding, today);
  return left !== null && left >= 0 && left <= days;
}

function daysUntilTarget(
  { targetDate, status }: ScheduledFinding,
  today: CalendarDate,
): number | null {
  if (targetDate === null || (status !== null && FINISHED.has(status))) return null;
  return daysBetween(today, targetDate);
}
