import { describe, expect, it } from 'vitest';
import { partsOf, readDateParts } from './date-parts';

const read = (day: string, month: string, year: string) =>
  readDateParts({ day, month, year }, 'Publication date');

describe('a date typed as day, month and year', () => {
  it('reads 2 / 10 / 2020 as 2 October 2020, never the American order', () => {
    expect(read('2', '10', '2020')).toEqual({ ok: true, value: '2020-10-02' });
    expect(read(' 07 ', '2', '2020')).toEqual({ ok: true, value: '2020-02-07' });
  });

  it('is no date when nothing is typed', () => {
    expect(read('', ' ', '')).toEqual({ ok: true, value: null });
  });

  it('names what is missing or wrong, and the box to fix', () => {
    expect(read('2', '', '2020')).toEqual({
      ok: false,
      message: 'Publication date must include a month',
      part: 'month',
    });
    expect(read('', '', '2020')).toMatchObject({
      message: 'Publication date must include a day and month',
      part: 'day',
    });
    expect(read('31', '2', '2020')).toMatchObject({
      message: 'Publication date must be a real date',
      part: 'day',
    });
    expect(read('1', '13', '2020')).toMatchObject({ part: 'month' });
    expect(read('1', '1', '20')).toMatchObject({
      message: 'Year must include 4 numbers',
      part: 'year',
    });
    expect(read('x', '1', '2020')).toMatchObject({ part: 'day' });
    expect(read('29', '2', '2024')).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('shows a stored date in its boxes', () => {
    expect(partsOf('2020-10-02')).toEqual({ day: '2', month: '10', year: '2020' });
    expect(partsOf(null)).toEqual({ day: '', month: '', year: '' });
  });
});
