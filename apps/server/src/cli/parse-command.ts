import { parseArgs } from 'node:util';
import { readResponseDocument, type RecordInFile } from '@irr/domain';
import type { CliIo } from './main.js';
import { describeRecord, formatDiagnostic } from './describe-record.js';

/** `irr parse FILE [--json]`: the record as JSON (one object, or an array for a file of several) or a summary. */
export async function parseCommand(args: readonly string[], io: CliIo): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...args],
      allowPositionals: true,
      options: { json: { type: 'boolean' } },
    });
  } catch (e) {
    io.err(`irr parse: ${(e as Error).message}\nUsage: irr parse FILE [--json]\n`);
    return 2;
  }
  const [file, ...extra] = parsed.positionals;
  if (!file || extra.length > 0) {
    io.err('Usage: irr parse FILE [--json]\n');
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
  const results = readResponseDocument(bytes, file);
  for (const result of results) {
    for (const d of result.diagnostics) io.err(`${formatDiagnostic(file, d)}\n`);
  }
  if (parsed.values.json) {
    const records = results.map((r) => r.record);
    io.out(`${JSON.stringify(records.length === 1 ? records[0] : records, null, 2)}\n`);
  } else {
    io.out(results.map((r: RecordInFile) => describeRecord(r)).join('\n'));
  }
  return results.every((r) => r.ok) ? 0 : 1;
}
