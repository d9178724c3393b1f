import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { count, eq } from 'drizzle-orm';
import { openDatabase, schema } from '@irr/db';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';

const SEED_TITLE =
  'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police';
const RECORDS = 200;

describe('an import killed part-way', () => {
  const dir = mkdtempSync(join(tmpdir(), 'irr-kill-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('leaves only whole records behind, and a folder the next run can open', async () => {
    const seed = await readSeedRecord();
    const text = Array.from({ length: RECORDS }, (_, i) =>
      seed.replace(SEED_TITLE, `Demonstration inspection ${i + 1}: Staffordshire`),
    ).join('\n');
    const file = join(dir, 'many.txt');
    writeFileSync(file, text);
    // An import names its author (four eyes): the register needs that member of staff first.
    const setup = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    try {
      await setup.migrate();
      await setup.db
        .insert(schema.users)
        .values({ email: 'importer@example.org', displayName: 'Importer', passwordHash: 'x' });
    } finally {
      await setup.close();
    }

    // The real command in one process (tsx as a loader, not its wrapper, which would leave the
    // command running when killed), on the embedded database, killed without warning.
    const mainTs = fileURLToPath(new URL('./main.ts', import.meta.url));
    const child = spawn(
      process.execPath,
      [
        '--import',
        'tsx',
        '--conditions=@irr/source',
        mainTs,
        'import',
        file,
        '--as',
        'importer@example.org',
      ],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, IRR_DATA_DIR: join(dir, 'data'), DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let stdout = '';
    const killed = new Promise<void>((resolve) => child.once('exit', () => resolve()));
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
      if (stdout.includes(': created a draft')) child.kill('SIGKILL');
    });
    await killed;
    const reported = (stdout.match(/: created a draft/g) ?? []).length;
    expect(reported).toBeGreaterThanOrEqual(1);
    expect(stdout).not.toContain('Imported:');

    // The lock the killed process held is stale, so the folder opens again.
    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    try {
      const records = await database.db
        .select({ id: schema.responseRecords.id })
        .from(schema.responseRecords);
      expect(records.length).toBeGreaterThanOrEqual(reported);
      expect(records.length).toBeLessThan(RECORDS);
      for (const { id } of records) {
        const [findings] = (await database.db
          .select({ n: count() })
          .from(schema.findings)
          .where(eq(schema.findings.recordId, id))) as [{ n: number }];
        expect(findings.n).toBe(6);
      }
      const [updates] = (await database.db.select({ n: count() }).from(schema.findingUpdates)) as [
        { n: number },
      ];
      expect(updates.n).toBe(records.length * 6);
      const [reports] = (await database.db.select({ n: count() }).from(schema.reports)) as [
        { n: number },
      ];
      expect(reports.n).toBe(records.length);
    } finally {
      await database.close();
    }
  }, 120_000);
});
