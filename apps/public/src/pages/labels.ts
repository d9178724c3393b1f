import {
  ACCEPTANCE_LABELS,
  FINDING_KIND_LABELS,
  FINDING_STATUS_LABELS,
  INSPECTION_TYPE_LABELS,
  RECORDED_DATE_LABELS,
  REPORT_DETAIL_LABELS,
  formatDateToPrecision,
  formatLongDate,
  gradeLabel,
  publicResponsePath,
  type DatePrecision,
  type GradeValue,
} from '@irr/domain';

export const KIND_LABEL: Record<string, string> = FINDING_KIND_LABELS;
export const KIND_PLURAL: Record<string, string> = {
  recommendation: 'Recommendations',
  cause_of_concern: 'Causes of concern',
  area_for_improvement: 'Areas for improvement',
};
export const STATUS_LABEL: Record<string, string> = FINDING_STATUS_LABELS;
export const ACCEPTANCE_LABEL: Record<string, string> = ACCEPTANCE_LABELS;
export const TYPE_LABEL: Record<string, string> = INSPECTION_TYPE_LABELS;
/** What a correction changed: a recorded date or a detail of the report. */
export const CORRECTED_LABEL: Record<string, string> = {
  ...RECORDED_DATE_LABELS,
  ...REPORT_DETAIL_LABELS,
};
export const AUTHOR_LABEL: Record<string, string> = {
  force: 'Force update',
  opcc: 'OPCC update',
  hmicfrs: 'HMICFRS update',
};

export function label(map: Record<string, string>, value: string | null | undefined): string {
  if (!value) return '';
  return map[value] ?? value.replace(/_/g, ' ');
}

export function grade(value: string | null | undefined): string {
  if (!value) return 'Not graded';
  try {
    return gradeLabel(value as GradeValue);
  } catch {
    return value;
  }
}

export function date(value: string | null | undefined): string {
  return value ? formatLongDate(value) : 'Not given';
}

/** An update's date no more precisely than it was given: "May 2025" for a month-only one. */
export function updateDate(
  value: string | null,
  precision: DatePrecision | null | undefined,
): string {
  return value ? formatDateToPrecision(value, precision ?? 'day') : 'Undated';
}

/** An instant (ISO 8601, as the API sends it) as the London calendar day it fell on. */
export function day(value: string): string {
  return formatLongDate(new Date(value).toLocaleDateString('en-CA', { timeZone: 'Europe/London' }));
}

/** Stable permalinks: a force's, a report's, and a response's and its findings' under their force. */
export const to = {
  force: (org: string) => `/forces/${encodeURIComponent(org)}`,
  report: (report: string) => `/reports/${encodeURIComponent(report)}`,
  response: publicResponsePath,
  finding: (org: string, response: string, ref: string) =>
    `${publicResponsePath(org, response)}/findings/${encodeURIComponent(ref)}`,
  /** The email-alert form for a force, a report or (force, response and finding) a finding. */
  alerts: (follow: { force?: string; report?: string; response?: string; finding?: string }) =>
    `/alerts?${new URLSearchParams(
      Object.entries(follow).flatMap(([k, v]): [string, string][] =>
        v === undefined ? [] : [[k, v]],
      ),
    ).toString()}`,
};
