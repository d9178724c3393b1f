import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addDays,
  compareDates,
  daysBetween,
  isValidCalendarDate,
  londonDateOf,
} from './calendar-date.js';

/** Any real date in the years a CalendarDate allows, drawn independently of our own arithmetic. */
const anyDate = fc
  .date({
    min: new Date('0000-01-01T00:00:00Z'),
    max: new Date('9999-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

describe('addDays', () => {
  it('crosses month and year ends', () => {
    expect(addDays('2021-01-31', 1)).toBe('2021-02-01');
    expect(addDays('2021-02-28', 1)).toBe('2021-03-01');
    expect(addDays('2020-02-28', 1)).toBe('2020-02-29');
    expect(addDays('2020-12-31', 1)).toBe('2021-01-01');
    expect(addDays('2021-03-01', -1)).toBe('2021-02-28');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('agrees with UTC date arithmetic', () => {
    fc.assert(
      fc.property(anyDate, fc.integer({ min: -20_000, max: 20_000 }), (date, n) => {
        const expected = new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000);
        fc.pre(expected.getUTCFullYear() >= 0 && expected.getUTCFullYear() <= 9999);
        expect(addDays(date, n)).toBe(expected.toISOString().slice(0, 10));
      }),
    );
  });

  it('is undone by daysBetween', () => {
    fc.assert(
      fc.property(anyDate, anyDate, (a, b) => {
        expect(addDays(a, daysBetween(a, b))).toBe(b);
        expect(daysBetween(a, addDays(a, 0))).toBe(0);
      }),
    );
  });

  it('refuses results outside four-digit years and impossible inputs', () => {
    expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    expect(() => addDays('2021-02-29', 1)).toThrow(RangeError);
    expect(() => addDays('2021-02-01', 1.5)).toThrow(RangeError);
  });
});

describe('daysBetween and compareDates', () => {
  it('counts b - a in days', () => {
    expect(daysBetween('2020-02-07', '2020-04-02')).toBe(55);
    expect(daysBetween('2020-04-02', '2020-02-07')).toBe(-55);
    expect(daysBetween('2019-01-01', '2020-01-01')).toBe(365);
    expect(daysBetween('2020-01-01', '2021-01-01')).toBe(366);
  });

  it('orders dates', () => {
    expect(compareDates('2020-02-07', '2020-04-02')).toBe(-1);
    expect(compareDates('2020-04-02', '2020-04-02')).toBe(0);
    expect(compareDates('2021-01-01', '2020-12-31')).toBe(1);
    expect(['2021-01-01', '0999-05-01', '2020-12-31'].sort(compareDates)).toEqual([
      '0999-05-01',
      '2020-12-31',
      '2021-01-01',
    ]);
  });
});

describe('isValidCalendarDate', () => {
  it('accepts real dates only', () => {
    expect(isValidCalendarDate('2020-02-29')).toBe(true);
    expect(isValidCalendarDate('2000-02-29')).toBe(true);
    expect(isValidCalendarDate('2019-02-29')).toBe(false);
    expect(isValidCalendarDate('2021-02-29')).toBe(false);
    expect(isValidCalendarDate('1900-02-29')).toBe(false);
    expect(isValidCalendarDate('2021-04-31')).toBe(false);
    expect(isValidCalendarDate('2021-13-01')).toBe(false);
    expect(isValidCalendarDate('2021-00-10')).toBe(false);
    expect(isValidCalendarDate('2021-1-5')).toBe(false);
    expect(isValidCalendarDate('2021-01-05T00:00:00Z')).toBe(false);
    expect(isValidCalendarDate(20210105)).toBe(false);
  });
});

describe('londonDateOf', () => {
  it.each([
    // GMT: London's date is the UTC date.
    ['2024-01-15T23:59:59Z', '2024-01-15'],
    ['2024-12-31T23:30:00Z', '2024-12-31'],
    // BST begins 01:00 UTC on Sunday 31 March 2024.
    ['2024-03-30T23:30:00Z', '2024-03-30'],
    ['2024-03-31T00:30:00Z', '2024-03-31'],
    ['2024-03-31T23:30:00Z', '2024-04-01'],
    // BST: from 23:00 UTC London is already on the next day.
    ['2024-06-30T22:59:59Z', '2024-06-30'],
    ['2024-06-30T23:30:00Z', '2024-07-01'],
    // BST ends 01:00 UTC on Sunday 27 October 2024.
    ['2024-10-26T23:30:00Z', '2024-10-27'],
    ['2024-10-27T23:30:00Z', '2024-10-27'],
    ['2023-10-28T23:00:00Z', '2023-10-29'],
    ['2023-10-29T23:00:00Z', '2023-10-29'],
    // Offsets in the input are honoured.
    ['2024-07-01T00:30:00+02:00', '2024-06-30'],
  ])('%s is %s in London', (instant, expected) => {
    expect(londonDateOf(instant)).toBe(expected);
    expect(londonDateOf(new Date(instant))).toBe(expected);
  });

  it('answers each instant for itself when asked again and again across midnight', () => {
    // Last second of 30 June in London (BST), its first of 1 July, and back: one remembered answer per second.
    const instants = [
      ['2024-06-30T22:59:59.000Z', '2024-06-30'],
      ['2024-06-30T22:59:59.999Z', '2024-06-30'],
      ['2024-06-30T23:00:00.000Z', '2024-07-01'],
      ['2024-06-30T23:00:00.500Z', '2024-07-01'],
      ['2024-06-30T22:59:59.999Z', '2024-06-30'],
      // Before 1847 London kept its own mean time, 1 min 15 s behind UTC.
      ['1800-01-01T00:01:14.000Z', '1799-12-31'],
      ['1800-01-01T00:01:15.000Z', '1800-01-01'],
    ] as const;
    for (const [instant, expected] of instants)
      expect(londonDateOf(new Date(instant))).toBe(expected);
  });

  it('refuses what is not an instant', () => {
    expect(() => londonDateOf('next Tuesday')).toThrow(RangeError);
  });
});
