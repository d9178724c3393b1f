import type { CalendarDate } from '../model/common.js';
import type { FindingStatus } from '../model/finding.js';
import { daysBetween } from './calendar-date.js';
import { isFinished, isOverdue } from './finding-schedule.js';
import type { ReportResponseState } from './report-response-state.js';

/** One force's response to one report, as the register judged it, with the year the report came out. */
export interface ComplianceResponse {
  /** The report's publication date; null while it is not recorded (such responses count in no year). */
  reportPublishedOn: CalendarDate | null;
  state: ReportResponseState;
}

/** One published finding: its status and target date, and the days that date its closing. */
export interface ComplianceFinding {
  reportPublishedOn: CalendarDate | null;
  status: FindingStatus;
  targetDate: CalendarDate | null;
  /** The day its response was first published: where the clock of closing starts. */
  respondedOn: CalendarDate | null;
  /** The day it last moved to a finished status (closed, superseded, no longer applicable). */
  finishedOn: CalendarDate | null;
}

/** What the compliance pages count, for a period or a year. */
export interface ComplianceFigures {
  responses: {
    onTime: number;
    late: number;
    /** Overdue and still unpublished. */
    missing: number;
    /** Not yet due. */
    due: number;
    /** Published where no 56-day limit applied, or not required. */
    noLimit: number;
  };
  /** Median days from a report's publication (day 1) to its response's; null with none published. */
  medianDaysToPublish: number | null;
  findings: { open: number; overdue: number; closed: number };
  /** Median days from a response's publication to a finding's closing; null with none closed. */
  medianDaysToClose: number | null;
}

/** A period of report publication dates, both ends included; an open end is unbounded. */
export interface CompliancePeriod {
  from: CalendarDate | null;
  to: CalendarDate | null;
}

export function inPeriod(day: CalendarDate | null, period: CompliancePeriod): boolean {
  if (period.from === null && period.to === null) return true;
  if (day === null) return false;
  return (period.from === null || day >= period.from) && (period.to === null || day <= period.to);
}

function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The figures of responses and findings on `today`: responses on time, late, missing (overdue and
 * unpublished), due and without a limit, the median days to publish (day 1 is the report's day, as the
 * statute counts), findings open, overdue and closed, and the median days a closed finding took.
 */
export function complianceFigures(
  responses: readonly ComplianceResponse[],
  findings: readonly ComplianceFinding[],
  today: CalendarDate,
): ComplianceFigures {
  const r = { onTime: 0, late: 0, missing: 0, due: 0, noLimit: 0 };
  const toPublish: number[] = [];
  for (const { reportPublishedOn, state } of responses) {
    if (state.state === 'published_on_time') r.onTime++;
    else if (state.state === 'published_late') r.late++;
    else if (state.state === 'overdue') r.missing++;
    else if (state.state === 'due') r.due++;
    else r.noLimit++;
    if ('publishedOn' in state && reportPublishedOn)
      toPublish.push(daysBetween(reportPublishedOn, state.publishedOn) + 1);
  }
  const f = { open: 0, overdue: 0, closed: 0 };
  const toClose: number[] = [];
  for (const finding of findings) {
    if (isFinished(finding.status)) {
      f.closed++;
      if (finding.finishedOn && finding.respondedOn)
        toClose.push(Math.max(0, daysBetween(finding.respondedOn, finding.finishedOn)));
    } else {
      f.open++;
      if (isOverdue(finding, today)) f.overdue++;
    }
  }
  return {
    responses: r,
    medianDaysToPublish: median(toPublish),
    findings: f,
    medianDaysToClose: median(toClose),
  };
}

/** The same figures for each year reports came out in, oldest first (reports without a date in none). */
export function complianceByYear(
  responses: readonly ComplianceResponse[],
  findings: readonly ComplianceFinding[],
  today: CalendarDate,
): { year: number; figures: ComplianceFigures }[] {
  const yearOf = (d: CalendarDate | null) => (d ? Number(d.slice(0, 4)) : null);
  const years = [
    ...new Set(
      [...responses, ...findings].flatMap((x) => {
        const y = yearOf(x.reportPublishedOn);
        return y === null ? [] : [y];
      }),
    ),
  ].sort((a, b) => a - b);
  return years.map((year) => ({
    year,
    figures: complianceFigures(
      responses.filter((x) => yearOf(x.reportPublishedOn) === year),
      findings.filter((x) => yearOf(x.reportPublishedOn) === year),
      today,
    ),
  }));
}
