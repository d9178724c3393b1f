import type { CalendarDate } from '../model/index.js';
import { s55PublicationDueOn } from './statutory-clock.js';

/** What the portal says of a response's s55 deadline: when it was due, when first published, and whether in time. */
export interface PublicationSummary {
  publicationDueOn: CalendarDate | null;
  firstPublishedOn: CalendarDate | null;
  /** Published within the 56 days; null where the report predates the limit or either date is unknown. */
  onTime: boolean | null;
}

/** First published on or before the last day allowed; null when either date is unknown. */
export function publishedOnTime(
  publicationDueOn: CalendarDate | null,
  firstPublishedOn: CalendarDate | null,
): boolean | null {
  if (!publicationDueOn || !firstPublishedOn) return null;
  return firstPublishedOn <= publicationDueOn;
}

export function publicationSummary(
  reportPublishedOn: CalendarDate | null,
  firstPublishedOn: CalendarDate | null,
): PublicationSummary {
  const due = reportPublishedOn ? s55PublicationDueOn(reportPublishedOn) : null;
  return {
    publicationDueOn: due,
    firstPublishedOn,
    onTime: publishedOnTime(due, firstPublishedOn),
  };
}
