import { tokenizeHtml, type HtmlToken } from '../../rich-text/index.js';
import { serializeTokens } from '../canonical-html.js';
import { textOfTokens } from './html-text.js';

/** One cell of a table row: its inner HTML, plain text, how many columns it spans, and whether it is a <th>. */
export interface TableCell {
  html: string;
  text: string;
  span: number;
  header: boolean;
}

/** The rows of the outermost table in `html`, each a list of cells; a table inside a cell stays in its HTML. */
export function tableRows(html: string): TableCell[][] {
  const rows: TableCell[][] = [];
  let depth = 0;
  let cell: { tokens: HtmlToken[]; span: number; header: boolean } | null = null;
  for (const t of tokenizeHtml(html)) {
    if (t.type !== 'text' && t.tag === 'table') depth += t.type === 'open' ? 1 : -1;
    const own = depth === 1 && t.type !== 'text';
    if (own && t.tag === 'tr' && t.type === 'open') {
      rows.push([]);
      continue;
    }
    if (own && (t.tag === 'td' || t.tag === 'th')) {
      if (t.type === 'open') {
        const span = Number.parseInt(t.attrs.colspan ?? '1', 10);
        cell = { tokens: [], span: span > 0 ? span : 1, header: t.tag === 'th' };
      } else if (cell) {
        if (rows.length === 0) rows.push([]);
        rows.at(-1)!.push({
          html: serializeTokens(cell.tokens),
          text: textOfTokens(cell.tokens),
          span: cell.span,
          header: cell.header,
        });
        cell = null;
      }
      continue;
    }
    cell?.tokens.push(t);
  }
  return rows;
}
