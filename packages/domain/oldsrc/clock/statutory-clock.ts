import type { z } from 'zod';
import type { CalendarDate } from '../model/index.js';
import { err, ok, type DomainError, type Result } from '../result.js';
import { addDays, compareDates, daysBetween, isValidCalendarDate } from './calendar-date.js';
import { StatutoryClockInput } from './statutory-clock-input.js';

/**
 * Reports published on or after this date must be answered within 56 days: the limit was inserted
 * into s55 Police Act 1996 by the Policing and Crime Act 2017, s.37. Earlier reports carry the duty
 * to respond but no fixed limit.
 */
export const S55_TIME_LIMIT_COMMENCED_ON: CalendarDate = '2017-05-02';

/** "Within 56 days beginning with the day the report was published": day 1 is publication day. */
export const S55_PUBLICATION_PERIOD_DAYS = 56;

export type S55PublicationState =
  | 'not_required'
  | 'no_fixed_limit'
  | 'open'
  | 'due_soon'
  | 'due_today'
  | 'late'
  | 'published'
  | 'published_on_time'
  | 'published_late';

export type ChiefOfficerCommentsState =
  'not_requested' | 'awaited' | 'due_soon' | 'overdue' | 'received' | 'received_late';

export interface StatutoryClock {
  /** Last day for publishing the response; null when the report predates the fixed limit. */
  publicationDueOn: CalendarDate | null;
  /** Days left until `publicationDueOn` while unpublished: 0 on the last day, negative when late. */
  daysRemaining: number | null;
  publicationState: S55PublicationState;
  chiefOfficerCommentsState: ChiefOfficerCommentsState;
  /** Days left until the comments are due while awaited; negative when overdue. */
  chiefOfficerCommentsDaysRemaining: number | null;
  /** Published but not yet sent to HMICFRS / the Home Secretary. */
  sendToHmicfrsOutstanding: boolean;
  sendToHomeSecretaryOutstanding: boolean;
}

export type StatutoryClockErrorCode = 'INVALID_INPUT' | 'DATE_ORDER' | 'CONTRADICTION';

export interface StatutoryClockOptions {
  /** How many days ahead a deadline counts as "due soon". */
  dueSoonDays?: number;
}

/** Last day to publish the s55 response, or null when the report predates the fixed limit. */
export function s55PublicationDueOn(reportPublishedOn: CalendarDate): CalendarDate | null {
  if (compareDates(reportPublishedOn, S55_TIME_LIMIT_COMMENCED_ON) < 0) return null;
  return addDays(reportPublishedOn, S55_PUBLICATION_PERIOD_DAYS - 1);
}

/**
 * Where one report's s55 response stands on `today` (a London calendar date). Refuses inputs
 * that cannot be true, naming the field at fault.
 */
export function computeStatutoryClock(
  input: StatutoryClockInput,
  today: CalendarDate,
  options: StatutoryClockOptions = {},
): Result<StatutoryClock, DomainError<StatutoryClockErrorCode>> {
  const dueSoonDays = options.dueSoonDays ?? 14;
  if (!isValidCalendarDate(today))
    return err({ code: 'INVALID_INPUT', message: 'today is not a date', field: 'today' });
  if (!Number.isSafeInteger(dueSoonDays) || dueSoonDays < 0) {
    return err({
      code: 'INVALID_INPUT',
      message: 'dueSoonDays must be a whole number of days',
      field: 'dueSoonDays',
    });
  }
  const parsed = StatutoryClockInput.safeParse(input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const custom = issue.code === 'custom' ? (issue.params?.code as StatutoryClockErrorCode) : null;
    const code = custom ?? 'INVALID_INPUT';
    return err({ code, message: issue.message, field: issue.path.map(String).join('.') });
  }
  const i = parsed.data;
  const publicationDueOn = s55PublicationDueOn(i.reportPublishedOn);
  const published = i.firstPublishedOn ?? null;
  const daysRemaining =
    publicationDueOn && !published && !i.notRequired ? daysBetween(today, publicationDueOn) : null;

  const commentsDueOn = i.chiefOfficerCommentsDueOn ?? null;
  const commentsAwaited =
    !i.chiefOfficerCommentsReceivedOn && (i.chiefOfficerCommentsRequestedOn || commentsDueOn);
  const commentsDaysRemaining =
    commentsAwaited && commentsDueOn ? daysBetween(today, commentsDueOn) : null;

  return ok({
    publicationDueOn,
    daysRemaining,
    publicationState: publicationState(
      Boolean(i.notRequired),
      publicationDueOn,
      published,
      daysRemaining,
      dueSoonDays,
    ),
    chiefOfficerCommentsState: commentsState(i, commentsDaysRemaining, dueSoonDays),
    chiefOfficerCommentsDaysRemaining: commentsDaysRemaining,
    sendToHmicfrsOutstanding: published !== null && !i.sentToHmicfrsOn,
    sendToHomeSecretaryOutstanding: published !== null && !i.sentToHomeSecretaryOn,
  });
}

function publicationState(
  notRequired: boolean,
  dueOn: CalendarDate | null,
  publishedOn: CalendarDate | null,
  daysRemaining: number | null,
  dueSoonDays: number,
): S55PublicationState {
  if (notRequired) return 'not_required';
  if (publishedOn) {
    if (!dueOn) return 'published';
    return compareDates(publishedOn, dueOn) <= 0 ? 'published_on_time' : 'published_late';
  }
  if (daysRemaining === null) return 'no_fixed_limit';
  if (daysRemaining < 0) return 'late';
  if (daysRemaining === 0) return 'due_today';
  return daysRemaining <= dueSoonDays ? 'due_soon' : 'open';
}

function commentsState(
  i: z.output<typeof StatutoryClockInput>,
  daysRemaining: number | null,
  dueSoonDays: number,
): ChiefOfficerCommentsState {
  const { chiefOfficerCommentsReceivedOn: received, chiefOfficerCommentsDueOn: due } = i;
  if (received) return due && compareDates(received, due) > 0 ? 'received_late' : 'received';
  if (!i.chiefOfficerCommentsRequestedOn && !due) return 'not_requested';
  if (daysRemaining === null) return 'awaited';
  if (daysRemaining < 0) return 'overdue';
  return daysRemaining <= dueSoonDays ? 'due_soon' : 'awaited';
}
