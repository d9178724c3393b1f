import { describe, expect, it } from 'vitest';
import { FINDING_COLUMNS, RESPONSE_COLUMNS, toCsv, type Column } from './data.js';
import { LICENCE } from '@irr/public/server';

type Row = { a: string | null; n: number };
const COLUMNS: Column<Row>[] = [
  { name: 'a', description: '', type: 'string', value: (r) => r.a },
  { name: 'n', description: '', type: 'integer', value: (r) => r.n },
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

describe('the open data columns', () => {
  const cell = <R>(columns: Column<R>[], name: string, row: R) =>
    columns.find((c) => c.name === name)!.value(row, 'http://x');

  it("gives a finding's title and says when its latest update gave only a month", () => {
    const row = {
      title: 'Crime data integrity',
      latestUpdateOn: '2025-05-01',
      latestUpdatePrecision: 'month',
    } as unknown as Parameters<(typeof FINDING_COLUMNS)[number]['value']>[0];
    expect(cell(FINDING_COLUMNS, 'title', row)).toBe('Crime data integrity');
    expect(cell(FINDING_COLUMNS, 'latest_public_update_on', row)).toBe('2025-05-01');
    expect(cell(FINDING_COLUMNS, 'latest_public_update_precision', row)).toBe('month');
  });

  it("gives the office's own document version label as written", () => {
    const row = { documentVersion: 'v1.1' } as unknown as Parameters<
      (typeof RESPONSE_COLUMNS)[number]['value']
    >[0];
    expect(cell(RESPONSE_COLUMNS, 'document_version', row)).toBe('v1.1');
  });

  it('adds the newer columns last, so scripts reading columns by position keep working', () => {
    expect(FINDING_COLUMNS.map((c) => c.name).slice(-7)).toEqual([
      'hmicfrs_status',
      'hmicfrs_status_on',
      'hmicfrs_status_source',
      'title',
      'latest_public_update_precision',
      'reference',
      'name',
    ]);
    expect(RESPONSE_COLUMNS.map((c) => c.name).slice(-2)).toEqual(['url', 'document_version']);
  });
});
