import { isHeaderLabel, type RecordDiagnostic } from '@irr/domain';
import { RecordTextWriter, type Adapted } from '../record-text.js';
import { withoutFurniture } from './furniture.js';
import { pageLines } from './lines.js';
import { documentBlocks } from './page-blocks.js';
import type { PageText } from './page-text.js';
import { writeBlocks } from './write-record-text.js';

/**
 * The pages' text runs as record text, structure recovered from layout: lines by baseline, paragraphs and
 * list items by spacing and indent, tables by aligned columns; running headers, footers and page numbers
 * left out with one note saying how many.
 */
export function recordTextOf(pages: readonly PageText[]): Adapted {
  const lines = pages.map((p) => ({ page: p.page, height: p.height, lines: pageLines(p) }));
  const rotated = pages.filter((p) => (p.rotatedChars ?? 0) > 0);
  if (lines.every((p) => p.lines.length === 0))
    return { ok: false, diagnostics: [rotated.length > 0 ? onlyRotatedText() : noTextLayer()] };
  const content = withoutFurniture(lines);
  const out = new RecordTextWriter();
  const { blocks, metrics } = documentBlocks(content.pages, isHeaderLabel);
  writeBlocks(blocks, out, isHeaderLabel, metrics);
  if (content.removed.length > 0) out.diagnostics.push(furnitureNote(content.removed));
  if (rotated.length > 0) out.diagnostics.push(rotatedNote(rotated));
  return out.finish();
}

function noTextLayer(): RecordDiagnostic {
  return {
    severity: 'error',
    line: 1,
    field: 'file',
    code: 'NO_TEXT_LAYER',
    message:
      'this PDF has no text layer (it is a scan or a picture of pages); run it through text recognition (OCR) first, or import the document it was made from',
  };
}

function onlyRotatedText(): RecordDiagnostic {
  return {
    severity: 'error',
    line: 1,
    field: 'file',
    code: 'ROTATED_TEXT',
    message:
      'the text of this PDF runs sideways on every page; rotate the pages upright, save the PDF again and import the new copy',
  };
}

/** Rotated text (a stamp, a margin note) is not read: the user is told where, so nothing goes unseen. */
function rotatedNote(pages: readonly PageText[]): RecordDiagnostic {
  const chars = pages.reduce((n, p) => n + (p.rotatedChars ?? 0), 0);
  const list = pages.map((p) => p.page).join(', ');
  return {
    severity: 'warning',
    line: 1,
    field: 'file',
    code: 'ROTATED_TEXT_LEFT_OUT',
    message: `${chars} characters of sideways or rotated text on page${pages.length === 1 ? '' : 's'} ${list} (a stamp, a margin note) were not read; check them in the PDF`,
    page: pages[0]!.page,
  };
}

/** One note for all the running headers, footers and page numbers left out, so a reader can check. */
function furnitureNote(removed: readonly { page: number; count: number }[]): RecordDiagnostic {
  const count = removed.reduce((n, r) => n + r.count, 0);
  const first = removed[0]!.page;
  const last = removed[removed.length - 1]!.page;
  const where = first === last ? `page ${first}` : `pages ${first} to ${last}`;
  return {
    severity: 'info',
    line: 1,
    field: 'file',
    code: 'PAGE_FURNITURE_LEFT_OUT',
    message: `${count} line${count === 1 ? '' : 's'} on ${where} left out as page furniture (running headers, footers and page numbers), not content`,
    page: first,
  };
}
