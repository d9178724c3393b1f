import type { FindingKind, FindingStatus } from '../../../model/index.js';
import { matchGroupHeading } from '../../../reference/index.js';
import { escapeHtml } from '../../../rich-text/index.js';
import { matchFindingPrefix, matchStatusLine } from '../../finding-lines.js';
import { htmlBlocks } from '../../source/html-blocks.js';
import type { Block } from '../../source/source-block.js';
import type { TableCell } from '../../source/table-rows.js';
import { parseUpdateDate } from '../../update-dates.js';
import { matchUpdateLabel, type UpdateLabel } from '../../update-labels.js';
import { addSubItem } from './content-steps.js';
import { closeFinding, flushList, startFinding, type FindingsState } from './findings-state.js';
import { bodyAfter } from './label-body.js';
import type { ColumnRole } from './table-columns.js';

/** A column of a findings table: its header as written and what it holds. */
export interface Column {
  header: string;
  role: ColumnRole;
}

const DEFAULT_UPDATE: UpdateLabel = { author: 'force', internal: false, dateText: null, length: 0 };

function cellBlocks(b: Block, cell: TableCell): Block[] {
  return htmlBlocks(b.line, `<div>${cell.html}</div>`, () => null);
}

/** One row of a findings table: a finding with its update, status and the other columns as text. */
export function readFindingRow(
  s: FindingsState,
  b: Block,
  columns: readonly Column[],
  row: TableCell[],
) {
  const at = (role: ColumnRole) =>
    columns.flatMap((c, i) => (c.role === role && row[i]?.text ? [{ c, cell: row[i] }] : []));
  const findingCells = at('finding');
  const [first, ...more] = findingCells.flatMap(({ cell }) => cellBlocks(b, cell));
  if (!first) return;
  const prefix = matchFindingPrefix(first.text);
  const kindCell = at('kind')[0]?.cell.text;
  const kind = kindOf(kindCell) ?? prefix?.kind ?? kindOf(findingCells[0]!.c.header) ?? s.kind;
  const reference = prefix?.reference ?? referenceOf(at('reference')[0]?.cell.text);
  const html = prefix
    ? (bodyAfter(first, prefix.length)[0] ?? '').replace(/^<p>|<\/p>$/g, '')
    : first.html;
  const f = startFinding(s, { ...b, indent: 0 }, kind, reference, html);
  for (const m of more) {
    if (m.kind === 'list-item') addSubItem(f, { ...m, indent: m.indent + 2 });
    else f.paras.push(m.html);
  }
  const group = at('group')[0]?.cell.text;
  if (group) f.group = groupOf(s, group);
  const status = at('status')[0]?.cell.text;
  const known = status ? statusOf(status) : null;
  if (known) f.status = known;
  for (const { c, cell } of at('update')) readUpdateCell(s, b, c, cell);
  const dated = at('updateDate')[0]?.cell.text;
  const dateRead = dated && f.updates[0] && parseUpdateDate(dated) !== null;
  if (dateRead) f.updates[0]!.label = { ...f.updates[0]!.label, dateText: dated };
  const asText = columns.flatMap((c, i) =>
    (c.role === 'owner' ||
      (c.role === 'updateDate' && !dateRead) ||
      c.role === 'target' ||
      c.role === 'other' ||
      (c.role === 'status' && !known)) &&
    row[i]?.text
      ? [`<p>${escapeHtml(c.header || 'Note')}: ${escapeHtml(row[i].text)}</p>`]
      : [],
  );
  if (asText.length > 0) {
    if (f.updates.length === 0) f.updates.push({ label: DEFAULT_UPDATE, line: b.line, parts: [] });
    flushList(s);
    f.updates.at(-1)!.parts.push(...asText);
  }
  closeFinding(s);
}

/** An update cell: its column's label ("Progress update (May 2025)") dates it unless the cell has labels of its own. */
function readUpdateCell(s: FindingsState, b: Block, column: Column, cell: TableCell) {
  const f = s.current!;
  const label = matchUpdateLabel(column.header) ?? DEFAULT_UPDATE;
  let opened = false;
  for (const block of cellBlocks(b, cell)) {
    const own = matchUpdateLabel(block.text);
    if (own && own.length > 0 && own.length <= block.text.length) {
      flushList(s);
      const rest = block.text.slice(own.length).trim();
      f.updates.push({
        label: own,
        line: b.line,
        parts: rest ? [`<p>${escapeHtml(rest)}</p>`] : [],
      });
      s.mode = 'update';
      opened = true;
      continue;
    }
    if (!opened) {
      f.updates.push({ label, line: b.line, parts: [] });
      s.mode = 'update';
      opened = true;
    }
    if (block.kind === 'list-item') f.listItems.push(block.html);
    else {
      flushList(s);
      f.updates.at(-1)!.parts.push(`<p>${block.html}</p>`);
    }
  }
  flushList(s);
}

function kindOf(text: string | undefined): FindingKind | null {
  if (!text) return null;
  if (/cause|concern/i.test(text)) return 'cause_of_concern';
  if (/improvement|\bafi/i.test(text)) return 'area_for_improvement';
  if (/recommendation/i.test(text)) return 'recommendation';
  return null;
}

/** "1", "R3", "2.1": a reference the record format can write back after the finding's prefix. */
function referenceOf(text: string | undefined): string | null {
  const t = text
    ?.replace(/^(recommendation|afi|area for improvement|cause of concern)\s*/i, '')
    .trim();
  return t && /^[A-Za-z]?\d{1,3}(?:\.\d{1,3})*[a-z]?$/.test(t) ? t : null;
}

export function statusOf(text: string): FindingStatus | null {
  const folded = text.trim().toLowerCase();
  if (/^complete$/.test(folded)) return 'completed';
  if (/^ongoing$/.test(folded)) return 'in_progress';
  return matchStatusLine(`Status: ${text}`)?.status ?? null;
}

function groupOf(s: FindingsState, text: string) {
  const heading = matchGroupHeading(text, s.options.frameworkId);
  if (heading?.area)
    return {
      pillar: heading.pillar ?? s.group.pillar,
      area: heading.area,
      questionId: heading.questionId,
    };
  if (heading?.pillar) return { pillar: heading.pillar, area: null, questionId: null };
  return { ...s.group, area: text, questionId: null };
}
