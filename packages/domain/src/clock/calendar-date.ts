import type { CalendarDate } from '../model/index.js';

// Calendar dates are counted as whole days since 1970-01-01 (proleptic Gregorian), so no
// arithmetic here ever passes through a local time zone or a daylight-saving change.

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isLeapYear = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in a month (1-12) of a year. */
function daysInMonth(year: number, month: number): number {
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a year, month and day name a real date within the four-digit years a CalendarDate allows. */
function isRealDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 0 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/** True for a real `YYYY-MM-DD` date: 2020-02-29 is valid, 2021-02-29 and 2021-13-01 are not. */
export function isValidCalendarDate(value: unknown): value is CalendarDate {
  if (typeof value !== 'string') return false;
  const m = ISO_DATE.exec(value);
  return m !== null && isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

/** Builds `YYYY-MM-DD` from parts, or null when the parts are not a real date. */
export function calendarDateOf(year: number, month: number, day: number): CalendarDate | null {
  if (!isRealDate(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The year, month and day of a valid date; throws RangeError otherwise (a programming error). */
export function calendarDateParts(date: CalendarDate): {
  year: number;
  month: number;
  day: number;
} {
  const m = ISO_DATE.exec(date);
  const parts = m && { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  if (!parts || !isRealDate(parts.year, parts.month, parts.day)) {
    throw new RangeError(`not a calendar date: ${JSON.stringify(date)}`);
  }
  return parts;
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil, integer-only). */
function toEpochDay(date: CalendarDate): number {
  const { year, month, day } = calendarDateParts(date);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** The date `epochDay` days after 1970-01-01; throws RangeError outside years 0000-9999. */
function fromEpochDay(epochDay: number): CalendarDate {
  if (!Number.isSafeInteger(epochDay))
    throw new RangeError(`not a whole number of days: ${epochDay}`);
  const z = epochDay + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36524) -
      Math.floor(dayOfEra / 146096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  const date = calendarDateOf(year, month, day);
  if (date === null) throw new RangeError(`day ${epochDay} falls outside years 0000-9999`);
  return date;
}

/** `date` plus `days` (negative to go back): 2021-01-31 + 1 is 2021-02-01. */
export function addDays(date: CalendarDate, days: number): CalendarDate {
  if (!Number.isSafeInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return fromEpochDay(toEpochDay(date) + days);
}

/** `b - a` in days: positive when `b` is later. */
export function daysBetween(a: CalendarDate, b: CalendarDate): number {
  return toEpochDay(b) - toEpochDay(a);
}

/** -1, 0 or 1, for sorting dates in calendar order. */
export function compareDates(a: CalendarDate, b: CalendarDate): -1 | 0 | 1 {
  return Math.sign(daysBetween(b, a)) as -1 | 0 | 1;
}

/** Monday = 1 … Sunday = 7 (ISO 8601). 1970-01-01 was a Thursday. */
export function isoWeekday(date: CalendarDate): number {
  return ((((toEpochDay(date) + 3) % 7) + 7) % 7) + 1;
}

let londonFormat: Intl.DateTimeFormat | undefined;
/**
 * The last answer, by the UTC second it was for: every zone offset is whole seconds, so a second has one
 * London date. A server asks once per public request with the time of day; Intl costs microseconds a call.
 */
let lastLondon: { second: number; date: CalendarDate } | undefined;

/**
 * The calendar date in Europe/London at an instant, whatever the process's own time zone:
 * 2024-06-30T23:30Z is already 1 July in London (BST), 2024-12-31T23:30Z is still 31 December.
 */
export function londonDateOf(instant: Date | string): CalendarDate {
  const at = typeof instant === 'string' ? new Date(instant) : instant;
  if (Number.isNaN(at.getTime())) throw new RangeError(`not an instant: ${String(instant)}`);
  const second = Math.floor(at.getTime() / 1000);
  if (lastLondon?.second === second) return lastLondon.date;
  londonFormat ??= new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London',
    calendar: 'gregory',
    numberingSystem: 'latn',
    era: 'short',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
  });
  const parts = londonFormat.formatToParts(at);
  const value = (type: Intl.DateTimeFormatPartTypes): string =>
    parts.find((p) => p.type === type)?.value ?? '';
  const era = value('era');
  const year = Number(value('year'));
  const date = calendarDateOf(
    era === 'BC' ? 1 - year : year,
    Number(value('month')),
    Number(value('day')),
  );
  if (date === null) throw new RangeError(`instant outside years 0000-9999: ${at.toISOString()}`);
  lastLondon = { second, date };
  return date;
}
