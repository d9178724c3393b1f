import { parse, serializeOuter } from 'parse5';
import type { DefaultTreeAdapterTypes as T } from 'parse5';
import { RecordTextWriter, type Adapted } from '../record-text.js';

const BLOCKS = new Set([
  'p',
  'div',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'li',
  'td',
  'th',
  'blockquote',
]);
const SKIPPED = new Set([
  'script',
  'style',
  'nav',
  'header',
  'footer',
  'aside',
  'noscript',
  'template',
]);

type Node = T.ChildNode | T.Document | T.Element;

function isElement(n: Node): n is T.Element {
  return 'tagName' in n;
}

function textOf(n: Node): string {
  if (n.nodeName === '#text') return (n as T.TextNode).value;
  if (!('childNodes' in n)) return '';
  return n.childNodes.map(textOf).join('');
}

/**
 * A saved web page (or the HTML mammoth makes of a Word document) as record text: each heading, paragraph
 * and list item a line, a list item with its "- " marker indented by depth, a table one HTML line.
 */
export function readHtml(html: string): Adapted {
  const out = new RecordTextWriter();
  let paragraph = 0;
  const walk = (n: Node, depth: number) => {
    if (isElement(n)) {
      if (SKIPPED.has(n.tagName)) return;
      if (n.tagName === 'table') {
        out.line(serializeOuter(n), { paragraph: ++paragraph });
        return;
      }
      if (n.tagName === 'li') {
        const own = n.childNodes.filter(
          (c) => !(isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')),
        );
        const text = own.map(textOf).join('').replace(/\s+/g, ' ').trim();
        if (text) out.line(`${' '.repeat(depth)}- ${text}`, { paragraph: ++paragraph });
        for (const c of n.childNodes)
          if (isElement(c) && (c.tagName === 'ul' || c.tagName === 'ol')) walk(c, depth + 1);
        return;
      }
      if (
        BLOCKS.has(n.tagName) &&
        !n.childNodes.some((c) => isElement(c) && BLOCKS.has(c.tagName))
      ) {
        const text = textOf(n).replace(/\s+/g, ' ').trim();
        if (text) out.line(text, { paragraph: ++paragraph });
        return;
      }
    }
    if ('childNodes' in n) for (const c of n.childNodes) walk(c, depth);
  };
  walk(parse(html), 0);
  return out.finish();
}
