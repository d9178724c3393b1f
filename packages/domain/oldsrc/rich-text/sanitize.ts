import type { SubItem } from '../model/index.js';
import { escapeHtml, escapeText } from './entities.js';
import { tokenizeHtml } from './tokenizer.js';
import { INLINE_TAGS, buildRichTextTree, type RichTextNode } from './tree.js';

function serialize(node: RichTextNode): string {
  if (typeof node === 'string') return escapeText(node);
  if (node.tag === 'br') return '<br>';
  const inner = node.children.map(serialize).join('');
  // Empty emphasis shows nothing, and a link with no safe target is just its text.
  if (
    INLINE_TAGS.has(node.tag) &&
    (inner === '' || (node.tag === 'a' && node.attrs.length === 0))
  ) {
    return inner;
  }
  const attrs = node.attrs.map(([name, value]) => ` ${name}="${escapeHtml(value)}"`).join('');
  return `<${node.tag}${attrs}>${inner}</${node.tag}>`;
}

/**
 * Restricts HTML to `RICH_TEXT_POLICY`, rebuilding it from tokens so nothing from the input is passed
 * through unparsed. The result is canonical (lower-case tags, attributes in policy order and
 * double-quoted, text escaped, every element closed and properly nested) and idempotent:
 * `sanitizeRichText(sanitizeRichText(x)) === sanitizeRichText(x)`. Loose text at the top level is
 * left unwrapped; the caller decides whether it becomes a paragraph.
 */
export function sanitizeRichText(html: string): string {
  if (typeof html !== 'string' || html === '') return '';
  return buildRichTextTree(tokenizeHtml(html)).children.map(serialize).join('');
}

/** A finding's lettered or bulleted parts, each sanitised at every depth. */
export function sanitizeSubItems(items: readonly SubItem[]): SubItem[] {
  return items.map((item) => ({
    text: sanitizeRichText(item.text),
    children: sanitizeSubItems(item.children),
  }));
}
