import { tokenizeHtml } from '../../../rich-text/index.js';
import { canonicalInline } from '../../canonical-html.js';
import {
  matchAcceptance,
  matchExplanationLabel,
  matchFindingPrefix,
  matchStatusLine,
} from '../../finding-lines.js';
import type { Block } from '../../source/source-block.js';
import { tableRows } from '../../source/table-rows.js';
import { matchUpdateLabel } from '../../update-labels.js';
import { columnRole } from './table-columns.js';

/**
 * A two-column table of labels and values, as Word templates lay out each finding ("Recommendation 1 |
 * text", "Force update (May 2025) | text", "Status | In progress"): each row becomes a block "label: value"
 * that the label steps read as if written on a line. Null when the table is not of that shape.
 */
export function labelTableBlocks(b: Block): Block[] | null {
  if (b.kind !== 'table' || b.literal) return null;
  const rows = tableRows(b.html).filter((r) => r.some((c) => c.text !== ''));
  if (rows.length === 0 || rows.some((r) => r.length !== 2)) return null;
  if (!rows.some((r) => matchFindingPrefix(`${r[0]!.text.replace(/:$/, '')}:`))) return null;
  // "Recommendation | Update" on the first row is a findings table's header, not a label and its value.
  if (rows[0]!.every((c) => columnRole(c.text) !== 'other')) return null;
  const labelled = rows.filter(([label]) => isLabel(label!.text.replace(/:$/, '')));
  if (labelled.length < rows.length / 2) return null;
  return rows.map(([label, value]) => {
    const name = label!.text.replace(/:$/, '');
    const text = `${name}: ${value!.text}`;
    const rest = tokenizeHtml(value!.html);
    return {
      kind: 'paragraph',
      line: b.line,
      indent: 0,
      bullet: null,
      html: canonicalInline(`${name}: ${value!.html}`),
      text,
      literal: false,
      ...(isLabel(name) ? { rest } : {}),
    };
  });
}

function isLabel(name: string): boolean {
  const line = `${name}: x`;
  return (
    matchFindingPrefix(line) !== null ||
    matchUpdateLabel(line) !== null ||
    matchAcceptance(`${name}: accepted`) !== null ||
    matchExplanationLabel(line) !== null ||
    matchStatusLine(line) !== null
  );
}
