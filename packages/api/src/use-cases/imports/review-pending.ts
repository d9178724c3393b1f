import type { PendingImportRow } from '@irr/db/repositories';
import { placeDiagnostics, type SourcePlace } from '@irr/documents';
import {
  applyImportReview,
  parseRecord,
  type ParseRecordResult,
  type RecordDiagnostic,
  type ReviewedImport,
} from '@irr/domain';

/** A pending import read again: its parse, rebuilt from its own record text, and the review applied to it. */
export interface PendingReview {
  parsed: ParseRecordResult;
  reviewed: ReviewedImport;
  /** The record text's lines; line i is line `lineOffset + i + 1` of the file. */
  lines: string[];
}

/**
 * The draft is never stored: it is always the parse of the pending import's source with its decisions
 * applied, so what the user sees, what they confirm and what is saved cannot drift apart.
 */
export function reviewPendingImport(
  row: Pick<
    PendingImportRow,
    'sourceText' | 'lineOffset' | 'places' | 'fileDiagnostics' | 'decisions'
  >,
): PendingReview {
  const fileDiagnostics = row.fileDiagnostics as RecordDiagnostic[];
  if (row.sourceText.trim() === '') {
    // A file that could not be read: its reason is all there is.
    const parsed: ParseRecordResult = {
      ok: false,
      record: null,
      diagnostics: fileDiagnostics,
      findingLines: {},
      coverage: { contentChars: 0, placedChars: 0 },
      unplaced: [],
    };
    const reviewed = { record: null, diagnostics: fileDiagnostics, unplaced: [], ok: false };
    return { parsed, reviewed, lines: [] };
  }
  const lines = row.sourceText.split('\n');
  const parse = parseRecord(row.sourceText, { lineOffset: row.lineOffset });
  const inFile = {
    ...parse,
    startLine: row.lineOffset + 1,
    endLine: row.lineOffset + lines.length,
  };
  const [placed] = row.places ? placeDiagnostics([inFile], filePlaces(row)) : [inFile];
  const { startLine: _s, endLine: _e, ...result } = placed!;
  const diagnostics = [...fileDiagnostics, ...result.diagnostics];
  const parsed: ParseRecordResult = fileDiagnostics.some((d) => d.severity === 'error')
    ? { ...result, diagnostics, ok: false }
    : { ...result, diagnostics };
  return { parsed, reviewed: applyImportReview(parsed, row.decisions), lines };
}

/** The stored places of the record's lines, at the file's line numbers placeDiagnostics reads them by. */
function filePlaces(row: Pick<PendingImportRow, 'lineOffset' | 'places'>): SourcePlace[] {
  const places: SourcePlace[] = new Array<SourcePlace>(row.lineOffset);
  for (const p of row.places ?? [])
    places.push(
      p.page === null ? { paragraph: p.paragraph } : { page: p.page, paragraph: p.paragraph },
    );
  return places;
}
