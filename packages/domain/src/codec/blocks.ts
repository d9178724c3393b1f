import { escapeHtml, tokenizeHtml, type HtmlToken } from '../rich-text/index.js';
import { canonicalInline, canonicalRichText, serializeTokens } from './canonical-html.js';
import { collapseSpace } from './normalise.js';

/**
 * One paragraph-like unit of the input. A plain line is one block; an HTML line is flattened into
 * a block per paragraph or list item, so the grammar reads both forms the same way.
 */
export interface Block {
  line: number;
  /** Leading white space of a plain line, or twice the list depth of an HTML list item. */
  indent: number;
  bullet: string | null;
  /** Canonical inline HTML, bullet marker removed. */
  html: string;
  /** Plain text, white space collapsed, bullet marker removed. */
  text: string;
  /** Escaped with a leading backslash: always prose, never structure. */
  literal: boolean;
  /** For a block that opens with a body label on an HTML line: the rest of the line as canonical block HTML. */
  rest?: HtmlToken[];
}

const BULLET =
  /^([-•◦▪‣*·∙]|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])\s+/;
const HTML_LIKE = /<\/?[a-zA-Z][^>]*>|<!--/;
const FLOW_BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'blockquote',
  'section',
  'article',
  'header',
  'footer',
  'pre',
  'dd',
  'dt',
  'dl',
  'hr',
  'center',
]);

export function splitBullet(text: string): { bullet: string | null; body: string } {
  const m = BULLET.exec(text);
  // "e.g. something" and "i.e." read as bullets only when followed by a space after a single letter.
  if (!m) return { bullet: null, body: text };
  return { bullet: m[1]!, body: text.slice(m[0].length) };
}

function leadingWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ') w += 1;
    else if (ch === '\t') w += 4;
    else break;
  }
  return w;
}

export function isHtmlLine(content: string): boolean {
  return HTML_LIKE.test(content);
}

export function textOfTokens(tokens: readonly HtmlToken[]): string {
  let s = '';
  for (const t of tokens) {
    if (t.type === 'text') s += t.text;
    else if (t.tag === 'br') s += ' ';
  }
  return collapseSpace(s);
}

/** Strip `n` leading visible characters (after trimming) from a token run: removes a bullet or label. */
function dropLeadingText(tokens: readonly HtmlToken[], n: number): HtmlToken[] {
  let left = n;
  let started = false;
  const out: HtmlToken[] = [];
  for (const t of tokens) {
    if (left > 0 && t.type === 'text') {
      let text = t.text;
      if (!started) {
        text = text.replace(/^\s+/, '');
        if (text) started = true;
      }
      const collapsed = text.replace(/\s+/g, ' ');
      if (collapsed.length <= left) {
        left -= collapsed.length;
        continue;
      }
      out.push({ type: 'text', text: collapsed.slice(left) });
      left = 0;
      continue;
    }
    out.push(t);
  }
  return out;
}

export function plainBlock(line: number, raw: string): Block {
  const literal = raw.trimStart().startsWith('\\');
  const content = literal ? raw.trimStart().slice(1) : raw;
  const indent = leadingWidth(content);
  const text = collapseSpace(content);
  const { bullet, body } = literal ? { bullet: null, body: text } : splitBullet(text);
  return { line, indent, bullet, html: escapeHtml(body), text: body, literal };
}

interface Segment {
  tokens: HtmlToken[];
  depth: number;
  bullet: boolean;
  /** Index in the line's token list where this segment starts. */
  start: number;
}

/** Flatten an HTML line into segments at block boundaries; list items and loose text in lists become bullets. */
function segment(tokens: readonly HtmlToken[]): Segment[] {
  const segments: Segment[] = [];
  let current: Segment | null = null;
  let listDepth = 0;
  let tableDepth = 0;
  let inFlow = 0;
  let pendingItem = false;
  const flush = () => {
    if (current && textOfTokens(current.tokens) !== '') segments.push(current);
    current = null;
  };
  tokens.forEach((t, i) => {
    if (t.type !== 'text' && t.tag === 'table') {
      if (t.type === 'open' && tableDepth++ === 0) {
        flush();
        current = { tokens: [], depth: 0, bullet: false, start: i };
      }
      current?.tokens.push(t);
      if (t.type === 'close' && --tableDepth === 0) flush();
      return;
    }
    if (tableDepth > 0) {
      current?.tokens.push(t);
      return;
    }
    if (t.type !== 'text' && (t.tag === 'ul' || t.tag === 'ol')) {
      flush();
      listDepth = Math.max(0, listDepth + (t.type === 'open' ? 1 : -1));
      return;
    }
    if (t.type !== 'text' && t.tag === 'li') {
      flush();
      pendingItem = t.type === 'open';
      return;
    }
    if (t.type !== 'text' && FLOW_BLOCKS.has(t.tag)) {
      flush();
      inFlow = Math.max(0, inFlow + (t.type === 'open' ? 1 : -1));
      return;
    }
    // Loose text straight inside a list (as some CMS exports write it) is an item; a <p> there is not.
    if (!current) {
      current = {
        tokens: [],
        depth: listDepth,
        bullet: pendingItem || (listDepth > 0 && inFlow === 0),
        start: i,
      };
      pendingItem = false;
    }
    current.tokens.push(t);
  });
  flush();
  return segments;
}

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
    const block: Block = {
      line,
      indent: lead + (seg.depth > 0 ? (seg.depth - 1) * 2 : 0),
      bullet,
      html: isTable
        ? canonicalRichText(serializeTokens(segTokens))
        : canonicalInline(serializeTokens(segTokens)),
      text,
      literal,
    };
    const labelLength = literal ? null : opensBody(text);
    if (labelLength !== null) {
      // Everything after a body label on an HTML line belongs to that body: lists there are the update's own.
      const restTokens = dropLeadingText(tokens.slice(seg.start), labelLength);
      block.rest = restTokens;
      blocks.push(block);
      return blocks;
    }
    blocks.push(block);
  }
  return blocks;
}
