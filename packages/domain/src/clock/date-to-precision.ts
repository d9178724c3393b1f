import type { CalendarDate, DatePrecision } from '../model/index.js';
import { calendarDateParts } from './calendar-date.js';
import { formatLongDate } from './human-date.js';

/**
 * A date written no more precisely than its source gave it: "7 February 2020" for a day, "May 2025"
 * for a month (stored as its 1st, which must never be shown as "1 May 2025").
 */
export function formatDateToPrecision(date: CalendarDate, precision: DatePrecision): string {
  const long = formatLongDate(date);
  return precision === 'month' ? long.slice(long.indexOf(' ') + 1) : long;
}

/** The 1st of the date's month: how a month-precision date is stored whatever day was picked. */
export function startOfMonth(date: CalendarDate): CalendarDate {
  const { day } = calendarDateParts(date);
  return day === 1 ? date : `${date.slice(0, 8)}01`;
}
