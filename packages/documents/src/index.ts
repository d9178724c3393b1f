export { readDocument, type DocumentReading } from './read-document.js';
export type { SourcePlace } from './record-text.js';
