import { AppError } from '@irr/domain';
import { z } from 'zod';

/**
 * Paging by position in a fixed order rather than by page number: a cursor holds the sort key of the
 * last row a page showed, and the next page starts after it. A row published or withdrawn meanwhile
 * shifts nothing, so a script walking every page sees each row that stayed once, never twice.
 */

/** One part of a sort key; null sorts last whichever the direction. */
type KeyPart = string | number | null;
export type SortKey = readonly KeyPart[];

export interface KeyOrder<T> {
  /** The row's sort key, ending in something unique so that the order is total. */
  key: (row: T) => SortKey;
  /** Per part, newest first and the like; ascending where not given. */
  descending?: readonly boolean[];
}

/** A cursor as a client sends it back: `cursor` of the next page, absent for the first. */
export const CursorInput = z.string().min(1).max(2000);

/** How many rows a page may hold, and how many it holds when not asked. */
export const PageLimit = z.number().int().min(1).max(100).default(50);

// Numbers (a ref's "R2" before "R10") by value; otherwise a fixed, locale-free order of characters.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'variant' });

function comparePart(a: KeyPart, b: KeyPart): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const byCollator = collator.compare(String(a), String(b));
  return byCollator !== 0 ? byCollator : String(a) < String(b) ? -1 : 1;
}

function compareKeys(a: SortKey, b: SortKey, descending: readonly boolean[] = []): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const byPart = comparePart(a[i] ?? null, b[i] ?? null);
    // Null stays last either way: only a comparison of two values turns round.
    const flipped = descending[i] && a[i] !== null && b[i] !== null ? -byPart : byPart;
    if (flipped !== 0) return flipped;
  }
  return 0;
}

export function encodeCursor(key: SortKey): string {
  return Buffer.from(JSON.stringify(key), 'utf8').toString('base64url');
}

const CursorKey = z.array(z.union([z.string(), z.number(), z.null()]));

/** The key a cursor holds; CURSOR_INVALID when it was not made by a page of this list. */
function decodeCursor(cursor: string, length: number | null): SortKey {
  let parsed: unknown = null;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    // Not base64url JSON: refused below.
  }
  const key = CursorKey.safeParse(parsed);
  if (!key.success || (length !== null && key.data.length !== length)) {
    throw new AppError({
      code: 'CURSOR_INVALID',
      message:
        'cursor is not one this list gave: start again without it and follow each page’s "next"',
      field: 'cursor',
    });
  }
  return key.data;
}

/** The page of `rows` after `cursor` in `order`, and the cursor of the page after it (null at the end). */
export function keysetPage<T>(
  rows: readonly T[],
  order: KeyOrder<T>,
  cursor: string | undefined,
  limit: number,
): { items: T[]; next: string | null } {
  const keyed = rows.map((row) => ({ row, key: order.key(row) }));
  keyed.sort((a, b) => compareKeys(a.key, b.key, order.descending));
  // An empty list has no key to measure a cursor by: any well-formed one gives its empty page.
  const width = keyed[0]?.key.length ?? null;
  const after = cursor === undefined ? null : decodeCursor(cursor, width);
  const start =
    after === null ? 0 : keyed.findIndex((k) => compareKeys(k.key, after, order.descending) > 0);
  const page = start < 0 ? [] : keyed.slice(start, start + limit);
  const more = start >= 0 && start + limit < keyed.length;
  return {
    items: page.map((k) => k.row),
    next: more ? encodeCursor(page[page.length - 1]!.key) : null,
  };
}
