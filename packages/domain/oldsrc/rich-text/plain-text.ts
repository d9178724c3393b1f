import type { SubItem } from '../model/index.js';
import { escapeText } from './entities.js';
import { sanitizeRichText } from './sanitize.js';
import { tokenizeHtml } from './tokenizer.js';

/**
 * Typed text to rich text: paragraphs split on blank lines, each wrapped in <p>, single line breaks
 * kept as <br>. Already canonical, so sanitising it changes nothing.
 */
export function plainTextToRichText(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '')
    .split(/\n[\t\f ]*\n\s*/)
    .map((paragraph) => paragraph.trim())
    .filter((paragraph) => paragraph !== '')
    .map(
      (paragraph) =>
        `<p>${paragraph
          .split('\n')
          .map((line) => escapeText(line.trim()))
          .join('<br>')}</p>`,
    )
    .join('');
}

const BLOCKS = new Set(['p', 'h2', 'h3', 'h4', 'blockquote', 'table']);

/**
 * The text a reader sees, for search, CSV and the CLI: blocks apart by a blank line, list items as
 * "- " (indented two spaces per nesting level), table rows on their own lines with cells joined by
 * " | ", white space collapsed as a browser shows it, no-break spaces as plain spaces.
 */
export function richTextToPlainText(html: string): string {
  const lines: string[] = [];
  let line = '';
  let bullet = '';
  let gap = false; // a block ended or began: the next line comes after a blank line
  let listDepth = 0;
  const endLine = () => {
    const text = line.replace(/[\t\n\f\r \u00a0]+/g, ' ').trim();
    line = '';
    if (text === '') return;
    if (gap && lines.length > 0) lines.push('');
    lines.push(bullet + text);
    gap = false;
    bullet = '';
  };
  for (const t of tokenizeHtml(sanitizeRichText(html))) {
    if (t.type === 'text') {
      line += t.text;
    } else if (t.tag === 'td' || t.tag === 'th') {
      if (t.type === 'open' && line.trim() !== '') line += ' | ';
    } else if (t.tag === 'ul' || t.tag === 'ol') {
      endLine();
      listDepth = Math.max(0, listDepth + (t.type === 'open' ? 1 : -1));
      if (listDepth === (t.type === 'open' ? 1 : 0)) gap = true;
    } else if (t.tag === 'li') {
      endLine();
      bullet = t.type === 'open' ? `${'  '.repeat(Math.max(0, listDepth - 1))}- ` : '';
    } else if (t.tag === 'br' || t.tag === 'tr') {
      endLine();
    } else if (BLOCKS.has(t.tag)) {
      endLine();
      // Paragraphs inside a list item only break the line: a blank line would end the list.
      if (listDepth === 0) gap = true;
    }
  }
  endLine();
  return lines.join('\n');
}

/** True when rich text shows no text at all (empty paragraphs, only breaks or spaces). */
export function isBlankRichText(html: string): boolean {
  return richTextToPlainText(html).trim() === '';
}

/**
 * Where the first sub-item with no text left is ("subItems.0.children.1.text"), or null: an item
 * that sanitises to nothing (an image, a script) is refused rather than stored empty.
 */
export function blankSubItemField(items: readonly SubItem[], at = 'subItems'): string | null {
  for (const [i, item] of items.entries()) {
    if (isBlankRichText(item.text)) return `${at}.${i}.text`;
    const inner = blankSubItemField(item.children, `${at}.${i}.children`);
    if (inner) return inner;
  }
  return null;
}
