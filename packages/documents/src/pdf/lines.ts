import type { Line, PageText, Segment, TextRun } from './page-text.js';

/**
 * A gap wider than this many font sizes, and wider than a character of the text before it, parts two
 * segments (a tab stop, a table column); a monospaced font's space is 0.6 of its size.
 */
const SEGMENT_GAP = 0.5;
const SEGMENT_CHARS = 1.3;
/** A gap wider than this many font sizes is a space between words. */
const SPACE_GAP = 0.12;

/** A run starting this close to a column's edge starts a new segment, however narrow the gap before it. */
const STOP_ALIGN = 0.5;
/** A column's edge: where segments past a line's first start on at least this many lines of the page. */
const STOP_LINES = 3;

/**
 * Runs grouped by baseline, each line's runs left to right, top line first. A cell's text that fills its
 * column leaves no wider gap than a space before the next column: a run starting where other lines' columns
 * start parts from the text before it all the same ("Summary of inspection" beside its value).
 */
export function pageLines(page: PageText): Line[] {
  const groups = baselines(page);
  const first = groups.map((g) => toLine(page.page, g, []));
  const stops = columnStops(first.filter((l): l is Line => l !== null));
  if (stops.length === 0) return sorted(first);
  return sorted(groups.map((g) => toLine(page.page, g, stops)));
}

function sorted(lines: (Line | null)[]): Line[] {
  return lines.filter((l): l is Line => l !== null).sort((a, b) => b.y - a.y);
}

function columnStops(lines: readonly Line[]): number[] {
  const starts = lines.flatMap((l) => l.segments.slice(1).map((s) => s.x));
  return [...new Set(starts)].filter(
    (x) => starts.filter((y) => Math.abs(x - y) <= STOP_ALIGN).length >= STOP_LINES,
  );
}

function baselines(page: PageText): TextRun[][] {
  const runs = page.runs
    .map((r) => ({ ...r, text: cleanText(r.text) }))
    .filter((r) => r.text !== '')
    // Larger text first, so a line's own text, not a footnote mark above it, sets its baseline.
    .sort((a, b) => b.size - a.size || b.y - a.y || a.x - b.x);
  const groups: TextRun[][] = [];
  for (const run of runs) {
    const group =
      groups.find((g) => Math.abs(g[0]!.y - run.y) <= 0.3 * Math.min(g[0]!.size, run.size)) ??
      groups.find((g) => isRaisedOrLowered(run, g[0]!));
    if (group) group.push(run);
    else groups.push([run]);
  }
  return groups;
}

/** A footnote mark or a subscript: smaller than the line's text and within its height. */
function isRaisedOrLowered(run: TextRun, line: TextRun): boolean {
  return run.size < 0.85 * line.size && Math.abs(run.y - line.y) <= 0.5 * line.size;
}

function toLine(page: number, runs: TextRun[], stops: readonly number[]): Line | null {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  const segments: Segment[] = [];
  let current: Segment | null = null;
  for (const run of sorted) {
    if (run.text.trim() === '') {
      // A space run: it marks a gap only, the next run's position says how wide.
      if (current && !current.text.endsWith(' ')) current.text += ' ';
      continue;
    }
    const gap = current ? run.x - current.xEnd : 0;
    const size = Math.max(run.size, current?.size ?? 0);
    const charWidth = current ? (current.xEnd - current.x) / Math.max(1, current.text.length) : 0;
    const atStop =
      current !== null &&
      (gap > SPACE_GAP * size || current.text.endsWith(' ')) &&
      stops.some((x) => Math.abs(run.x - x) <= STOP_ALIGN);
    if (!current || atStop || gap > Math.max(SEGMENT_GAP * size, SEGMENT_CHARS * charWidth)) {
      if (current) segments.push(current);
      current = {
        x: run.x,
        xEnd: run.x + run.width,
        text: run.text,
        size: run.size,
        bold: run.bold,
      };
      continue;
    }
    const spaced =
      gap > SPACE_GAP * size && !current.text.endsWith(' ') && !run.text.startsWith(' ');
    current.text += (spaced ? ' ' : '') + run.text;
    current.xEnd = Math.max(current.xEnd, run.x + run.width);
    current.size = Math.max(current.size, run.size);
    current.bold &&= run.bold;
  }
  if (current) segments.push(current);
  const kept = segments
    .map((s) => ({ ...s, text: s.text.replace(/\s+/g, ' ').trim() }))
    .filter((s) => s.text !== '');
  if (kept.length === 0) return null;
  return {
    page,
    y: runs[0]!.y,
    size: Math.max(...kept.map((s) => s.size)),
    bold: kept.every((s) => s.bold),
    x: kept[0]!.x,
    xEnd: kept[kept.length - 1]!.xEnd,
    segments: kept,
  };
}

const LIGATURES: Record<string, string> = {
  ﬀ: 'ff',
  ﬁ: 'fi',
  ﬂ: 'fl',
  ﬃ: 'ffi',
  ﬄ: 'ffl',
  ﬅ: 'st',
  ﬆ: 'st',
};

/** Ligatures spelt out; no-break, thin and zero-width spaces made plain (or removed). */
function cleanText(text: string): string {
  return text
    .replace(/[ﬀ-ﬆ]/g, (ch) => LIGATURES[ch] ?? ch)
    .replace(/[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g, ' ')
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '');
}
