import { eq } from 'drizzle-orm';
import type {} from '@irr/db/testing/global-setup';
import { schema, type Database } from '@irr/db';
import { createTestDatabase } from '@irr/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

const STRONG = 'marmalade tractor lighthouse';

describe('irr disable-account and enable-account', () => {
  let database: Database;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.close());

  async function run(argv: string[]) {
    const io = memoryIo({ env: { IRR_PASSWORD: STRONG } });
    const code = await main(argv, io.io, { database });
    return { code, ...io };
  }
  const disabledOf = async (email: string) =>
    (await database.db.select().from(schema.users).where(eq(schema.users.email, email)))[0]
      ?.disabled;

  it('disables a whole account and enables it again, audited, saying so', async () => {
    const email = 'pat.policy@example.org';
    await run(['create-user', '--email', email, '--role', 'editor', '--org', 'staffordshire']);
    const off = await run(['disable-account', '--email', 'Pat.Policy@example.org']);
    expect([off.code, off.out()]).toEqual([
      0,
      `${email} is disabled: no sign-in, every session ended.\n`,
    ]);
    expect(await disabledOf(email)).toBe(true);
    expect((await run(['disable-account', '--email', email])).out()).toContain('already');
    const on = await run(['enable-account', '--email', email]);
    expect([on.code, on.out()]).toEqual([0, `${email} is enabled again.\n`]);
    expect(await disabledOf(email)).toBe(false);
    const actions = (await database.db.select().from(schema.auditEvents))
      .map((e) => e.action)
      .filter((a) => a.startsWith('user.'));
    expect(actions.sort()).toEqual(['user.disabled', 'user.enabled']);
  });

  it('refuses an unknown account and a missing email', async () => {
    const unknown = await run(['disable-account', '--email', 'nobody@example.org']);
    expect([unknown.code, unknown.err()]).toEqual([
      1,
      'irr disable-account: The account nobody@example.org was not found\n',
    ]);
    expect((await run(['enable-account'])).code).toBe(2);
  });
});
