import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

describe('irr migrate', () => {
  const dir = mkdtempSync(join(tmpdir(), 'irr-migrate-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('creates the tables in the folder IRR_DATA_DIR names, then finds nothing more to do', async () => {
    const first = memoryIo({ env: { IRR_DATA_DIR: dir } });
    expect(await main(['migrate'], first.io)).toBe(0);
    expect(first.out()).toMatch(
      new RegExp(
        `^Applied \\d+ migrations to the embedded database in ${dir} \\(\\d+ in all\\)\\.\\n$`,
      ),
    );

    const second = memoryIo({ env: { IRR_DATA_DIR: dir } });
    expect(await main(['migrate'], second.io)).toBe(0);
    expect(second.out()).toMatch(new RegExp(`^The embedded database in ${dir} is up to date`));
  });

  it('names a bad variable instead of guessing', async () => {
    const io = memoryIo({ env: { DATABASE_URL: 'mysql://localhost/irr' } });
    expect(await main(['migrate'], io.io)).toBe(2);
    expect(io.err()).toContain('DATABASE_URL must be a postgres:// or postgresql:// URL');
  });
});
