import { describe, expect, it } from 'vitest';
import { AppError } from '@irr/domain';
import { encodeCursor, keysetPage, type KeyOrder } from './keyset-page.js';

interface Row {
  on: string | null;
  ref: string;
}
const order: KeyOrder<Row> = { key: (r) => [r.on, r.ref], descending: [true] };

/** Every page from the first, following `next`, with `change` applied to the rows after the first page. */
function walk(rows: Row[], limit: number, change: (rows: Row[]) => Row[] = (r) => r): Row[] {
  const seen: Row[] = [];
  let cursor: string | undefined;
  let current = rows;
  for (let pages = 0; pages < 100; pages++) {
    const { items, next } = keysetPage(current, order, cursor, limit);
    seen.push(...items);
    if (next === null) return seen;
    cursor = next;
    current = change(current);
  }
  throw new Error('no last page');
}

const rows: Row[] = [
  { on: '2024-01-02', ref: 'R10' },
  { on: null, ref: 'R1' },
  { on: '2025-05-01', ref: 'R2' },
  { on: '2024-01-02', ref: 'R2' },
  { on: '2023-07-07', ref: 'AFI1' },
];

describe('paging by cursor', () => {
  it('gives every row once in the order (newest first, undated last, R2 before R10)', () => {
    expect(walk(rows, 2).map((r) => `${r.on ?? '-'} ${r.ref}`)).toEqual([
      '2025-05-01 R2',
      '2024-01-02 R2',
      '2024-01-02 R10',
      '2023-07-07 AFI1',
      '- R1',
    ]);
    expect(keysetPage(rows, order, undefined, 5).next).toBeNull();
  });

  it('neither repeats nor skips a row that stayed when rows are added or removed between pages', () => {
    const added = walk(rows, 2, (r) => [
      ...r.filter((x) => x.ref !== 'AFI1' || x.on !== '2023-07-07'),
      { on: '2026-01-01', ref: 'R1' },
      { on: '2024-01-02', ref: 'R3' },
    ]);
    const refs = added.map((r) => `${r.on ?? '-'} ${r.ref}`);
    expect(new Set(refs).size).toBe(refs.length);
    // Before the cursor: not shown; after it: shown once; the one removed: gone.
    expect(refs).not.toContain('2026-01-01 R1');
    expect(refs).toContain('2024-01-02 R3');
    expect(refs).not.toContain('2023-07-07 AFI1');
    for (const kept of ['2025-05-01 R2', '2024-01-02 R2', '2024-01-02 R10', '- R1']) {
      expect(refs).toContain(kept);
    }
  });

  it('refuses a cursor it did not make, naming the field', () => {
    for (const bad of ['not a cursor', encodeCursor(['only one part']), 'e30', '%%%']) {
      let error: unknown = null;
      try {
        keysetPage(rows, order, bad, 2);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(AppError);
      expect(error).toMatchObject({ code: 'CURSOR_INVALID', field: 'cursor' });
    }
  });

  it('answers an empty page after the last row, and for an empty list', () => {
    const last = encodeCursor([null, 'R1']);
    expect(keysetPage(rows, order, last, 2)).toEqual({ items: [], next: null });
    expect(keysetPage([], order, last, 2)).toEqual({ items: [], next: null });
  });
});
