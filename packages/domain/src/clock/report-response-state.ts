import { z } from 'zod';
import { CalendarDate } from '../model/common.js';
import type { OrganisationKind } from '../model/organisation.js';
import { daysBetween } from './calendar-date.js';
import { s55PublicationDueOn } from './statutory-clock.js';

/** Why a force's response to a report has no 56-day deadline (labels: NO_TIME_LIMIT_REASON_LABELS). */
export const NoTimeLimitReason = z.enum([
  'fire_service',
  'before_time_limit',
  'report_date_unknown',
  'office_recorded',
]);
export type NoTimeLimitReason = z.infer<typeof NoTimeLimitReason>;

const Days = z.number().int().nonnegative();

/**
 * Where one force's response to a report stands on the register of reports: published (on time, late by
 * `daysLate`, or where no limit applied), due (`daysLeft`, 0 on the last day), overdue and unpublished, or
 * not required / no fixed time limit, with the reason.
 */
export const ReportResponseState = z.discriminatedUnion('state', [
  z.object({
    state: z.literal('published_on_time'),
    publishedOn: CalendarDate,
    dueOn: CalendarDate,
  }),
  z.object({
    state: z.literal('published_late'),
    publishedOn: CalendarDate,
    dueOn: CalendarDate,
    daysLate: Days,
  }),
  z.object({
    state: z.literal('published_no_limit'),
    publishedOn: CalendarDate,
    reason: NoTimeLimitReason,
  }),
  z.object({ state: z.literal('due'), dueOn: CalendarDate, daysLeft: Days }),
  z.object({ state: z.literal('overdue'), dueOn: CalendarDate, daysOverdue: Days }),
  z.object({ state: z.literal('not_required'), reason: NoTimeLimitReason }),
  z.object({ state: z.literal('no_fixed_limit'), reason: NoTimeLimitReason }),
]);
export type ReportResponseState = z.infer<typeof ReportResponseState>;

/** What the register knows of one force's response to one report. */
export interface ReportResponseFacts {
  organisationKind: OrganisationKind;
  /** The report's publication date; null while it is not recorded. */
  reportPublishedOn: CalendarDate | null;
  /** The day the response's first version was published; null while it never was. */
  firstPublishedOn: CalendarDate | null;
  /** The office recorded that no response is required (only read while unpublished). */
  notRequired: boolean;
}

/**
 * The state of a force's response to a report on `today` (a London calendar date). Only police forces
 * have the s55 duty to publish within 56 days (day 1 is the report's publication day), and only for
 * reports published on or after 2 May 2017: a fire and rescue service or an earlier report is never
 * counted late or overdue.
 */
export function reportResponseState(
  facts: ReportResponseFacts,
  today: CalendarDate,
): ReportResponseState {
  const fire = facts.organisationKind === 'fire_service';
  const dueOn = facts.reportPublishedOn ? s55PublicationDueOn(facts.reportPublishedOn) : null;
  const noLimit: NoTimeLimitReason | null = fire
    ? 'fire_service'
    : !facts.reportPublishedOn
      ? 'report_date_unknown'
      : !dueOn
        ? 'before_time_limit'
        : null;
  const publishedOn = facts.firstPublishedOn;
  if (publishedOn) {
    if (noLimit || !dueOn)
      return { state: 'published_no_limit', publishedOn, reason: noLimit ?? 'before_time_limit' };
    const late = daysBetween(dueOn, publishedOn);
    return late > 0
      ? { state: 'published_late', publishedOn, dueOn, daysLate: late }
      : { state: 'published_on_time', publishedOn, dueOn };
  }
  if (fire) return { state: 'not_required', reason: 'fire_service' };
  if (facts.notRequired) return { state: 'not_required', reason: 'office_recorded' };
  if (noLimit || !dueOn) return { state: 'no_fixed_limit', reason: noLimit ?? 'before_time_limit' };
  const left = daysBetween(today, dueOn);
  return left >= 0
    ? { state: 'due', dueOn, daysLeft: left }
    : { state: 'overdue', dueOn, daysOverdue: -left };
}
