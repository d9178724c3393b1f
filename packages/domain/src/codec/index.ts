export { parseRecord, type ParseRecordResult, type UnplacedBlock } from './parse-record.js';
export type { SourceCoverage } from './placement/measure-coverage.js';
export { parseRecords, type RecordInFile } from './parse-records.js';
export { renderRecord } from './render-record.js';
export { RecordDiagnostic, DiagnosticSeverity } from './diagnostics.js';
export { deadlinePhraseOf } from './deadline.js';
export { canonicalRichText } from './canonical-html.js';
export { RECORD_TITLE, headerLabelField, isHeaderLabel, type HeaderField } from './labels.js';
export { decodeText, type DecodedText, type TextEncodingName } from './decode-text.js';
export { decodeWindows1252 } from './windows-1252.js';
export { normaliseText } from './normalise.js';
export { MAX_IMPORT_FILE_BYTES } from './import-limit.js';
export { sniffDocumentFormat, type DocumentFormat } from './sniff-format.js';
export {
  openResponseDocument,
  readResponseDocument,
  withFileDiagnostics,
  type OpenedDocument,
} from './read-response-document.js';
