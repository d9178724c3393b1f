import type { ResponseRecord } from '../../model/index.js';
import { decodeEntities } from '../../rich-text/index.js';
import type { Diagnostics } from '../diagnostics.js';
import type { LayoutState } from '../readers/record-layout.js';
import type { ScannedLine } from '../source/line-scan.js';
import { DraftText } from './draft-text.js';
import { headingNames, sourceParagraphs, type SourceParagraph } from './source-paragraphs.js';
import { normaliseContent } from './text-runs.js';

/** How much of the source's content the draft holds, in characters (labels and markup not counted). */
export interface SourceCoverage {
  contentChars: number;
  placedChars: number;
}

/**
 * Every paragraph of the source is looked up in the draft's fields; what is found nowhere is listed,
 * so nothing the parser could not place is lost without the user being told.
 */
export function measureCoverage(
  lines: readonly ScannedLine[],
  layout: LayoutState,
  record: ResponseRecord,
): { coverage: SourceCoverage; unplaced: SourceParagraph[] } {
  const draft = new DraftText(record);
  const found = (needle: string) => {
    const n = normaliseContent(needle);
    // A plain line's "&amp;" may be text as written, or (in a header value) an entity for "&".
    return draft.has(n) || (n.includes('&') && draft.has(normaliseContent(decodeEntities(n))));
  };
  const framework = record.report.framework;
  const coverage: SourceCoverage = { contentChars: 0, placedChars: 0 };
  const unplaced: SourceParagraph[] = [];
  for (const p of sourceParagraphs(lines, layout, record)) {
    const chars = normaliseContent(p.text).length;
    if (chars === 0) continue;
    coverage.contentChars += chars;
    const placed =
      p.placed ??
      (found(p.text) ||
        (p.names?.every(found) ?? false) ||
        (p.heading === true && (headingNames(p.text, framework)?.every(found) ?? false)));
    if (placed) coverage.placedChars += chars;
    else unplaced.push(p);
  }
  return { coverage, unplaced };
}

/** Errors by which a reader refuses a line's text: they already tell the user, in more words. */
export const REFUSAL_CODES: ReadonlySet<string> = new Set([
  'DUPLICATE_FIELD',
  'BAD_VERSION',
  'BAD_DATE',
  'BAD_LINK',
  'UNKNOWN_TYPE',
  'UNKNOWN_GRADE',
  'UNKNOWN_STATUS',
  'UPDATE_WITHOUT_FINDING',
  'ACCEPTANCE_NOT_RECOMMENDATION',
  // A warning, but it quotes the line and says why the record cannot hold it (one holder an office).
  'SECOND_OFFICE_HOLDER',
]);

/**
 * An error per paragraph the draft does not hold: the user must place it before importing. Where a
 * reader refused the line ("not a grade", "appears twice") its error says it better, as does the warning
 * that an office has a second holder; the warning that a line is not a field of the record (before the
 * header or inside it) becomes this error.
 */
export function reportUnplaced(unplaced: readonly SourceParagraph[], diagnostics: Diagnostics) {
  for (const p of unplaced) {
    const there = diagnostics.at(p.line);
    if (there.some((d) => REFUSAL_CODES.has(d.code))) continue;
    const ignored = there.find((d) => d.code === 'UNEXPECTED_TEXT');
    if (ignored) diagnostics.withdraw(ignored);
    const text = normaliseContent(p.text);
    const quote = text.length > 60 ? `${text.slice(0, 60)}…` : text;
    diagnostics.error(
      p.line,
      p.field,
      'UNPLACED_TEXT',
      `"${quote}" was not placed in any field of the record; move it to where it belongs (or delete it if it is not part of the response) and import again`,
    );
  }
}
