import { formatLongDate, parseHumanDate } from '../clock/index.js';
import { MONTHS } from '../clock/human-date.js';
import type { CalendarDate, DatePrecision } from '../model/index.js';

function monthNumber(word: string): number | null {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (w === 'sept') return 9;
  const i = MONTHS.findIndex((m) => w === m.toLowerCase() || w === m.toLowerCase().slice(0, 3));
  return i < 0 ? null : i + 1;
}

/**
 * An update's date as its label gives it: a day ("12 March 2021", "12/03/2021") or only a month
 * ("July 2023", "Sept 2023"), which is kept as the month's first day with precision 'month'.
 */
export function parseUpdateDate(
  text: string,
): { date: CalendarDate; precision: DatePrecision } | null {
  const t = text.trim().replace(/\s+/g, ' ');
  const day = parseHumanDate(t);
  if (day) return { date: day, precision: 'day' };
  const m = /^([a-z]+\.?),? (\d{4})$/i.exec(t);
  const month = m ? monthNumber(m[1]!) : null;
  if (!m || month === null) return null;
  return { date: `${m[2]}-${String(month).padStart(2, '0')}-01`, precision: 'month' };
}

/** True when a piece of a label could be a date: a digit, or a month's name. */
export function mayBeDate(text: string): boolean {
  return /\d/.test(text) || text.split(/[\s,]+/).some((w) => monthNumber(w) !== null);
}

/** How the renderer writes an update's date: "12 March 2021", or "July 2023" for a month. */
export function formatUpdateDate(date: CalendarDate, precision: DatePrecision): string {
  if (precision === 'day') return formatLongDate(date);
  return `${MONTHS[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
}
