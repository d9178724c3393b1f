import { parseRecords } from '@irr/domain';

/** Records per request: large files go in batches so the progress bar moves and no request is huge. */
const BATCH = 5;

/**
 * Splits record-format text into batches of whole records, each with the 1-based line of the file it
 * starts on, so diagnostics the server gives per batch can be moved back onto the file's own lines.
 */
export function batches(text: string, size = BATCH): { text: string; firstLine: number }[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const records = parseRecords(text);
  const out: { text: string; firstLine: number }[] = [];
  for (let i = 0; i < records.length; i += size) {
    const group = records.slice(i, i + size);
    const start = group[0]!.startLine;
    const end = group.at(-1)!.endLine;
    out.push({ text: lines.slice(start - 1, end).join('\n'), firstLine: start });
  }
  return out;
}
