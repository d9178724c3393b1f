import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatLongDate, parseHumanDate } from './human-date.js';

describe('parseHumanDate', () => {
  it.each([
    '7 February 2020',
    '7th February 2020',
    'Friday 7 February 2020',
    'Friday, 7th February 2020',
    'Fri 7 Feb 2020',
    '07/02/2020',
    '7/2/2020',
    '7 Feb 2020',
    '7 feb. 2020',
    '07 FEBRUARY 2020',
    '  7   February\t2020 ',
    '2020-02-07',
  ])('reads "%s" as 7 February 2020', (text) => {
    expect(parseHumanDate(text)).toBe('2020-02-07');
  });

  it('reads day before month in numeric dates', () => {
    expect(parseHumanDate('02/07/2020')).toBe('2020-07-02');
    expect(parseHumanDate('13/01/2021')).toBe('2021-01-13');
    expect(parseHumanDate('1st September 2021')).toBe('2021-09-01');
    expect(parseHumanDate('22nd Sept 2021')).toBe('2021-09-22');
    expect(parseHumanDate('29 February 2020')).toBe('2020-02-29');
  });

  it.each([
    '29 February 2021',
    '31 April 2020',
    '01/13/2021',
    '2021-02-29',
    '0 March 2020',
    'February 7, 2020',
    '7 February 20',
    '07/02/20',
    '07-02-2020',
    '7 Febtember 2020',
    'Monday 7 February 2020',
    '7 February 2020 at noon',
    'Autumn 2020',
    '',
  ])('refuses "%s"', (text) => {
    expect(parseHumanDate(text)).toBeNull();
  });
});

describe('formatLongDate', () => {
  it('writes the day without padding and the month in full', () => {
    expect(formatLongDate('2020-02-07')).toBe('7 February 2020');
    expect(formatLongDate('2017-12-25')).toBe('25 December 2017');
    expect(formatLongDate('2024-02-29')).toBe('29 February 2024');
  });

  it('is read back by parseHumanDate for every date', () => {
    const anyDate = fc
      .date({
        min: new Date('0000-01-01T00:00:00Z'),
        max: new Date('9999-12-31T00:00:00Z'),
        noInvalidDate: true,
      })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(anyDate, (date) => {
        expect(parseHumanDate(formatLongDate(date))).toBe(date);
      }),
    );
  });

  it('refuses what is not a date', () => {
    expect(() => formatLongDate('2021-02-29')).toThrow(RangeError);
  });
});
