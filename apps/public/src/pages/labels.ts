import { formatLongDate, gradeLabel, type GradeValue } from '@irr/domain';

export const KIND_LABEL: Record<string, string> = {
  recommendation: 'Recommendation',
  cause_of_concern: 'Cause of concern',
  area_for_improvement: 'Area for improvement',
};
export const KIND_PLURAL: Record<string, string> = {
  recommendation: 'Recommendations',
  cause_of_concern: 'Causes of concern',
  area_for_improvement: 'Areas for improvement',
};
export const STATUS_LABEL: Record<string, string> = {
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  closed: 'Closed',
  superseded: 'Superseded',
  no_longer_applicable: 'No longer applicable',
};
export const ACCEPTANCE_LABEL: Record<string, string> = {
  accepted: 'Accepted',
  partially_accepted: 'Partially accepted',
  not_accepted: 'Not accepted',
};
export const TYPE_LABEL: Record<string, string> = {
  peel: 'PEEL',
  thematic: 'Thematic',
  national: 'National',
  joint: 'Joint',
  custody: 'Custody',
  crime_data_integrity: 'Crime data integrity',
  vetting_counter_corruption: 'Vetting and counter-corruption',
  child_protection: 'Child protection',
  fire_and_rescue: 'Fire and rescue',
};
export const AUTHOR_LABEL: Record<string, string> = { force: 'Force update', opcc: 'OPCC update', hmicfrs: 'HMICFRS update' };

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

/** An instant as the London calendar day it fell on. */
export function day(value: Date): string {
  return formatLongDate(value.toLocaleDateString('en-CA', { timeZone: 'Europe/London' }));
}

/** Stable permalinks built from force and report slugs. */
export const to = {
  force: (org: string) => `/forces/${encodeURIComponent(org)}`,
  response: (org: string, report: string, version?: number) =>
    `/forces/${encodeURIComponent(org)}/responses/${encodeURIComponent(report)}${version ? `?version=${version}` : ''}`,
  finding: (org: string, report: string, ref: string) =>
    `/forces/${encodeURIComponent(org)}/responses/${encodeURIComponent(report)}/findings/${encodeURIComponent(ref)}`,
};
