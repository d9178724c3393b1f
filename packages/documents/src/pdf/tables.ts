import type { TableBlock, TableRow } from './blocks.js';
import { listMarker } from './markers.js';
import { lineText, type Line, type Segment } from './page-text.js';

/** How far a segment may start from its column's edge and still be in it. */
const ALIGN = 3;

export interface Region {
  from: number;
  to: number;
  table: TableBlock;
}

/**
 * Tables on a page, found from aligned columns: runs of lines parted by wide gaps whose segments start at
 * the same x. A table needs two such lines, or one whose first segment is a header field's label (the
 * record's "Force    Staffordshire" laid out with a tab). Lines of a wrapping cell join the region when they
 * start in a column; one in the first column only when it is close to the line above (the label cell's
 * second line), since a first-column line after a gap is the body text that follows the table.
 */
export function findTables(
  lines: readonly Line[],
  pitch: number,
  isLabel: (text: string) => boolean,
): Region[] {
  const regions: Region[] = [];
  for (let i = 0; i < lines.length; i++) {
    const start = lines[i]!;
    if (!isTableLine(start)) continue;
    const columns = start.segments.map((s) => s.x);
    // "Label<tab>value" whose value wraps back to the margin, as a tab stop lays it out.
    const labelled = start.segments.length === 2 && isLabel(start.segments[0]!.text);
    let multi = 1;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      const above = lines[j - 1]!;
      const gap = above.y - line.y;
      if (gap > 3.5 * line.size) break;
      if (isTableLine(line)) {
        if (!line.segments.every((s) => near(columns, s.x))) break;
        multi++;
        continue;
      }
      const column = columnOf(columns, line.x);
      if (column === null) break;
      if (column !== 0 || labelled) {
        if (
          column === 0 &&
          gap > line.size * pitch * 1.25 + 0.5 &&
          !besideValue(lines, j, columns, pitch)
        )
          break;
        continue;
      }
      // A first-column line after a row's gap: a row spanning the table (a sub-heading) when the
      // table's rows carry on right after it, else the text that follows the table.
      if (
        gap > line.size * pitch * 1.25 + 0.5 &&
        !spansRow(lines, j, columns, start) &&
        !besideValue(lines, j, columns, pitch)
      )
        break;
      if (gap <= line.size * pitch * 1.25 + 0.5 && line.xEnd > columns[1]! - ALIGN) break;
    }
    if (multi >= 2 || labelled) {
      const from = rowsAbove(lines, i, columns, pitch, regions[regions.length - 1]?.to ?? 0);
      const table = toTable(lines.slice(from, j), columns, pitch, isLabel, labelled);
      if (table.columns.length >= 2) regions.push({ from, to: j, table });
      i = j - 1;
    }
  }
  return regions;
}

/**
 * Where the table starts: rows above its first two-column line whose label and value share no baseline (a
 * wrapped label beside a one-line value, centred upright, as at the top of a page the table carries on to).
 * Each such row, parted from the next by a gap, has a short first-column line and a line in a later column.
 */
function rowsAbove(
  lines: readonly Line[],
  i: number,
  columns: readonly number[],
  pitch: number,
  floor: number,
): number {
  let from = i;
  let k = i - 1;
  while (k >= floor) {
    let top = k;
    let label = false;
    let value = false;
    for (; top >= floor; top--) {
      const line = lines[top]!;
      const column = columnOf(columns, line.x);
      if (column === null || !near(columns, line.x) || line.segments.length > 1) return from;
      if (column === 0 && line.xEnd > columns[1]! - ALIGN) return from;
      if (column === 0) label = true;
      else value = true;
      const above = lines[top - 1];
      if (!above || above.y - line.y > line.size * pitch * 1.25 + 0.5) break;
    }
    const below = lines[k + 1]!;
    if (!label || !value || top < floor || lines[k]!.y - below.y > 3.5 * below.size) return from;
    from = top;
    k = top - 1;
  }
  return from;
}

/** The line is one short line, and the next is a row of the same columns, not the header row again. */
function spansRow(lines: readonly Line[], j: number, columns: readonly number[], first: Line) {
  const next = lines[j + 1];
  return (
    next !== undefined &&
    lines[j]!.y - next.y <= 3.5 * next.size &&
    isTableLine(next) &&
    next.segments.every((s) => near(columns, s.x)) &&
    lineText(next) !== lineText(first)
  );
}

/**
 * A label cell whose value starts just below its first line, not on it: the cells' baselines are offset
 * (a bold label's line height, a value cell's top padding), so label and value lines alternate.
 */
function besideValue(lines: readonly Line[], j: number, columns: readonly number[], pitch: number) {
  const line = lines[j]!;
  const next = lines[j + 1];
  if (next === undefined || line.xEnd > columns[1]! - ALIGN) return false;
  const column = columnOf(columns, next.x);
  // Closer than a line of text: the value's own line, not a line after the label's.
  return column !== null && column > 0 && line.y - next.y < 0.85 * line.size * pitch;
}

/** A line parted by a wide gap, and not just a list marker before its text. */
function isTableLine(line: Line): boolean {
  if (line.segments.length < 2) return false;
  const [first, second] = line.segments;
  const marker = listMarker(first!.text, second!.text);
  return !(marker && line.segments.length === 2 && second!.x - first!.xEnd < 2.5 * line.size);
}

function near(columns: readonly number[], x: number): boolean {
  return columns.some((c) => Math.abs(c - x) <= ALIGN);
}

function columnOf(columns: readonly number[], x: number): number | null {
  let found: number | null = null;
  columns.forEach((c, i) => {
    if (x >= c - ALIGN) found = i;
  });
  return found;
}

/**
 * The region's lines as rows: a row starts after a gap wider than a line's where the first column has
 * text before the next such gap (its label may sit lower than the value's first line: a cell centred
 * upright, as LibreOffice lays out a web page's table), or at a header field's label beside its value
 * (tab-stop layouts have no gap between rows); each segment goes to the column it starts in.
 */
function toTable(
  lines: readonly Line[],
  columns: number[],
  pitch: number,
  isLabel: (text: string) => boolean,
  labelled: boolean,
): TableBlock {
  const rows: TableRow[] = [];
  let row: TableRow | null = null;
  const byColumn = lines.map((line) => {
    const cells = new Map<number, Segment[]>();
    for (const s of line.segments) {
      const c = columnOf(columns, s.x) ?? 0;
      cells.set(c, [...(cells.get(c) ?? []), s]);
    }
    return cells;
  });
  const afterGap = lines.map(
    (line, i) => i === 0 || lines[i - 1]!.y - line.y > line.size * pitch * 1.25 + 0.5,
  );
  lines.forEach((line, i) => {
    const cells = byColumn[i]!;
    const first = cells.get(0);
    // A label beside a value opens a row (tab stops leave no gap between rows), unless the row begun at
    // the gap above has no label yet: then it is that row's label, centred upright on a middle line.
    const opens = afterGap[i]
      ? bandHasFirstColumn(byColumn, afterGap, i)
      : first !== undefined &&
        cells.size > 1 &&
        isLabel(first.map((s) => s.text).join(' ')) &&
        !(row !== null && row.cells[0]!.length === 0);
    if (!row || opens) {
      row = { page: line.page, cells: columns.map(() => []) };
      rows.push(row);
    }
    const wrapsToMargin =
      labelled && cells.size === 1 && first !== undefined && line.xEnd > columns[1]! - ALIGN;
    if (wrapsToMargin)
      row.cells[columns.length - 1]!.push({ ...line, x: columns[columns.length - 1]! });
    else for (const [c, segments] of cells) row.cells[c]!.push(cellLine(line, segments));
  });
  return { kind: 'table', page: lines[0]!.page, x: columns[0]!, columns, rows };
}

/** Some line from `i` up to the next gap has text in the first column (a value cell's paragraph has none). */
function bandHasFirstColumn(
  byColumn: readonly Map<number, Segment[]>[],
  afterGap: readonly boolean[],
  i: number,
): boolean {
  for (let k = i; k < byColumn.length && (k === i || !afterGap[k]); k++)
    if (byColumn[k]!.has(0)) return true;
  return false;
}

function cellLine(line: Line, segments: Segment[]): Line {
  return {
    ...line,
    segments,
    x: segments[0]!.x,
    xEnd: segments[segments.length - 1]!.xEnd,
    bold: segments.every((s) => s.bold),
  };
}
