export { readDocument, type DocumentReading } from './read-document.js';
export { placeDiagnostics, type SourcePlace } from './record-text.js';
