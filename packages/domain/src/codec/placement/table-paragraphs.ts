import { labelTableBlocks } from '../readers/findings/label-table.js';
import { statusOf } from '../readers/findings/table-row.js';
import { datedBy, findingsHeaderAt, spread } from '../readers/findings/table-steps.js';
import { columnRole } from '../readers/findings/table-columns.js';
import { tableRows } from '../source/table-rows.js';
import { parseUpdateDate } from '../update-dates.js';
import { textRuns } from './text-runs.js';

/** A cell's paragraph as coverage sees it: text to find, or already placed where a reader decided. */
export interface CellParagraph {
  text: string;
  placed?: boolean;
}

/**
 * The paragraphs of a table line, as the findings reader reads the table: each row of a two-column table
 * of labels as "label: value"; in a findings table, each cell's paragraphs, the header row as structure,
 * a status or update date the finding holds as a value as placed; any other table, each cell's paragraphs.
 */
export function tableParagraphs(line: number, html: string): CellParagraph[] {
  const labelled = labelTableBlocks({
    kind: 'table',
    line,
    indent: 0,
    bullet: null,
    html,
    text: '',
    literal: false,
  });
  if (labelled) {
    return tableRows(html).flatMap((row) => {
      if (row.length !== 2) return [];
      const [first = '', ...rest] = textRuns(row[1]!.html);
      return [{ text: `${row[0]!.text.replace(/:$/, '')}: ${first}` }, ...rest.map(whole)];
    });
  }
  const rows = tableRows(html);
  const headerAt = findingsHeaderAt(rows);
  if (headerAt < 0) return textRuns(html).map(whole);
  const columns = datedBy(
    spread(rows[headerAt]!).map((c) => ({ header: c.text, role: columnRole(c.text) })),
  );
  const headerText = rows[headerAt]!.map((c) => c.text).join('|');
  return rows.flatMap((row, i) => {
    if (i === headerAt || row.map((c) => c.text).join('|') === headerText) return [];
    return spread(row).flatMap((cell, k) => {
      const role = columns[k]?.role;
      if (role === 'status' && statusOf(cell.text)) return [{ text: cell.text, placed: true }];
      if (role === 'updateDate' && parseUpdateDate(cell.text))
        return [{ text: cell.text, placed: true }];
      return textRuns(cell.html).map(whole);
    });
  });
}

const whole = (text: string): CellParagraph => ({ text });
