import {
  ACCEPTANCE_LABELS,
  AUDIT_ACTION_LABELS,
  FINDING_KIND_LABELS,
  FINDING_STATUS_LABELS,
  PUBLICATION_STATUS_LABELS,
  formatDateToPrecision,
  formatLongDate,
  type DatePrecision,
} from '@irr/domain';

const LONDON = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
  timeZone: 'Europe/London',
});

/**
 * An instant as the API sends it (an ISO 8601 string), as London's wall-clock time:
 * "7 February 2020 at 14:05" (GMT or BST, whichever London kept that day).
 */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '';
  const part = (type: Intl.DateTimeFormatPartTypes) =>
    LONDON.formatToParts(new Date(value)).find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} at ${part('hour')}:${part('minute')}`;
}

export function formatDate(value: string | null | undefined): string {
  if (!value) return 'not set';
  return formatLongDate(value);
}

/** An update's date no more precisely than it was given: "May 2025" for a month-only one. */
export function formatUpdateDate(value: string | null, precision: DatePrecision): string {
  return value ? formatDateToPrecision(value, precision) : 'Undated';
}

export const STATUS_LABEL: Record<string, string> = {
  ...PUBLICATION_STATUS_LABELS,
  ...FINDING_STATUS_LABELS,
};

export const KIND_LABEL: Record<string, string> = FINDING_KIND_LABELS;

export const ACCEPTANCE_LABEL: Record<string, string> = ACCEPTANCE_LABELS;

/** What an audit event did, in the domain's words: "Changed a finding's owner". */
export function actionLabel(action: string): string {
  const known = (AUDIT_ACTION_LABELS as Record<string, string>)[action];
  if (known) return known;
  // An action from before the domain named it: its words, never its code.
  const words = action.replace(/[._]/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export const label = (map: Record<string, string>, key: string | null | undefined): string =>
  key ? (map[key] ?? key.replace(/_/g, ' ')) : '';
