import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatDateToPrecision, startOfMonth } from './date-to-precision.js';
import { parseHumanDate } from './human-date.js';

describe('formatDateToPrecision', () => {
  it('writes a day-precision date in full', () => {
    expect(formatDateToPrecision('2020-02-07', 'day')).toBe('7 February 2020');
    expect(formatDateToPrecision('2025-05-01', 'day')).toBe('1 May 2025');
  });

  it('writes a month-precision date as its month and year, never as the 1st', () => {
    expect(formatDateToPrecision('2025-05-01', 'month')).toBe('May 2025');
    expect(formatDateToPrecision('2023-07-01', 'month')).toBe('July 2023');
    expect(formatDateToPrecision('0999-12-01', 'month')).toBe('December 0999');
  });

  it('reads back to the same date when written by day', () => {
    const dates = fc
      .date({ min: new Date('1900-01-01'), max: new Date('2100-12-31'), noInvalidDate: true })
      .map((d) => d.toISOString().slice(0, 10));
    fc.assert(
      fc.property(dates, (date) => {
        expect(parseHumanDate(formatDateToPrecision(date, 'day'))).toBe(date);
        expect(formatDateToPrecision(date, 'month')).not.toMatch(/^\d/);
      }),
    );
  });
});

describe('startOfMonth', () => {
  it('moves a date to the 1st of its month', () => {
    expect(startOfMonth('2025-05-17')).toBe('2025-05-01');
    expect(startOfMonth('2024-02-29')).toBe('2024-02-01');
    expect(startOfMonth('2025-05-01')).toBe('2025-05-01');
  });

  it('refuses what is not a calendar date', () => {
    expect(() => startOfMonth('2025-02-30')).toThrow(RangeError);
  });
});
