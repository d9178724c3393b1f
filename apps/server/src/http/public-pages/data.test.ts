import { describe, expect, it } from 'vitest';
import { toCsv, type Column } from './data.js';
import { LICENCE } from '@irr/public/server';

type Row = { a: string | null; n: number };
const COLUMNS: Column<Row>[] = [
  { name: 'a', description: '', value: (r) => r.a },
  { name: 'n', description: '', value: (r) => r.n },
];

describe('CSV downloads', () => {
  it('quotes what needs quoting, keeps formulas from running, and states the licence on every row', () => {
    const csv = toCsv(
      COLUMNS,
      [
        { a: 'plain', n: 1 },
        { a: 'has, comma and "quotes"\nand a line', n: -2 },
        { a: '=HYPERLINK("x")', n: 3 },
        { a: null, n: 0 },
      ],
      'http://x',
    );
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('a,n,licence');
    expect(lines[1]).toBe(`plain,1,${LICENCE}`);
    expect(csv).toContain('"has, comma and ""quotes""\nand a line",-2,');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",3,${LICENCE}`);
    expect(csv).toContain(`\r\n,0,${LICENCE}\r\n`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});
