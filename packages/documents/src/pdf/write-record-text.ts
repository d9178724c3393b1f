import { escapeHtml } from '@irr/domain';
import type { PageBlock, TableBlock, TextBlock } from './blocks.js';
import { flowBlocks, type DocumentMetrics } from './paragraphs.js';
import type { Line } from './page-text.js';
import type { RecordTextWriter, SourcePlace } from '../record-text.js';

/**
 * Blocks as record text: a paragraph or heading per line, list items as `- ` (or numbered) lines indented
 * two spaces a level, a header-field table as `Label<TAB>value` lines, any other table as one HTML line.
 */
export function writeBlocks(
  blocks: readonly PageBlock[],
  out: RecordTextWriter,
  isLabel: (text: string) => boolean,
  metrics: DocumentMetrics,
) {
  const paragraphs = new Map<number, number>();
  const placeOf = (page: number): SourcePlace => {
    const paragraph = (paragraphs.get(page) ?? 0) + 1;
    paragraphs.set(page, paragraph);
    return { page, paragraph };
  };
  const depth = new ListDepth();
  for (const block of blocks) {
    out.blank();
    if (block.kind === 'table') {
      depth.reset();
      if (isFieldTable(block, isLabel)) writeFields(block, out, metrics, placeOf);
      else out.line(tableHtml(block, metrics), placeOf(block.page));
      continue;
    }
    out.line(textLine(block, depth.of(block)), placeOf(block.page));
  }
}

function textLine(block: TextBlock, depth: number): string {
  if (block.kind === 'paragraph') return block.text;
  return `${'  '.repeat(depth)}${block.marker} ${block.text}`;
}

/** Nesting from indent: an item right of the open item goes one deeper; text at the margin ends the list. */
class ListDepth {
  private stack: number[] = [];
  reset() {
    this.stack = [];
  }
  of(block: TextBlock): number {
    if (block.kind === 'paragraph') {
      if (this.stack.length > 0 && block.x <= this.stack[0]! + 2) this.reset();
      return 0;
    }
    while (this.stack.length > 0 && block.x < this.stack[this.stack.length - 1]! - 2)
      this.stack.pop();
    const top = this.stack[this.stack.length - 1];
    if (top === undefined || block.x > top + 2) this.stack.push(block.x);
    return this.stack.length - 1;
  }
}

/** Two columns, most first cells naming a header field: the record's header laid out as a table. */
function isFieldTable(table: TableBlock, isLabel: (text: string) => boolean): boolean {
  if (table.columns.length !== 2) return false;
  const labels = table.rows.filter((r) => isLabel(cellText(r.cells[0]!)));
  return labels.length * 2 >= table.rows.length;
}

function cellText(lines: readonly Line[]): string {
  return lines.map((l) => l.segments.map((s) => s.text).join(' ')).join(' ');
}

/**
 * Each row as `Label<TAB>value`; a value of several paragraphs (or a list) as HTML, as a Word document's
 * cell is written, so every paragraph stays in the field.
 */
function writeFields(
  table: TableBlock,
  out: RecordTextWriter,
  metrics: DocumentMetrics,
  placeOf: (page: number) => SourcePlace,
) {
  const right = columnRight(table, 1);
  for (const row of table.rows) {
    const label = cellText(row.cells[0]!);
    const value = row.cells[1]!.length > 0 ? flowBlocks(row.cells[1]!, metrics, right) : [];
    const [first] = value;
    const text =
      value.length === 1 && first!.kind === 'paragraph' ? first!.text : blocksHtml(value);
    out.line(text === '' ? label : `${label}\t${text}`, placeOf(row.page));
  }
}

/**
 * Where a column's text may reach: its widest line in any row. A cell's line that ends well short of it
 * was ended by its writer ("Effectiveness: Good" above "Efficiency: Good"), not wrapped.
 */
function columnRight(table: TableBlock, column: number): number {
  // A row spanning the table (a sub-heading) runs past the next column: not this column's width.
  const next = table.columns[column + 1] ?? Infinity;
  const ends = table.rows.flatMap((r) => (r.cells[column] ?? []).map((l) => l.xEnd));
  return Math.max(...ends.filter((x) => x <= next));
}

/** A table as one HTML line; a bold first row is its header row. */
function tableHtml(table: TableBlock, metrics: DocumentMetrics): string {
  const [head, ...body] = table.rows;
  const rights = table.columns.map((_, c) => columnRight(table, c));
  const headed = head!.cells.every((c) => c.every((l) => l.bold));
  const row = (cells: Line[][], tag: 'th' | 'td') =>
    spans(cells)
      ? `<tr><${tag} colspan="${cells.length}">${cellHtml(cells[0]!, metrics, rights[0]!)}</${tag}></tr>`
      : `<tr>${cells.map((c, i) => `<${tag}>${cellHtml(c, metrics, rights[i]!)}</${tag}>`).join('')}</tr>`;
  const rows = headed ? body : table.rows;
  return `<table>${headed ? `<thead>${row(head!.cells, 'th')}</thead>` : ''}<tbody>${rows
    .map((r) => row(r.cells, 'td'))
    .join('')}</tbody></table>`;
}

/** A row of one bold line in its first cell and nothing else: a sub-heading across the table. */
function spans(cells: Line[][]): boolean {
  const [first, ...rest] = cells;
  return (
    rest.length > 0 && rest.every((c) => c.length === 0) && first!.length === 1 && first![0]!.bold
  );
}

/** A cell's paragraphs as `<p>`s (one alone as bare text), its list items as a list. */
function cellHtml(lines: Line[], metrics: DocumentMetrics, right: number): string {
  if (lines.length === 0) return '';
  const blocks = flowBlocks(lines, metrics, right);
  if (blocks.length === 1 && blocks[0]!.kind === 'paragraph') return escapeHtml(blocks[0]!.text);
  return blocksHtml(blocks);
}

function blocksHtml(blocks: readonly TextBlock[]): string {
  let html = '';
  let inList = false;
  for (const b of blocks) {
    if (b.kind === 'list-item' && !inList) html += '<ul>';
    if (b.kind !== 'list-item' && inList) html += '</ul>';
    inList = b.kind === 'list-item';
    html += inList ? `<li>${escapeHtml(b.text)}</li>` : `<p>${escapeHtml(b.text)}</p>`;
  }
  return inList ? `${html}</ul>` : html;
}
