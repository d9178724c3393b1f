import { isRecordTitle } from './labels.js';
import { normaliseText } from './normalise.js';
import { parseRecord, type ParseRecordResult } from './parse-record.js';

export type RecordInFile = ParseRecordResult & {
  /** 1-based line range of this record in the file. */
  startLine: number;
  endLine: number;
};

/**
 * A file may hold several records, each opening with the template's title line
 * ("PCC and CC Force Inspection response record"). Each is parsed on its own, with lines
 * reported against the whole file, so one broken record does not stop the others.
 */
export function parseRecords(input: string): RecordInFile[] {
  if (typeof input !== 'string') return [{ ...parseRecord(input), startLine: 1, endLine: 1 }];
  const lines = normaliseText(input).split('\n');
  const starts = lines.flatMap((l, i) => (isRecordTitle(l) ? [i] : []));
  if (starts.length <= 1) {
    return [{ ...parseRecord(input), startLine: 1, endLine: lines.length }];
  }
  if (lines.slice(0, starts[0]).some((l) => l.trim() !== '')) starts[0] = 0;
  return starts.map((start, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]! : lines.length;
    const chunk = lines.slice(start, end).join('\n');
    return { ...parseRecord(chunk, { lineOffset: start }), startLine: start + 1, endLine: end };
  });
}
