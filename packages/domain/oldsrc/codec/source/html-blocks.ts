import { tokenizeHtml, type HtmlToken } from '../../rich-text/index.js';
import { canonicalInline, canonicalRichText, serializeTokens } from '../canonical-html.js';
import { leadingWidth, splitBullet } from './bullets.js';
import { dropLeadingText, textOfTokens } from './html-text.js';
import { kindOf, type Block } from './source-block.js';

/** HTML on a line of the text format (as CMS exports write it), flattened into blocks. */

const HTML_LIKE = /<\/?[a-zA-Z][^>]*>|<!--/;
const FLOW_BLOCKS = new Set(
  'p div h1 h2 h3 h4 h5 h6 blockquote section article header footer pre dd dt dl hr center'.split(
    ' ',
  ),
);

export function isHtmlLine(content: string): boolean {
  return HTML_LIKE.test(content);
}

interface Segment {
  tokens: HtmlToken[];
  depth: number;
  bullet: boolean;
  /** Index in the line's token list where this segment starts. */
  start: number;
}

/** Where the walk over an HTML line is: the segment being filled and the open lists, tables and blocks. */
interface SegmentWalk {
  segments: Segment[];
  current: Segment | null;
  listDepth: number;
  tableDepth: number;
  inFlow: number;
  pendingItem: boolean;
}

function flush(w: SegmentWalk) {
  if (w.current && textOfTokens(w.current.tokens) !== '') w.segments.push(w.current);
  w.current = null;
}

/** A table is one segment, whatever it holds; true when the token belonged to one. */
function walkTable(w: SegmentWalk, t: HtmlToken, i: number): boolean {
  if (t.type !== 'text' && t.tag === 'table') {
    if (t.type === 'open' && w.tableDepth++ === 0) {
      flush(w);
      w.current = { tokens: [], depth: 0, bullet: false, start: i };
    }
    w.current?.tokens.push(t);
    if (t.type === 'close' && --w.tableDepth === 0) flush(w);
    return true;
  }
  if (w.tableDepth === 0) return false;
  w.current?.tokens.push(t);
  return true;
}

/** Lists, list items and flow blocks end a segment; true when the token was one of them. */
function walkBoundary(w: SegmentWalk, t: HtmlToken): boolean {
  if (t.type === 'text') return false;
  const step = t.type === 'open' ? 1 : -1;
  if (t.tag === 'ul' || t.tag === 'ol') {
    flush(w);
    w.listDepth = Math.max(0, w.listDepth + step);
  } else if (t.tag === 'li') {
    flush(w);
    w.pendingItem = t.type === 'open';
  } else if (FLOW_BLOCKS.has(t.tag)) {
    flush(w);
    w.inFlow = Math.max(0, w.inFlow + step);
  } else return false;
  return true;
}

/** Flatten an HTML line into segments at block boundaries; list items and loose text in lists become bullets. */
function segment(tokens: readonly HtmlToken[]): Segment[] {
  const w: SegmentWalk = {
    segments: [],
    current: null,
    listDepth: 0,
    tableDepth: 0,
    inFlow: 0,
    pendingItem: false,
  };
  tokens.forEach((t, i) => {
    if (walkTable(w, t, i) || walkBoundary(w, t)) return;
    // Loose text straight inside a list (as some CMS exports write it) is an item; a <p> there is not.
    if (!w.current) {
      const bullet = w.pendingItem || (w.listDepth > 0 && w.inFlow === 0);
      w.current = { tokens: [], depth: w.listDepth, bullet, start: i };
      w.pendingItem = false;
    }
    w.current.tokens.push(t);
  });
  flush(w);
  return w.segments;
}

/** One block per paragraph or list item of an HTML line; after a body label the rest of the line is that body. */
export function htmlBlocks(
  line: number,
  raw: string,
  opensBody: (text: string) => number | null,
): Block[] {
  const literal = raw.trimStart().startsWith('\\');
  const tokens = tokenizeHtml(literal ? raw.trimStart().slice(1) : raw);
  const lead = leadingWidth(raw);
  const blocks: Block[] = [];
  for (const seg of segment(tokens)) {
    const block = blockOf(seg, line, lead, literal);
    blocks.push(block);
    const labelLength = literal ? null : opensBody(block.text);
    if (labelLength !== null) {
      // Everything after a body label on an HTML line belongs to that body: lists there are the update's own.
      block.rest = dropLeadingText(tokens.slice(seg.start), labelLength);
      return blocks;
    }
  }
  return blocks;
}

function blockOf(seg: Segment, line: number, lead: number, literal: boolean): Block {
  let segTokens = seg.tokens;
  let text = textOfTokens(segTokens);
  let bullet: string | null = seg.bullet ? '-' : null;
  if (!literal) {
    const split = splitBullet(text);
    if (split.bullet) {
      bullet = split.bullet;
      segTokens = dropLeadingText(segTokens, text.length - split.body.length);
      text = split.body;
    }
  }
  const isTable = segTokens.some((t) => t.type !== 'text' && t.tag === 'table');
  return {
    kind: kindOf(bullet, isTable),
    line,
    indent: lead + (seg.depth > 0 ? (seg.depth - 1) * 2 : 0),
    bullet,
    html: isTable
      ? canonicalRichText(serializeTokens(segTokens))
      : canonicalInline(serializeTokens(segTokens)),
    text,
    literal,
  };
}
