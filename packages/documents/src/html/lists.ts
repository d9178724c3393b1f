import type { ContentWriter } from './content-writer.js';
import { isBlock, needsHtml } from './kinds.js';
import {
  attr,
  childrenOf,
  elementsUnder,
  isElement,
  rawText,
  type Element,
  type Node,
} from './dom.js';
import type { Inline } from './inline.js';

/** A list's items at `depth`; loose text straight inside the list is an item too. */
export function writeList(w: ContentWriter, el: Element, depth: number) {
  const ordered = el.tagName === 'ol' && w.options.numberLists;
  let n = Number.parseInt(attr(el, 'start') ?? '1', 10) || 1;
  let loose: Node[] = [];
  const flushLoose = () => {
    if (loose.length) itemLine(w, w.inline(loose), depth, '-');
    loose = [];
  };
  for (const c of childrenOf(el)) {
    if (isElement(c) && w.options.isFurniture(c)) continue;
    if (isElement(c) && c.tagName === 'li') {
      flushLoose();
      n = Number.parseInt(attr(c, 'value') ?? '', 10) || n;
      writeItem(w, c, depth, ordered ? `${n++}.` : '-');
    } else if (isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')) {
      flushLoose();
      writeList(w, c, depth + 1);
    } else if (isBlock(c)) {
      flushLoose();
      w.block(c, depth);
    } else loose.push(c);
  }
  flushLoose();
}

/** A list item: its first paragraph is the item's line; what follows (nested lists, paragraphs) comes after. */
export function writeItem(w: ContentWriter, li: Element, depth: number, marker: string) {
  const children = childrenOf(li).filter((c) => !(isElement(c) && w.options.isFurniture(c)));
  let firstBlock = children.findIndex(isBlock);
  if (firstBlock < 0) firstBlock = children.length;
  let lead = children.slice(0, firstBlock);
  let rest = children.slice(firstBlock);
  const opening = w.inline(lead);
  if (!opening.text && rest[0] && isElement(rest[0]) && rest[0].tagName === 'p') {
    lead = childrenOf(rest[0]);
    rest = rest.slice(1);
  }
  itemLine(w, w.inline(lead), depth, marker);
  w.flow(rest, depth + 1);
}

/** `- item` indented one space per depth (as the seed writes sub-items); an item with markup as HTML. */
function itemLine(w: ContentWriter, inline: Inline, depth: number, marker: string) {
  if (!inline.text && inline.leftOut.length === 0) return;
  const place = w.place();
  w.leftOut(inline.leftOut, place);
  if (!inline.text) return;
  const indent = ' '.repeat(depth);
  const tag = marker === '-' ? 'ul' : 'ol';
  w.out.line(
    inline.marked || needsHtml(inline.text)
      ? `${indent}<${tag}><li>${inline.html}</li></${tag}>`
      : `${indent}${marker} ${inline.text}`,
    place,
  );
}

/**
 * A list paragraph of a page Word saved as HTML: `style="mso-list:l0 level2 lfo1"`, its bullet or number in
 * a span Word marks `mso-list:Ignore`. Written as a list item at that level; false for any other paragraph.
 */
export function writeWordListParagraph(w: ContentWriter, p: Element): boolean {
  const level = /mso-list:\s*\S+\s+level(\d+)/i.exec(attr(p, 'style') ?? '');
  if (!level) return false;
  const ignored = [...elementsUnder(p)].find((e) =>
    /mso-list:\s*Ignore/i.test(attr(e, 'style') ?? ''),
  );
  let marker = '-';
  if (ignored) {
    const text = rawText(ignored).replace(/[\s\u00a0]+/g, '');
    if (/^(\d{1,3}[.)]|\(?[a-z][.)]|\(?[ivx]{1,4}[.)])$/i.test(text)) marker = text;
    const parent = ignored.parentNode;
    if (parent) parent.childNodes.splice(parent.childNodes.indexOf(ignored), 1);
  }
  itemLine(w, w.inline(childrenOf(p)), Math.max(0, Number(level[1]) - 1), marker);
  return true;
}
