import { decodeText, type TextEncodingName } from './decode-text.js';
import type { RecordDiagnostic } from './diagnostics.js';
import { parseRecords, type RecordInFile } from './parse-records.js';
import { sniffDocumentFormat, type DocumentFormat } from './sniff-format.js';

/** A file opened as record text, or refused with the reason. */
export type OpenedDocument =
  | {
      ok: true;
      format: 'record-text';
      text: string;
      encoding: TextEncodingName;
      diagnostics: RecordDiagnostic[];
    }
  | { ok: false; format: DocumentFormat; diagnostics: RecordDiagnostic[] };

const NAMES: Record<'docx' | 'pdf' | 'html', string> = {
  docx: 'a Word document (.docx)',
  pdf: 'a PDF',
  html: 'a web page (HTML)',
};

/**
 * Sniffs and decodes record text: the browser uses this before sending pasted or uploaded text, the server's
 * document reader (`readDocument` in `@irr/documents`) for a file that is text. A Word document, PDF or web page
 * is not record text: that reader turns it into record text on the server.
 */
export function openResponseDocument(bytes: Uint8Array, fileName?: string): OpenedDocument {
  const format = sniffDocumentFormat(bytes, fileName);
  if (format === 'record-text') {
    const decoded = decodeText(bytes);
    if (decoded.diagnostics.some((d) => d.severity === 'error'))
      return { ok: false, format: 'unknown', diagnostics: decoded.diagnostics };
    return {
      ok: true,
      format,
      text: decoded.text,
      encoding: decoded.encoding,
      diagnostics: decoded.diagnostics,
    };
  }
  const message =
    format === 'unknown'
      ? 'this looks like a binary file, not a response record in text'
      : `this is ${NAMES[format]}, not record text; readDocument in @irr/documents reads it`;
  const code = format === 'unknown' ? 'NOT_TEXT' : 'UNSUPPORTED_FORMAT';
  return {
    ok: false,
    format,
    diagnostics: [{ severity: 'error', line: 1, field: 'file', code, message }],
  };
}

/**
 * A file of records in the record format, whatever its encoding: every record of it with the
 * diagnostics of decoding (stray bytes left out, at their lines) merged into the record they fall in.
 * Files of any format (Word, PDF, web pages too) go through `readDocument` in `@irr/documents`.
 */
export function readResponseDocument(bytes: Uint8Array, fileName?: string): RecordInFile[] {
  const opened = openResponseDocument(bytes, fileName);
  if (!opened.ok)
    return [
      {
        ok: false,
        record: null,
        diagnostics: opened.diagnostics,
        findingLines: {},
        coverage: { contentChars: 0, placedChars: 0 },
        unplaced: [],
        startLine: 1,
        endLine: 1,
      },
    ];
  return withFileDiagnostics(parseRecords(opened.text), opened.diagnostics);
}

/**
 * Puts each diagnostic about the file into the record whose lines hold it (or the nearest one).
 * Only warnings reach here (a file with an error is refused before parsing), so `ok` stands.
 * Generic so the admin app can do the same with the items the server sends back.
 */
export function withFileDiagnostics<T extends { endLine: number; diagnostics: RecordDiagnostic[] }>(
  records: T[],
  diagnostics: readonly RecordDiagnostic[],
): T[] {
  if (diagnostics.length === 0) return records;
  const extra = records.map((): RecordDiagnostic[] => []);
  for (const d of diagnostics) {
    const at = records.findIndex((r) => d.line <= r.endLine);
    extra[at < 0 ? records.length - 1 : at]!.push(d);
  }
  // Prepended, so the parser's own diagnostics keep their order.
  return records.map((r, i) =>
    extra[i]!.length === 0 ? r : { ...r, diagnostics: [...extra[i]!, ...r.diagnostics] },
  );
}
