import type { TextBlock } from './blocks.js';
import { listMarker } from './markers.js';
import { lineText, type Line } from './page-text.js';

/** What the whole document says about its text, for the decisions made line by line. */
export interface DocumentMetrics {
  /** Line pitch of body text as a multiple of its font size (1.15 for single spacing). */
  pitch: number;
  /** Words the document spells without a line break, folded: "co-operation", "cooperation". */
  words: ReadonlySet<string>;
}

/**
 * Lines that follow each other become paragraphs and list items. A line continues the block above when
 * it is close below it, in the same font, starts where the block's wrapped lines start, is no list
 * marker, and the line above was full: when the next line's first word would have fitted on it, the
 * break was the writer's, not the line's end. A dash typed at a line's start is a sentence's dash when
 * the line above was full, a bullet otherwise.
 */
export function flowBlocks(
  lines: readonly Line[],
  metrics: DocumentMetrics,
  right = Math.max(...lines.map((l) => l.xEnd)),
): TextBlock[] {
  const blocks: TextBlock[] = [];
  let open: TextBlock | null = null;
  for (const line of lines) {
    const start = startOf(line);
    const mayContinue = !start.marker || start.inlineDash;
    if (open && mayContinue && continues(open, line, right, metrics)) {
      if (open.lines.length === 1 && open.kind === 'paragraph') open.textX = line.x;
      open.text = joinWrapped(open.text, lineText(line), metrics.words);
      open.lines.push(line);
      open.bold &&= line.bold;
      continue;
    }
    open = {
      kind: start.marker ? 'list-item' : 'paragraph',
      page: line.page,
      x: line.x,
      textX: start.textX,
      size: line.size,
      bold: line.bold,
      marker: start.marker,
      text: start.text,
      lines: [line],
    };
    blocks.push(open);
  }
  return blocks;
}

function startOf(line: Line): {
  marker: string | null;
  text: string;
  textX: number;
  inlineDash?: boolean;
} {
  const [first, ...rest] = line.segments;
  const restText = rest.length > 0 ? rest.map((s) => s.text).join(' ') : null;
  const m = listMarker(first!.text, restText);
  if (!m) return { marker: null, text: lineText(line), textX: line.x };
  return { ...m, textX: rest[0]?.x ?? line.x };
}

function continues(block: TextBlock, line: Line, right: number, metrics: DocumentMetrics): boolean {
  const last = block.lines[block.lines.length - 1]!;
  // A table cell's text cut by a page break: it carries on where no sentence ended.
  if (line.page !== last.page) return !/[.!?:;]$/.test(block.text);
  if (Math.abs(line.size - block.size) > 0.5 || line.bold !== last.bold) return false;
  const gap = last.y - line.y;
  if (gap <= 0 || gap > line.size * metrics.pitch * 1.25 + 0.5) return false;
  const wrapsAt = block.lines.length === 1 && block.kind === 'paragraph' ? null : block.textX;
  if (wrapsAt === null) {
    // A paragraph's second line may start left of its first (a first-line indent), never right of it.
    if (line.x > block.x + 2 || line.x < block.x - 4 * line.size) return false;
  } else if (
    Math.abs(line.x - wrapsAt) > 2 &&
    !(block.kind === 'list-item' && line.x <= block.x + 2)
  )
    // A list item's text wraps under its text, or (typed bullets, plain text laid out) back to the margin.
    return false;
  return !wouldHaveFitted(last, line, right);
}

/** The next line's first word would have fitted at the end of this one: the line ended on purpose. */
export function wouldHaveFitted(last: Line, next: Line, right: number): boolean {
  const firstWord = lineText(next).split(' ')[0] ?? '';
  const chars = next.segments.reduce((n, s) => n + s.text.length, 0);
  const charWidth = next.segments.reduce((w, s) => w + s.xEnd - s.x, 0) / Math.max(1, chars);
  return last.xEnd + charWidth * (firstWord.length + 1) < right - next.size * 0.5;
}

/**
 * Two lines of one paragraph joined. A hyphen at the line's end is kept when the document spells the
 * word with it elsewhere or not at all ("anti-" "social"), and dropped when it spells the word whole
 * ("investi-" "gation") or the hyphen is a soft one; before a capital it is a compound's ("Stoke-on-Trent").
 */
export function joinWrapped(before: string, after: string, words: ReadonlySet<string>): string {
  if (before.endsWith('\u00ad')) return before.slice(0, -1) + after;
  const m = /([\p{L}]+)-$/u.exec(before);
  const n = /^([\p{Ll}]+)/u.exec(after);
  if (m && n) {
    const whole = `${m[1]}${n[1]}`.toLowerCase();
    const hyphenated = `${m[1]}-${n[1]}`.toLowerCase();
    if (words.has(whole) && !words.has(hyphenated)) return before.slice(0, -1) + after;
    return before + after;
  }
  // A compound's hyphen before a capital ("Stoke-on-" "Trent"): kept, and no space after it.
  if (m && /^\p{Lu}/u.test(after)) return before + after;
  return `${before} ${after}`;
}
