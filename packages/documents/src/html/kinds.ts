import { isElement, HEADINGS, type Element, type Node } from './dom.js';
import { EMBEDDED } from './inline.js';

/** Elements that end a paragraph; everything else is inline. */
const BLOCKS = new Set([
  ...HEADINGS,
  ...'p ul ol li table div section article main header footer aside nav blockquote dl dt dd pre figure figcaption details summary form fieldset address hr center hgroup menu'.split(
    ' ',
  ),
  ...EMBEDDED,
]);

export function isBlock(n: Node): n is Element {
  return isElement(n) && BLOCKS.has(n.tagName);
}

/** Plain text the record format would misread: something like a tag or an entity, or a leading backslash. */
export function needsHtml(text: string): boolean {
  return /<\/?[a-zA-Z!]|&(#\d+|#x[0-9a-f]+|[a-z]+);/i.test(text) || text.startsWith('\\');
}
