import { lineText, type Line } from './page-text.js';

/** Running headers and footers sit in the top or bottom this share of the page. */
const BAND = 0.12;

/** "3", "Page 3", "Page 3 of 7", "- 3 -", "3 / 7", "p. 3". */
const PAGE_NUMBER =
  /^(?:(?:page|p\.?|tudalen)\s*)?[-–—]?\s*\d{1,4}\s*[-–—]?(?:\s*(?:of|\/|o)\s*\d{1,4})?$/i;

export interface PageLines {
  page: number;
  height: number;
  lines: Line[];
}

/**
 * Lines that are page furniture, not content: a page number at the top or bottom of a page, and a line
 * repeated at the same place in the top or bottom band of most pages (digits ignored, so "Page 2 of 7"
 * and a dated running header match their siblings) and not said in the body too. Returns the pages without them and how many went.
 */
export function withoutFurniture(pages: readonly PageLines[]): {
  pages: PageLines[];
  removed: { page: number; count: number }[];
} {
  const textKey = (l: Line) => lineText(l).replace(/\d+/g, '#').toLowerCase();
  const key = (l: Line) => `${Math.round(l.y / 3)}|${textKey(l)}`;
  // Text the body also says away from the page's edges is content a page break put at the top of two
  // pages ("Acceptance: Accepted" before a finding's response), not a running header.
  const inBody = new Set(
    pages.flatMap((p) => p.lines.filter((l) => !inBand(l, p.height)).map(textKey)),
  );
  // A table's header row repeats at the top of each page it runs onto: that is the table's, not furniture.
  const repeatable = (l: Line, height: number) => inBand(l, height) && l.segments.length < 3;
  const seen = new Map<string, number>();
  for (const p of pages) {
    const keys = new Set(p.lines.filter((l) => repeatable(l, p.height)).map(key));
    for (const k of keys) seen.set(k, (seen.get(k) ?? 0) + 1);
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length / 2));
  const removed: { page: number; count: number }[] = [];
  const kept = pages.map((p) => {
    const lines = p.lines.filter(
      (l, i) =>
        !(
          (repeatable(l, p.height) &&
            (seen.get(key(l)) ?? 0) >= repeatedOn &&
            !inBody.has(textKey(l))) ||
          (inBand(l, p.height) && isPageNumber(l) && isOutermost(p.lines, i))
        ),
    );
    if (lines.length < p.lines.length)
      removed.push({ page: p.page, count: p.lines.length - lines.length });
    return { ...p, lines };
  });
  return { pages: kept, removed };
}

function inBand(line: Line, height: number): boolean {
  return line.y > height * (1 - BAND) || line.y < height * BAND;
}

function isPageNumber(line: Line): boolean {
  return PAGE_NUMBER.test(lineText(line).trim());
}

/** A page number is the first or last line of its page, or next to a line that is (header and number). */
function isOutermost(lines: readonly Line[], i: number): boolean {
  return i <= 1 || i >= lines.length - 2;
}
