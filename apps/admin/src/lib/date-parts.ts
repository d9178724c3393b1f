/** A date as a GOV.UK date input holds it: what was typed in each box. */
export interface DateParts {
  day: string;
  month: string;
  year: string;
}

const NO_DATE: DateParts = { day: '', month: '', year: '' };

/** The boxes for a stored date (`2020-10-02` is day 2, month 10, year 2020); empty for none. */
export function partsOf(iso: string | null | undefined): DateParts {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  return m ? { day: String(Number(m[3])), month: String(Number(m[2])), year: m[1]! } : NO_DATE;
}

export type DateReading =
  { ok: true; value: string | null } | { ok: false; message: string; part: keyof DateParts };

/**
 * What the boxes say, in the GOV.UK pattern's words: nothing typed is no date; day, month and year are
 * read as typed (2 / 10 / 2020 is 2 October 2020, never the American order); a missing part or a day
 * that does not exist is named, with `what` ("Publication date") as the subject.
 */
export function readDateParts(parts: DateParts, what: string): DateReading {
  const day = parts.day.trim();
  const month = parts.month.trim();
  const year = parts.year.trim();
  if (!day && !month && !year) return { ok: true, value: null };
  const missing = (['day', 'month', 'year'] as const).filter((k) => !{ day, month, year }[k]);
  if (missing.length > 0)
    return {
      ok: false,
      message: `${what} must include a ${missing.join(' and ')}`,
      part: missing[0]!,
    };
  if (!/^\d{1,2}$/.test(day))
    return { ok: false, message: `${what} must be a real date`, part: 'day' };
  if (!/^\d{1,2}$/.test(month))
    return { ok: false, message: `${what} must be a real date`, part: 'month' };
  if (!/^\d{4}$/.test(year))
    return { ok: false, message: 'Year must include 4 numbers', part: 'year' };
  const [d, m, y] = [Number(day), Number(month), Number(year)];
  const date = new Date(Date.UTC(y, m - 1, d));
  if (m < 1 || m > 12 || d < 1 || date.getUTCDate() !== d || date.getUTCMonth() !== m - 1)
    return {
      ok: false,
      message: `${what} must be a real date`,
      part: m < 1 || m > 12 ? 'month' : 'day',
    };
  if (y < 1900 || y > 2200)
    return { ok: false, message: `${what} must be between 1900 and 2200`, part: 'year' };
  return {
    ok: true,
    value: `${year}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  };
}
