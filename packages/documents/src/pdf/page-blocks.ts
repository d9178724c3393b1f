import type { PageBlock, TableBlock, TableRow, TextBlock } from './blocks.js';
import type { PageLines } from './furniture.js';
import { flowBlocks, joinWrapped, wouldHaveFitted, type DocumentMetrics } from './paragraphs.js';
import { lineText, type Line } from './page-text.js';
import { findTables } from './tables.js';

/** Each page's lines as blocks, in reading order; tables and paragraphs cut by a page break made whole. */
export function documentBlocks(
  pages: readonly PageLines[],
  isLabel: (text: string) => boolean,
): { blocks: PageBlock[]; metrics: DocumentMetrics } {
  const right = bodyRight(pages);
  const metrics = measure(pages, right);
  const blocks: PageBlock[] = [];
  for (const { lines } of pages) {
    const tables = findTables(lines, metrics.pitch, isLabel);
    let next = 0;
    const onPage: PageBlock[] = [];
    const flowUntil = (end: number) => {
      const part = lines.slice(next, end);
      if (part.length > 0) onPage.push(...flowBlocks(part, metrics, right));
    };
    for (const t of tables) {
      flowUntil(t.from);
      onPage.push(t.table);
      next = t.to;
    }
    flowUntil(lines.length);
    for (const block of onPage) appendAcrossPages(blocks, block, right);
  }
  return { blocks, metrics };
}

/** A block that starts a page and carries on the last one of the page before is joined to it. */
function appendAcrossPages(blocks: PageBlock[], block: PageBlock, right: number) {
  const last = blocks[blocks.length - 1];
  if (!last || last.page === block.page || (last.kind === 'table') !== (block.kind === 'table')) {
    blocks.push(block);
    return;
  }
  if (last.kind === 'table' && block.kind === 'table' && sameColumns(last, block)) {
    joinTables(last, block);
    return;
  }
  if (last.kind !== 'table' && block.kind === 'paragraph' && carriesOn(last, block, right)) {
    last.text = joinWrapped(last.text, block.text, new Set());
    last.lines.push(...block.lines);
    return;
  }
  blocks.push(block);
}

function sameColumns(a: TableBlock, b: TableBlock): boolean {
  return (
    a.columns.length === b.columns.length &&
    a.columns.every((x, i) => Math.abs(x - b.columns[i]!) <= 3)
  );
}

const rowText = (cells: Line[][]) => cells.map((c) => c.map(lineText).join(' ')).join('|');

/**
 * The rest of a table on the next page: its repeated header row dropped, and a first row that starts
 * with an empty first cell or a lower-case word, or follows a row cut mid-sentence, is the row the page
 * break cut, so it joins that row.
 */
function joinTables(table: TableBlock, more: TableBlock) {
  const rows = [...more.rows];
  if (rows.length > 0 && rowText(rows[0]!.cells) === rowText(table.rows[0]!.cells)) rows.shift();
  const first = rows[0];
  const cut = table.rows[table.rows.length - 1]!;
  if (
    first &&
    (first.cells[0]!.length === 0 ||
      /^\p{Ll}/u.test(lineText(first.cells[0]![0]!)) ||
      endsMidSentence(table, cut))
  ) {
    first.cells.forEach((lines, c) => cut.cells[c]!.push(...lines));
    rows.shift();
  }
  table.rows.push(...rows);
}

const cellEnd = (lines: readonly Line[]) => lineText(lines[lines.length - 1]!);
const SENTENCE_END = /[.!?:;"”')]$/;

/**
 * The row's text stops short of a sentence's end in a column whose other cells all end one (a
 * finding's or an update's text): the page break cut it. A column of short values (a status, a date)
 * says nothing.
 */
function endsMidSentence(table: TableBlock, cut: TableRow): boolean {
  // Rows of bold text alone are the header row and sub-headings, not findings.
  const others = table.rows.slice(0, -1).filter((r) => r.cells.some((l) => l.some((x) => !x.bold)));
  return cut.cells.some((lines, c) => {
    if (lines.length === 0 || SENTENCE_END.test(cellEnd(lines))) return false;
    const filled = others.map((r) => r.cells[c]!).filter((l) => l.length > 0);
    return filled.length >= 2 && filled.every((l) => SENTENCE_END.test(cellEnd(l)));
  });
}

/**
 * A paragraph cut by the page break: no full stop before the break, and the next page carries on in
 * lower case or its first word would not have fitted on the page's last line.
 */
function carriesOn(last: TextBlock, next: TextBlock, right: number): boolean {
  const lastLine = last.lines[last.lines.length - 1]!;
  return (
    !/[.!?:;"”')]$/.test(last.text) &&
    (/^\p{Ll}/u.test(next.text) || !wouldHaveFitted(lastLine, next.lines[0]!, right)) &&
    Math.abs(last.size - next.size) <= 0.5 &&
    Math.abs(last.textX - next.x) <= 2
  );
}

/**
 * Line pitch of body text and the words the document spells, read once from every page. The pitch is read
 * from wrapped lines of running text (the next line's first word would not have fitted): the closest spacing
 * seen between such lines at least twice. Not the most common one: a full one-line paragraph followed by the next looks
 * wrapped too, and in a web page's one-line paragraphs, spaced apart, those outnumber the lines that
 * really wrap (a paragraph is never closer to the next than its own lines are to each other).
 */
function measure(pages: readonly PageLines[], right: number): DocumentMetrics {
  const all = new Map<number, number>();
  const wrapped = new Map<number, number>();
  const words = new Set<string>();
  for (const { lines } of pages) {
    lines.forEach((line, i) => {
      for (const w of lineText(line).toLowerCase().split(/\s+/)) {
        const word = w.replace(/^[^\p{L}]+|[^\p{L}]+$/gu, '');
        if (word) words.add(word);
      }
      const below = lines[i + 1];
      if (!below || Math.abs(below.size - line.size) > 0.5) return;
      const r = Math.round(((line.y - below.y) / line.size) * 20) / 20;
      if (r < 0.9 || r > 2.5) return;
      all.set(r, (all.get(r) ?? 0) + 1);
      // Running text only: a table's rows (lines of several cells) are spaced as the table likes.
      const running = line.segments.length === 1 && below.segments.length === 1;
      if (running && Math.abs(line.x - below.x) <= 2 && !wouldHaveFitted(line, below, right))
        wrapped.set(r, (wrapped.get(r) ?? 0) + 1);
    });
  }
  // Too few lines to tell: single spacing.
  const pitch = closestOf(wrapped) ?? modeOf(all) ?? 1.15;
  return { pitch, words };
}

/** The smallest ratio seen at least twice (once may be a line squeezed by a superscript). */
function closestOf(ratios: ReadonlyMap<number, number>): number | undefined {
  const seen = [...ratios].filter(([, count]) => count >= 2).map(([r]) => r);
  return seen.length > 0 ? Math.min(...seen) : undefined;
}

/** The most frequent ratio, when it is seen at least five times. */
function modeOf(ratios: ReadonlyMap<number, number>): number | undefined {
  const [mode, count = 0] = [...ratios].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0] ?? [];
  return count >= 5 ? mode : undefined;
}

/** Where body text ends on the right: the widest lines, ignoring the odd line wider than the rest. */
function bodyRight(pages: readonly PageLines[]): number {
  const ends = pages.flatMap((p) => p.lines.map((l) => l.xEnd)).sort((a, b) => a - b);
  return ends[Math.floor(ends.length * 0.9)] ?? 0;
}
