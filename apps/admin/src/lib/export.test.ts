import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from './export';

describe('CSV export', () => {
  it('quotes fields, doubles quotes and keeps line breaks inside a field', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x "y"', 'line 1\nline 2'],
          [null, 3],
        ],
      ),
    ).toBe('"a","b"\r\n"x ""y""","line 1\nline 2"\r\n"","3"\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('-1+2')).toBe('"\'-1+2"');
    expect(csvCell('plain')).toBe('"plain"');
  });
});
