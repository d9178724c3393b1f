import {
  parseRecords,
  readResponseDocument,
  sniffDocumentFormat,
  withFileDiagnostics,
  type DocumentFormat,
  type RecordDiagnostic,
  type RecordInFile,
} from '@irr/domain';
import { readDocx } from './docx/read-docx.js';
import { readHtml } from './html/read-html.js';
import { readPdf } from './pdf/read-pdf.js';
import { placeDiagnostics, type Adapted } from './record-text.js';

/** A document read: the format found by its content, and each record it holds as a draft with diagnostics. */
export interface DocumentReading {
  format: DocumentFormat;
  records: RecordInFile[];
}

const ADAPTERS: Record<'docx' | 'pdf' | 'html', (bytes: Uint8Array) => Promise<Adapted>> = {
  docx: readDocx,
  pdf: readPdf,
  html: (bytes) => Promise.resolve(readHtml(bytes)),
};

/**
 * The one way in for a file an office holds, whatever it is: Word, PDF, a saved web page or record text,
 * chosen by content. Every format becomes record text and goes through the same parser, so a draft and its
 * diagnostics look the same whatever the file was; a document's diagnostics also name page and paragraph.
 */
export async function readDocument(bytes: Uint8Array, fileName?: string): Promise<DocumentReading> {
  const format = sniffDocumentFormat(bytes, fileName);
  if (format === 'record-text' || format === 'unknown')
    return { format, records: readResponseDocument(bytes, fileName) };
  let adapted: Adapted;
  try {
    adapted = await ADAPTERS[format](bytes);
  } catch (error) {
    adapted = { ok: false, diagnostics: [unreadable(format, error)] };
  }
  if (!adapted.ok) return { format, records: [refused(adapted.diagnostics)] };
  const records = placeDiagnostics(parseRecords(adapted.text), adapted.places);
  return { format, records: withFileDiagnostics(records, adapted.diagnostics) };
}

function refused(diagnostics: RecordDiagnostic[]): RecordInFile {
  const coverage = { contentChars: 0, placedChars: 0 };
  return {
    ok: false,
    record: null,
    diagnostics,
    findingLines: {},
    coverage,
    unplaced: [],
    startLine: 1,
    endLine: 1,
  };
}

const NAMES = { docx: 'Word document', pdf: 'PDF', html: 'web page' } as const;

/** A damaged or password-protected file: the library's own words, which say what is wrong with it. */
function unreadable(format: 'docx' | 'pdf' | 'html', error: unknown): RecordDiagnostic {
  const why = error instanceof Error ? error.message : String(error);
  return {
    severity: 'error',
    line: 1,
    field: 'file',
    code: 'UNREADABLE_DOCUMENT',
    message: `this ${NAMES[format]} cannot be read (${why}); open it, save it again and import the new copy`,
  };
}
