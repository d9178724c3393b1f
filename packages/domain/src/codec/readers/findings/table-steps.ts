import { matchGroupHeading } from '../../../reference/index.js';
import { matchKindHeading } from '../../finding-lines.js';
import type { Block } from '../../source/source-block.js';
import { tableRows, type TableCell } from '../../source/table-rows.js';
import { closeFinding, type FindingsState } from './findings-state.js';
import { columnRole } from './table-columns.js';
import { readFindingRow, type Column } from './table-row.js';

/**
 * A table whose header row names a finding column ("Recommendation", "Area for improvement", "Finding")
 * beside others (update or progress, status or RAG, owner or lead, target date): one finding per row. A
 * row with a single cell is a heading for the rows below it. Owner, target date and any other column are
 * kept as lines of the row's update: the record has no field for them.
 */
export function readTable(s: FindingsState, b: Block): boolean {
  if (b.kind !== 'table' || b.literal) return false;
  const rows = tableRows(b.html);
  const headerAt = findingsHeaderAt(rows);
  if (headerAt < 0) return false;
  const columns = datedBy(
    spread(rows[headerAt]!).map((c) => ({ header: c.text, role: columnRole(c.text) })),
  );
  const headerText = rows[headerAt]!.map((c) => c.text).join('|');
  closeFinding(s);
  rows.forEach((row, i) => {
    if (i === headerAt || row.map((c) => c.text).join('|') === headerText) return; // repeated on each page
    const filled = row.filter((c) => c.text !== '');
    if (filled.length === 0) return;
    if (filled.length === 1 && (row.length === 1 || i < headerAt || filled[0]!.span > 1))
      readHeadingRow(s, b, filled[0]!.text);
    else if (i > headerAt) readFindingRow(s, b, columns, spread(row));
    else readHeadingRow(s, b, row.map((c) => c.text).join(' '));
  });
  closeFinding(s);
  s.afterTable = true;
  if (columns.some((c) => ['owner', 'target', 'other'].includes(c.role)))
    s.diagnostics.add(
      'info',
      b.line,
      s.section.field,
      'TABLE_COLUMNS_AS_TEXT',
      `the table's columns ${columns
        .filter((c) => ['owner', 'target', 'other'].includes(c.role))
        .map((c) => `"${c.header}"`)
        .join(', ')} are kept as text of each finding's update`,
    );
  return true;
}

/** The row that names the table's columns, one of them a finding column; -1 when none does. */
export function findingsHeaderAt(rows: readonly TableCell[][]): number {
  return rows.findIndex((r) => r.length >= 2 && r.some((c) => columnRole(c.text) === 'finding'));
}

/**
 * A column headed only "Date" beside an update column dates the update (when the row was last
 * reported on); without an update column it is the target date.
 */
export function datedBy(columns: Column[]): Column[] {
  const hasUpdate = columns.some((c) => c.role === 'update');
  const hasDate = columns.some((c) => c.role === 'updateDate');
  return columns.map((c) =>
    c.role === 'target' && /^date$/i.test(c.header.trim()) && hasUpdate && !hasDate
      ? { ...c, role: 'updateDate' }
      : c,
  );
}

/** Cells repeated by their colspan, so each lines up with its column. */
export function spread(row: readonly TableCell[]): TableCell[] {
  return row.flatMap((c) =>
    Array.from({ length: c.span }, (_, k) => (k === 0 ? c : { ...c, text: '', html: '' })),
  );
}

/** A row that spans the table ("Investigating crime", "Areas for improvement"): a heading. */
function readHeadingRow(s: FindingsState, b: Block, text: string) {
  const kind = matchKindHeading(text);
  if (kind) {
    s.kind = kind;
    if (kind !== 'recommendation') s.cause = null;
    return;
  }
  const heading = matchGroupHeading(text, s.options.frameworkId);
  s.cause = null;
  if (heading?.pillar) s.group = { pillar: heading.pillar, area: null, questionId: null };
  if (heading?.area) s.group = { ...s.group, area: heading.area, questionId: heading.questionId };
  if (heading?.pillar || heading?.area) return;
  s.group = { ...s.group, area: text, questionId: null };
  s.diagnostics.add(
    'info',
    b.line,
    s.section.field,
    'UNRECOGNISED_HEADING',
    `"${text}" was read as a heading but matches no known pillar or area`,
  );
}
