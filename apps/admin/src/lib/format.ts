import { formatLongDate } from '@irr/domain';

/** Dates arrive as ISO strings over JSON (no transformer), though the router's types say Date. */
export function formatInstant(value: Date | string | null | undefined): string {
  if (!value) return '';
  const d = value instanceof Date ? value : new Date(value);
  return d.toLocaleString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone: 'Europe/London' });
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return 'not set';
  return formatLongDate(value);
}

export const STATUS_LABEL: Record<string, string> = {
  draft: 'Draft',
  in_review: 'In review',
  approved: 'Approved',
  published: 'Published',
  withdrawn: 'Withdrawn',
  not_started: 'Not started',
  in_progress: 'In progress',
  completed: 'Completed',
  closed: 'Closed',
  superseded: 'Superseded',
  no_longer_applicable: 'No longer applicable',
};

export const KIND_LABEL: Record<string, string> = {
  recommendation: 'Recommendation',
  cause_of_concern: 'Cause of concern',
  area_for_improvement: 'Area for improvement',
};

export const ACCEPTANCE_LABEL: Record<string, string> = {
  accepted: 'Accepted',
  partially_accepted: 'Partially accepted',
  not_accepted: 'Not accepted',
};

export const label = (map: Record<string, string>, key: string | null | undefined): string => (key ? (map[key] ?? key.replace(/_/g, ' ')) : '');
