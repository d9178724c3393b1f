import { parseArgs } from 'node:util';
import { readDocument, type DocumentReading } from '@irr/documents';
import type { CliIo } from './main.js';
import { describeRecord, formatDiagnostic } from './describe-record.js';

const USAGE = 'Usage: irr parse FILE [--json]\n';

const FORMAT_NAME: Record<DocumentReading['format'], string> = {
  'record-text': 'record text',
  docx: 'a Word document',
  pdf: 'a PDF',
  html: 'a web page',
  unknown: 'not a document the register reads',
};

/**
 * `irr parse FILE [--json]`: a Word document, PDF, saved web page or record text (told apart by content),
 * read as the import would read it. Diagnostics go to standard error with their line (and a document's
 * page and paragraph); standard output has a summary of each record, or with --json the whole draft.
 */
export async function parseCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
  } catch (e) {
    io.err(`irr parse: ${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    io.err(USAGE);
    return 2;
  }
  let bytes: Uint8Array;
  try {
    bytes = await io.readFile(file);
  } catch (e) {
    io.err(
      `irr parse: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}\n`,
    );
    return 2;
  }
  const reading = await readDocument(bytes, file);
  for (const result of reading.records) {
    for (const d of result.diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
  }
  if (parsed.values.json) {
    // `{format, records}` as documented; the record text and places are for the admin app's review.
    const { format, records } = reading;
    io.out(`${JSON.stringify({ format, records }, null, 2)}\n`);
  } else {
    const count = reading.records.length;
    io.out(`${file}: ${FORMAT_NAME[reading.format]}, ${count} record${count === 1 ? '' : 's'}\n`);
    io.out(reading.records.map((r) => describeRecord(r)).join('\n'));
  }
  return reading.records.every((r) => r.ok) ? 0 : 1;
}
