import type { CalendarDate } from '../model/index.js';
import {
  calendarDateOf,
  calendarDateParts,
  isoWeekday,
  isValidCalendarDate,
} from './calendar-date.js';

/** English month names, January first: the words dates are written in. */
export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
] as const;

const WEEKDAYS = [
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
] as const;

/** Month number for a full name or an abbreviation ("Feb", "Sept"), any case. */
function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((m) => {
    const name = m.toLowerCase();
    return w === name || w === name.slice(0, 3);
  });
  return i < 0 ? null : i + 1;
}

/** ISO weekday (Monday = 1) for a full name or a three-letter abbreviation, any case. */
function weekdayNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  const i = WEEKDAYS.findIndex((d) => w === d || w === d.slice(0, 3));
  return i < 0 ? null : i + 1;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;
const NUMERIC_UK = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
// [weekday[,]] day[st|nd|rd|th] month year
const WRITTEN = /^(?:([a-z]+\.?),?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+\.?)\s+(\d{4})$/i;

/**
 * Reads a date as people write them in UK records: "7 February 2020", "7th February 2020",
 * "Friday 7 February 2020", "7 Feb 2020", "07/02/2020" (day first) and "2020-02-07".
 * Null for anything else, for dates that do not exist (31 April), and when a stated
 * weekday disagrees with the date, since then we cannot tell which part is the mistake.
 */
export function parseHumanDate(text: string): CalendarDate | null {
  const t = text.trim().replace(/\s+/g, ' ');
  if (ISO.test(t)) return isValidCalendarDate(t) ? t : null;

  const numeric = NUMERIC_UK.exec(t);
  if (numeric) return calendarDateOf(Number(numeric[3]), Number(numeric[2]), Number(numeric[1]));

  const written = WRITTEN.exec(t);
  if (!written) return null;
  const [, weekdayWord, dayText, monthWord, yearText] = written;
  const month = monthNumber(monthWord ?? '');
  if (month === null) return null;
  const date = calendarDateOf(Number(yearText), month, Number(dayText));
  if (date === null || weekdayWord === undefined) return date;
  return weekdayNumber(weekdayWord) === isoWeekday(date) ? date : null;
}

/** "7 February 2020": how records and the portal write a date; `parseHumanDate` reads it back. */
export function formatLongDate(date: CalendarDate): string {
  const { year, month, day } = calendarDateParts(date);
  return `${day} ${MONTHS[month - 1]} ${String(year).padStart(4, '0')}`;
}
