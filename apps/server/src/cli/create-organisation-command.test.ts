import type {} from '@irr/db/testing/global-setup';
import type { Database } from '@irr/db';
import { createTestDatabase } from '@irr/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

describe('irr create-organisation', () => {
  let database: Database;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.close());

  async function run(argv: string[]) {
    const io = memoryIo();
    const code = await main(['create-organisation', ...argv], io.io, { database });
    return { code, out: io.out(), err: io.err() };
  }
  const force = (name: string, ...aliases: string[]) => [
    '--slug',
    name.toLowerCase().replace(/\W+/g, '-').replace(/-$/, ''),
    '--name',
    name,
    '--kind',
    'police_force',
    ...aliases.flatMap((a) => ['--alias', a]),
  ];

  it('adds an organisation with its aliases, and refuses a look-alike of it', async () => {
    expect(await run(force('Borsetshire Police', 'Borsetshire'))).toEqual({
      code: 0,
      out: 'Added Borsetshire Police (borsetshire-police).\n',
      err: '',
    });
    const lookAlike = await run(['--slug', 'fake', ...force('BORSETSHIRE  POLICE!').slice(2)]);
    expect(lookAlike.code).toBe(1);
    expect(lookAlike.err).toContain('is too like Borsetshire Police (borsetshire-police)');
    expect((await run(force('Felpersham Police', 'borsetshire'))).code).toBe(1);
  });

  it('needs a slug, a name and a kind', async () => {
    expect((await run(['--name', 'Ambridge Police'])).code).toBe(2);
  });
});
