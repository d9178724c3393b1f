import { attr, childrenOf, isElement, isText, type Element, type Node } from './dom.js';

/**
 * A paragraph's inline content as the record text writes it: plain text, and HTML that keeps what rich
 * text allows (bold, italic, underline, links, line breaks). Other inline elements are unwrapped.
 */
export interface Inline {
  /** Plain text, white space collapsed; a `<br>` is a space, a tab kept where the source is Word's. */
  text: string;
  /** The same content as inline HTML, escaped. */
  html: string;
  /** True when the HTML holds a tag: the line must be written as HTML to keep it. */
  marked: boolean;
  /** Images and embedded objects inside, which the record text cannot hold (their alt text or name). */
  leftOut: string[];
}

export interface InlineOptions {
  /** Word's tabs are kept ("Force<TAB>Staffordshire" is a header line); a web page's are spaces. */
  keepTabs: boolean;
  /** Elements left out without a word: page furniture such as a skip link. */
  isFurniture: (el: Element) => boolean;
}

type Piece = { text: string } | { tag: string };

const KEPT = new Set(['strong', 'b', 'em', 'i', 'u']);

/** Soft hyphens and zero-width characters go; the many spaces of Unicode become one. */
function cleanText(s: string, keepTabs: boolean): string {
  const spaced = s
    .replace(/\u00AD|\u200B|\u200C|\u200D|\u2060|\uFEFF/g, '') // one at a time: a class would join ZWJ
    .replace(/[\u00A0\u2002-\u200A\u202F\u205F\u3000]/g, ' ');
  return keepTabs
    ? spaced.replace(/[ \n\r\f]+/g, ' ').replace(/ *\t[ \t]*/g, '\t')
    : spaced.replace(/\s+/g, ' ');
}

export function escapeText(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function pieces(nodes: readonly Node[], o: InlineOptions, out: Piece[], leftOut: string[]) {
  for (const n of nodes) {
    if (isText(n)) out.push({ text: cleanText(n.value, o.keepTabs) });
    else if (!isElement(n) || o.isFurniture(n) || isNoteBackLink(n)) continue;
    else if (n.tagName === 'br') out.push({ tag: '<br>' });
    else if (EMBEDDED.has(n.tagName)) leftOut.push(embeddedName(n));
    else if (KEPT.has(n.tagName)) {
      out.push({ tag: `<${n.tagName}>` });
      pieces(childrenOf(n), o, out, leftOut);
      out.push({ tag: `</${n.tagName}>` });
    } else if (n.tagName === 'a' && /^(https?:|mailto:)/i.test(attr(n, 'href')?.trim() ?? '')) {
      out.push({
        tag: `<a href="${escapeText(attr(n, 'href')!.trim()).replace(/"/g, '&quot;')}">`,
      });
      pieces(childrenOf(n), o, out, leftOut);
      out.push({ tag: '</a>' });
    } else pieces(childrenOf(n), o, out, leftOut);
  }
}

/** Images and embedded things: content the record text cannot hold, so it is reported. */
export const EMBEDDED = new Set([
  'img',
  'svg',
  'iframe',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
]);

const KINDS: Record<string, string> = { img: 'an image', svg: 'a drawing', canvas: 'a drawing' };

/** "an image (Chart of crime outcomes)", "an embedded iframe (https://…)". */
export function embeddedName(el: Element): string {
  const kind = KINDS[el.tagName] ?? `an embedded ${el.tagName}`;
  const what = (
    attr(el, 'alt') ??
    attr(el, 'title') ??
    attr(el, 'src') ??
    attr(el, 'data') ??
    ''
  ).trim();
  return what && !what.startsWith('data:') ? `${kind} ("${what.slice(0, 60)}")` : kind;
}

/** mammoth's "↑" links from a footnote back to its reference: not content. */
function isNoteBackLink(el: Element): boolean {
  return el.tagName === 'a' && /^#(footnote|endnote)-ref-/.test(attr(el, 'href') ?? '');
}

/** Inline content of `nodes`, with the first `skip` characters of its plain text left out (a label). */
export function inlineOf(nodes: readonly Node[], o: InlineOptions, skip = 0): Inline {
  const list: Piece[] = [];
  const leftOut: string[] = [];
  pieces(nodes, o, list, leftOut);
  let text = '';
  let html = '';
  let left = skip;
  let started = false;
  for (const p of list) {
    if ('tag' in p) {
      html += p.tag;
      if (p.tag === '<br>') text += ' ';
      continue;
    }
    let t = started ? p.text : p.text.replace(/^[ \t]+/, '');
    if (t) started = true;
    if (left > 0) {
      const cut = Math.min(left, t.length);
      left -= cut;
      t = t.slice(cut).replace(/^[ \t]+/, '');
    }
    text += t;
    html += escapeText(t);
  }
  html = tidy(html);
  return { text: text.replace(/ {2,}/g, ' ').trim(), html, marked: /</.test(html), leftOut };
}

/** Spaces collapsed, and emphasis left empty (a label taken out of it) dropped. */
function tidy(html: string): string {
  let h = html.replace(/ {2,}/g, ' ');
  for (let i = 0; i < 3; i++) h = h.replace(/<(strong|b|em|i|u)>\s*<\/\1>/g, ' ');
  return h
    .replace(/^(\s|<br>)+|(\s|<br>)+$/g, '')
    .replace(/ {2,}/g, ' ')
    .trim();
}
