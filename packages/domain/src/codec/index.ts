export { parseRecord, type ParseRecordResult } from './parse-record.js';
export { parseRecords, type RecordInFile } from './parse-records.js';
export { renderRecord } from './render-record.js';
export { RecordDiagnostic, DiagnosticSeverity } from './diagnostics.js';
export { deadlinePhraseOf } from './deadline.js';
export { canonicalRichText } from './canonical-html.js';
export { RECORD_TITLE } from './labels.js';
export { decodeText, type DecodedText, type TextEncodingName } from './decode-text.js';
export { MAX_IMPORT_FILE_BYTES } from './import-limit.js';
export { sniffDocumentFormat, type DocumentFormat } from './sniff-format.js';
export {
  openResponseDocument,
  readResponseDocument,
  withFileDiagnostics,
  type OpenedDocument,
} from './read-response-document.js';
