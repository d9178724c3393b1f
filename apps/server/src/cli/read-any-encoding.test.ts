// Brings in the typing of the test database template that createTestDatabase reads.
import type {} from '@irr/db/testing/global-setup';
import { like } from 'drizzle-orm';
import { schema, type Database } from '@irr/db';
import { createTestDatabase, testDrivers } from '@irr/db/testing';
import type { ResponseRecord } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

/** The seed with Welsh and typographic characters, as UTF-16 with a BOM (Notepad's "Unicode"). */
function utf16le(text: string): Uint8Array {
  const units = [0xfeff, ...Array.from({ length: text.length }, (_, i) => text.charCodeAt(i))];
  return Uint8Array.from(units.flatMap((u) => [u & 0xff, u >> 8]));
}
const WELSH = 'Heddlu’r “Gwasanaeth” – ŵyr ŷd, £1.2m, café';

let seed: string;
let welsh: string;
beforeAll(async () => {
  seed = await readSeedRecord();
  welsh = seed.replace('Victims and witnesses is one', `${WELSH} is one`);
});

async function run(
  argv: string[],
  files: Record<string, string | Uint8Array>,
  database?: Database,
) {
  const io = memoryIo({ files });
  const code = await main(argv, io.io, database ? { database } : {});
  return { code, ...io };
}

describe('irr parse reads files in any encoding offices save in', () => {
  it('a UTF-16 file parses to the same record as its UTF-8 text, every character kept', async () => {
    const fromUtf16 = await run(['parse', 'welsh.txt', '--json'], { 'welsh.txt': utf16le(welsh) });
    const fromUtf8 = await run(['parse', 'welsh.txt', '--json'], { 'welsh.txt': welsh });
    expect(fromUtf16.code).toBe(0);
    expect(fromUtf16.out()).toBe(fromUtf8.out());
    const reading = JSON.parse(fromUtf16.out()) as { records: { record: ResponseRecord }[] };
    expect(JSON.stringify(reading.records[0]!.record.findings)).toContain(WELSH);
  });

  it('one stray byte is a warning at its line and column, not "a binary file"', async () => {
    // Regression (issue 14): a single BEL made `irr parse` call the whole record a binary file.
    const lines = seed.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Victims and witnesses'));
    lines[at] = `Vict\u0007${lines[at]!.slice(4)}`;
    const result = await run(['parse', 'seed.txt'], { 'seed.txt': lines.join('\n') });
    expect(result.code).toBe(0);
    expect(result.err()).toContain(
      `seed.txt:${at + 1}: warning [STRAY_CONTROL_CHARACTER] file: a stray control character U+0007 at line ${at + 1}, column 5 was left out`,
    );
    expect(result.err()).not.toContain('NOT_TEXT');
    expect(result.out()).toContain('ok');
  });
});

describe.each(testDrivers())('irr import reads files in any encoding (%s)', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database.close());

  it('imports a UTF-16 file with every character of it', async () => {
    await database.db
      .insert(schema.users)
      .values({ email: 'gwen@example.org', displayName: 'Gwen', passwordHash: 'scrypt$unused' });
    const fromUtf8 = await run(
      ['import', 'welsh.txt', '--dry-run'],
      { 'welsh.txt': welsh },
      database,
    );
    const result = await run(
      ['import', 'welsh.txt', '--as', 'gwen@example.org'],
      { 'welsh.txt': utf16le(welsh) },
      database,
    );
    expect(result.code).toBe(0);
    expect(result.err()).toBe(fromUtf8.err());
    expect(result.out()).toMatch(/welsh\.txt lines 1-\d+: created a draft response record/);
    const stored = await database.db
      .select({ text: schema.findingUpdates.text })
      .from(schema.findingUpdates)
      .where(like(schema.findingUpdates.text, `%${WELSH}%`));
    expect(stored).toHaveLength(1);
  });

  it('a stray NUL is a warning and the record still imports', async () => {
    const text = seed
      .replace('Victims and witnesses', 'Victims\u0000 and witnesses')
      // Another inspection: the seed's own title with a word added is now a near match, refused by irr import.
      .replace(
        /^Title of inspection\t.*$/m,
        'Title of inspection\tCustody inspection: Staffordshire',
      );
    const result = await run(['import', 'nul.txt', '--dry-run'], { 'nul.txt': text }, database);
    expect(result.code).toBe(0);
    expect(result.out()).toContain('would create a draft response record');
    expect(result.err()).toMatch(
      /^nul\.txt:\d+: warning \[STRAY_CONTROL_CHARACTER\] file: a NUL byte \(U\+0000\) at line \d+, column 8 was left out$/m,
    );
  });
});
