import {
  normaliseText,
  openResponseDocument,
  parseRecords,
  readResponseDocument,
  sniffDocumentFormat,
  withFileDiagnostics,
  type DocumentFormat,
  type RecordDiagnostic,
  type RecordInFile,
} from '@irr/domain';
import { placeDiagnostics, type Adapted, type SourcePlace } from './record-text.js';

/** A document read: the format found by its content, and each record it holds as a draft with diagnostics. */
export interface DocumentReading {
  format: DocumentFormat;
  records: RecordInFile[];
  /**
   * The record text the records were parsed from, normalised as the parser reads it, so line n of the
   * file is `text.split('\n')[n - 1]` and each record's own lines run from its `startLine` to `endLine`.
   * Empty when the file could not be read.
   */
  text: string;
  /** Where each line of `text` came from in a document (`places[n - 1]` for line n); null for record text. */
  places: SourcePlace[] | null;
  /**
   * What reading the file noticed before the parser (stray bytes, running headers left out, a damaged
   * file), already merged into the records they fall in; kept apart so a record can be parsed again.
   */
  fileDiagnostics: RecordDiagnostic[];
}

// Each adapter, with its library (pdf.js, mammoth, parse5), is loaded the first time a file of its format is
// read: every process that imports this package (the server, each CLI command) starts without them.
const ADAPTERS: Record<'docx' | 'pdf' | 'html', (bytes: Uint8Array) => Promise<Adapted>> = {
  docx: async (bytes) => (await import('./docx/read-docx.js')).readDocx(bytes),
  pdf: async (bytes) => (await import('./pdf/read-pdf.js')).readPdf(bytes),
  html: async (bytes) => (await import('./html/read-html.js')).readHtml(bytes),
};

/**
 * The one way in for a file an office holds, whatever it is: Word, PDF, a saved web page or record text,
 * chosen by content. Every format becomes record text and goes through the same parser, so a draft and its
 * diagnostics look the same whatever the file was; a document's diagnostics also name page and paragraph.
 */
export async function readDocument(bytes: Uint8Array, fileName?: string): Promise<DocumentReading> {
  const format = sniffDocumentFormat(bytes, fileName);
  if (format === 'record-text' || format === 'unknown') {
    const opened = openResponseDocument(bytes, fileName);
    if (!opened.ok) {
      const records = readResponseDocument(bytes, fileName);
      return { format, records, text: '', places: null, fileDiagnostics: records[0]!.diagnostics };
    }
    const records = withFileDiagnostics(parseRecords(opened.text), opened.diagnostics);
    const text = normaliseText(opened.text);
    return { format, records, text, places: null, fileDiagnostics: opened.diagnostics };
  }
  let adapted: Adapted;
  try {
    adapted = await ADAPTERS[format](bytes);
  } catch (error) {
    adapted = { ok: false, diagnostics: [unreadable(format, error)] };
  }
  if (!adapted.ok) {
    const diagnostics = adapted.diagnostics;
    return {
      format,
      records: [refused(diagnostics)],
      text: '',
      places: null,
      fileDiagnostics: diagnostics,
    };
  }
  const records = placeDiagnostics(parseRecords(adapted.text), adapted.places);
  return {
    format,
    records: withFileDiagnostics(records, adapted.diagnostics),
    text: normaliseText(adapted.text),
    places: adapted.places,
    fileDiagnostics: adapted.diagnostics,
  };
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
