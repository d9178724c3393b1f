import { childrenOf, isElement, isText, HEADINGS, type Element, type Node } from './dom.js';
import { inlineOf, type InlineOptions } from './inline.js';

/**
 * A container's content (a table cell, a header field's value) as block HTML on one line: paragraphs,
 * lists with nesting, line breaks and emphasis kept; headings become paragraphs, nested tables their text.
 * Also what it left out (images), so the caller can report them.
 */
export function blockHtml(
  nodes: readonly Node[],
  o: InlineOptions,
): { html: string; leftOut: string[] } {
  const leftOut: string[] = [];
  const html = blocks(nodes, o, leftOut);
  return { html, leftOut };
}

const LISTS = new Set(['ul', 'ol']);
const PARAGRAPHS = new Set([
  'p',
  'pre',
  'address',
  'dt',
  'dd',
  'figcaption',
  'summary',
  ...HEADINGS,
]);
const CONTAINERS = new Set([
  'div',
  'section',
  'article',
  'blockquote',
  'dl',
  'figure',
  'details',
  'center',
  'table',
  'thead',
  'tbody',
  'tfoot',
  'tr',
  'td',
  'th',
  'li',
]);

function blocks(nodes: readonly Node[], o: InlineOptions, leftOut: string[]): string {
  let html = '';
  let run: Node[] = [];
  const flush = () => {
    const inline = inlineOf(run, o);
    leftOut.push(...inline.leftOut);
    if (inline.text) html += `<p>${inline.html}</p>`;
    run = [];
  };
  for (const n of nodes) {
    if (isElement(n) && o.isFurniture(n)) continue;
    if (isElement(n) && LISTS.has(n.tagName)) {
      flush();
      html += list(n, o, leftOut);
    } else if (isElement(n) && PARAGRAPHS.has(n.tagName)) {
      flush();
      run = childrenOf(n);
      flush();
    } else if (isElement(n) && CONTAINERS.has(n.tagName)) {
      flush();
      html += blocks(childrenOf(n), o, leftOut);
    } else if (isElement(n) || isText(n)) run.push(n);
  }
  flush();
  return html;
}

function list(el: Element, o: InlineOptions, leftOut: string[]): string {
  const items = childrenOf(el).map((c) => {
    if (!isElement(c) || c.tagName !== 'li') return blocks([c], o, leftOut);
    // An item's own paragraph is written bare, as rich text keeps list items.
    const inner = blocks(childrenOf(c), o, leftOut).replace(/^<p>(.*?)<\/p>/, '$1');
    return inner ? `<li>${inner}</li>` : '';
  });
  const body = items.join('');
  return body ? `<${el.tagName}>${body}</${el.tagName}>` : '';
}
