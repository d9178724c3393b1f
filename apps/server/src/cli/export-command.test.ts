import type {} from '@irr/db/testing/global-setup';
import { schema, type Database } from '@irr/db';
import { createTestDatabase, testDrivers } from '@irr/db/testing';
import { parseRecord, parseRecords, type ResponseRecord } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

describe.each(testDrivers())('irr export (%s)', (driver) => {
  let database: Database;
  let seedText: string;
  let seed: ResponseRecord;
  let recordId: string;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
    seedText = await readSeedRecord();
    seed = parseRecord(seedText).record!;
    await database.db
      .insert(schema.users)
      .values({ email: 'importer@example.org', displayName: 'Importer', passwordHash: 'x' });
    const io = memoryIo({ files: { 'seed.txt': seedText } });
    expect(
      await main(['import', 'seed.txt', '--as', 'importer@example.org'], io.io, { database }),
    ).toBe(0);
    recordId = /record ([0-9a-f-]{36})/.exec(io.out())![1]!;
  });
  afterAll(() => database.close());

  async function run(argv: string[]) {
    const io = memoryIo();
    const code = await main(argv, io.io, { database });
    return { code, ...io };
  }

  it('the seed, imported then exported, reads back as the same record', async () => {
    const result = await run(['export', '--record', recordId]);
    expect(result.code).toBe(0);
    const back = parseRecords(result.out());
    expect(back).toHaveLength(1);
    expect(back[0]!.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    // What the import decided is all that differs: the register's name for the force, and each
    // finding with a force update counted as in progress.
    expect(back[0]!.record).toEqual({
      ...seed,
      organisation: { ...seed.organisation, name: 'Staffordshire Police' },
      findings: seed.findings.map((f) => ({ ...f, status: 'in_progress' })),
    });
  });

  it('the exported text, imported over the draft it came from, is refused rather than overwriting it', async () => {
    const text = (await run(['export', '--record', recordId])).out();
    const refused = memoryIo({ files: { 'again.txt': text } });
    expect(
      await main(['import', 'again.txt', '--as', 'importer@example.org'], refused.io, { database }),
    ).toBe(1);
    expect(refused.err()).toContain('A draft version of this response already exists');
  });

  it('writes JSON to a file with --format json --out', async () => {
    const result = await run(['export', '--all', '--format', 'json', '--out', 'all.json']);
    expect(result.code).toBe(0);
    expect(result.err()).toContain('Wrote 1 record to all.json.');
    const records = JSON.parse(result.files.get('all.json')!) as ResponseRecord[];
    expect(records).toHaveLength(1);
    expect(records[0]!.report.title).toBe(seed.report.title);
    expect(records[0]!.findings).toHaveLength(6);
  });

  it('refuses an unknown id, and asks for --record or --all', async () => {
    const missing = await run(['export', '--record', '00000000-0000-4000-8000-000000000000']);
    expect(missing.code).toBe(1);
    expect(missing.err()).toContain('no record has the id 00000000-0000-4000-8000-000000000000');
    const neither = await run(['export']);
    expect(neither.code).toBe(2);
    expect(neither.err()).toContain('give --record ID (one or more) or --all');
    const bad = await run(['export', '--all', '--format', 'pdf']);
    expect(bad.code).toBe(2);
  });
});
