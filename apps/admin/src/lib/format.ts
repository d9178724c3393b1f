import {
  ACCEPTANCE_LABELS,
  FINDING_KIND_LABELS,
  FINDING_STATUS_LABELS,
  PUBLICATION_STATUS_LABELS,
  formatDateToPrecision,
  formatLongDate,
  type DatePrecision,
} from '@irr/domain';

/** An instant as the API sends it (an ISO 8601 string), as London's wall-clock time. */
export function formatInstant(value: string | null | undefined): string {
  if (!value) return '';
  return new Date(value).toLocaleString('en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone: 'Europe/London',
  });
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

export const label = (map: Record<string, string>, key: string | null | undefined): string =>
  key ? (map[key] ?? key.replace(/_/g, ' ')) : '';
