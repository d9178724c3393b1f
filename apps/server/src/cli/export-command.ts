import { exportRecords } from '@irr/api/use-cases';
import { renderRecord } from '@irr/domain';
import { z } from 'zod';
import { parseCommandArgs } from './args.js';
import type { CliIo, CliOptions } from './main.js';
import { withDatabase } from './open-database.js';
import { operatorContext } from './operator.js';

const USAGE = `Usage: irr export (--record ID | --all) [--format text|json] [--out FILE]
  Writes the working copy of each record (internal updates included) in the record format,
  which \`irr import\` and \`irr parse\` read back; JSON is the record as in \`irr parse --json\`'s records[].record.
`;

/** `irr export`: records in the record format (or JSON), to standard output or a file. */
export async function exportCommand(
  args: readonly string[],
  io: CliIo,
  options: CliOptions,
): Promise<number> {
  const parsed = parseCommandArgs(io, USAGE, {
    args: [...args],
    options: {
      record: { type: 'string', multiple: true },
      all: { type: 'boolean' },
      format: { type: 'string', default: 'text' },
      out: { type: 'string' },
    },
  });
  if (!parsed) return 2;
  const { record: ids = [], all = false, format, out } = parsed.values;
  if (ids.length > 0 === all) {
    io.err(`irr export: give --record ID (one or more) or --all.\n${USAGE}`);
    return 2;
  }
  if (format !== 'text' && format !== 'json') {
    io.err(`irr export: --format is text or json, not "${format}".\n`);
    return 2;
  }
  const badId = ids.find((id) => !z.uuid().safeParse(id).success);
  if (badId) {
    io.err(
      `irr export: "${badId}" is not a record id (ids look like 0b6f1c2e-…; irr import prints them).\n`,
    );
    return 2;
  }
  return withDatabase(io, options, async ({ db }) => {
    const { records, missing } = await exportRecords(
      operatorContext(db),
      all ? { all: true } : { recordIds: ids },
    );
    if (missing.length > 0) {
      io.err(`irr export: no record has the id ${missing.join(', ')}.\n`);
      return 1;
    }
    if (records.length === 0) {
      io.err('irr export: the register holds no records yet.\n');
      return 0;
    }
    // Records follow one another in one file: each starts with the template's title line.
    const text =
      format === 'json'
        ? `${JSON.stringify(all || records.length > 1 ? records : records[0], null, 2)}\n`
        : records.map((r) => renderRecord(r)).join('\n');
    if (out) {
      await io.writeFile(out, text);
      io.err(`Wrote ${records.length} record${records.length === 1 ? '' : 's'} to ${out}.\n`);
    } else {
      io.out(text);
    }
    return 0;
  });
}
