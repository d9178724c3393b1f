import { and, eq } from 'drizzle-orm';
import type {} from '@irr/db/testing/global-setup';
import { verifyPassword } from '@irr/api';
import { schema, type Database } from '@irr/db';
import { createTestDatabase } from '@irr/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

const STRONG = 'marmalade tractor lighthouse';

describe('irr create-user', () => {
  // A fresh register for every test: what one test creates (a force, an account) is no other
  // test's premise.
  let database: Database;
  beforeEach(async () => {
    database = await createTestDatabase();
  });
  afterEach(() => database.close());

  async function run(argv: string[], init: Parameters<typeof memoryIo>[0] = {}) {
    const io = memoryIo(init);
    const code = await main(['create-user', ...argv], io.io, { database });
    return { code, ...io };
  }

  const userNamed = async (email: string) =>
    (await database.db.select().from(schema.users).where(eq(schema.users.email, email)))[0];

  it('creates an account from IRR_PASSWORD with its role, adding the force from the reference list, and audits it', async () => {
    const result = await run(
      [
        '--email',
        'Pat.Policy@Example.org',
        '--role',
        'editor',
        '--org',
        'staffordshire',
        '--name',
        'Pat Policy',
      ],
      { env: { IRR_PASSWORD: STRONG } },
    );
    expect(result.code).toBe(0);
    expect(result.out()).toBe(
      'Added Staffordshire Police (staffordshire) from the reference list of forces.\nCreated pat.policy@example.org as editor in Staffordshire Police.\n',
    );
    const user = await userNamed('pat.policy@example.org');
    expect(user).toMatchObject({ displayName: 'Pat Policy' });
    expect(await verifyPassword(STRONG, user!.passwordHash)).toBe(true);
    const [membership] = await database.db
      .select()
      .from(schema.memberships)
      .where(eq(schema.memberships.userId, user!.id));
    expect(membership).toMatchObject({ role: 'editor' });
    const events = await database.db
      .select()
      .from(schema.auditEvents)
      .where(
        and(
          eq(schema.auditEvents.entityId, user!.id),
          eq(schema.auditEvents.action, 'member.added'),
        ),
      );
    expect(events).toHaveLength(1);
    expect(JSON.stringify(events)).not.toContain(STRONG);
  });

  it('asks twice on the terminal when IRR_PASSWORD is not set', async () => {
    const result = await run(
      ['--email', 'tess@example.org', '--role', 'viewer', '--org', 'staffordshire'],
      { secrets: [STRONG, STRONG] },
    );
    expect(result.code).toBe(0);
    expect(result.prompts).toHaveLength(2);
    expect(await userNamed('tess@example.org')).toMatchObject({ displayName: 'tess' });
  });

  it('refuses a weak password, says why, never prints it, and creates nothing', async () => {
    const weak = 'Kestrel1';
    const result = await run(
      ['--email', 'weak@example.org', '--role', 'admin', '--org', 'staffordshire'],
      { env: { IRR_PASSWORD: weak } },
    );
    expect(result.code).toBe(1);
    expect(result.err()).toContain('the password was refused: Use at least 12 characters');
    expect(result.all()).not.toContain(weak);
    expect(await userNamed('weak@example.org')).toBeUndefined();

    const common = await run(
      ['--email', 'weak@example.org', '--role', 'admin', '--org', 'staffordshire'],
      { env: { IRR_PASSWORD: 'password123' } },
    );
    expect(common.code).toBe(1);
    expect(common.all()).not.toContain('password123');
  });

  it('refuses a password on the command line without echoing it', async () => {
    const result = await run([
      '--email',
      'x@example.org',
      '--role',
      'viewer',
      '--org',
      'staffordshire',
      '--password',
      'hunter2hunter2',
    ]);
    expect(result.code).toBe(2);
    expect(result.err()).toContain('a password is never given as an argument');
    expect(result.all()).not.toContain('hunter2hunter2');
  });

  it('gives an existing account a role in another organisation, leaving its password alone', async () => {
    const created = await run(
      ['--email', 'pat.policy@example.org', '--role', 'editor', '--org', 'staffordshire'],
      { env: { IRR_PASSWORD: STRONG } },
    );
    expect(created.code).toBe(0);
    const before = await userNamed('pat.policy@example.org');
    const result = await run(
      ['--email', 'pat.policy@example.org', '--role', 'approver', '--org', 'west-midlands'],
      { env: { IRR_PASSWORD: 'a different long password' } },
    );
    expect(result.code).toBe(0);
    expect(result.out()).toContain(
      'pat.policy@example.org already has an account (password unchanged); now approver in West Midlands Police.',
    );
    const after = await userNamed('pat.policy@example.org');
    expect(after!.passwordHash).toBe(before!.passwordHash);
    const roles = await database.db
      .select({ role: schema.memberships.role })
      .from(schema.memberships)
      .where(eq(schema.memberships.userId, after!.id));
    expect(roles.map((r) => r.role).sort()).toEqual(['approver', 'editor']);

    const promoted = await run([
      '--email',
      'pat.policy@example.org',
      '--role',
      'admin',
      '--org',
      'staffordshire',
    ]);
    expect(promoted.out()).toContain('now admin in Staffordshire Police (was editor)');
  });

  it('explains bad arguments: an unknown role, an unknown organisation, no terminal for the password', async () => {
    const role = await run([
      '--email',
      'y@example.org',
      '--role',
      'superuser',
      '--org',
      'staffordshire',
    ]);
    expect(role.code).toBe(2);
    expect(role.err()).toContain('the role must be one of viewer, editor, approver, admin');
    const org = await run(
      ['--email', 'y@example.org', '--role', 'viewer', '--org', 'borsetshire'],
      { env: { IRR_PASSWORD: STRONG } },
    );
    expect(org.code).toBe(1);
    expect(org.err()).toContain('No organisation has the slug "borsetshire"');
    const noTty = await run([
      '--email',
      'y@example.org',
      '--role',
      'viewer',
      '--org',
      'staffordshire',
    ]);
    expect(noTty.code).toBe(1);
    expect(noTty.err()).toContain('set IRR_PASSWORD, or run this in a terminal');
    expect(await userNamed('y@example.org')).toBeUndefined();
  });
});
