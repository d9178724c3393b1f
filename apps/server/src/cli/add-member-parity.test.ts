import { asc, eq } from 'drizzle-orm';
import type {} from '@irr/db/testing/global-setup';
import { createCaller, noCookies } from '@irr/api';
import { schema, type Database } from '@irr/db';
import { findUserByEmail, membershipsOf } from '@irr/db/repositories';
import { createTestDatabase } from '@irr/db/testing';
import type { Role } from '@irr/domain';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

const STRONG = 'marmalade tractor lighthouse';
const ADMIN = { email: 'ada.admin@example.org', name: 'Ada Admin' };
const PAT = { email: 'pat.policy@example.org', name: 'Pat Policy' };

/** The same person added, moved to a second force, promoted, then "promoted" again. */
const STEPS: readonly { org: string; role: Role }[] = [
  { org: 'staffordshire', role: 'editor' },
  { org: 'west-midlands', role: 'approver' },
  { org: 'staffordshire', role: 'admin' },
  { org: 'staffordshire', role: 'admin' },
];

const opened: Database[] = [];
afterEach(async () => {
  await Promise.all(opened.splice(0).map((d) => d.close()));
});

async function freshRegister(): Promise<Database> {
  const database = await createTestDatabase();
  opened.push(database);
  return database;
}

/** `irr create-user`, which must succeed. */
async function createUser(
  database: Database,
  who: { email: string; name: string },
  role: Role,
  org: string,
) {
  const io = memoryIo({ env: { IRR_PASSWORD: STRONG } });
  const args = ['--email', who.email, '--name', who.name, '--role', role, '--org', org];
  expect(await main(['create-user', ...args], io.io, { database })).toBe(0);
}

/** What the audit trail says was done to Pat's memberships, by organisation slug. */
async function auditOfPat(database: Database) {
  const pat = await findUserByEmail(database.db, PAT.email);
  const rows = await database.db
    .select({ event: schema.auditEvents, slug: schema.organisations.slug })
    .from(schema.auditEvents)
    .innerJoin(schema.organisations, eq(schema.organisations.id, schema.auditEvents.organisationId))
    .where(eq(schema.auditEvents.entityId, pat!.id))
    .orderBy(asc(schema.auditEvents.id));
  return rows.map(({ event, slug }) => ({
    action: event.action,
    slug,
    entityType: event.entityType,
    before: event.before,
    after: event.after,
  }));
}

describe('adding a member from the command line and from the admin app', () => {
  it('writes the same audit actions either way', async () => {
    const cli = await freshRegister();
    for (const step of STEPS) await createUser(cli, PAT, step.role, step.org);

    const api = await freshRegister();
    for (const org of ['staffordshire', 'west-midlands'])
      await createUser(api, ADMIN, 'admin', org);
    const admin = (await findUserByEmail(api.db, ADMIN.email))!;
    const caller = createCaller({
      db: api.db,
      user: {
        id: admin.id,
        email: admin.email,
        displayName: admin.displayName,
        memberships: await membershipsOf(api.db, admin.id),
      },
      sessionId: null,
      requestId: 'parity',
      now: () => new Date(),
      cookies: noCookies,
      ip: null,
    });
    const orgs = await api.db.select().from(schema.organisations);
    for (const step of STEPS) {
      await caller.users.invite({
        organisationId: orgs.find((o) => o.slug === step.org)!.id,
        email: PAT.email,
        displayName: PAT.name,
        role: step.role,
        initialPassword: STRONG,
      });
    }

    const fromCli = await auditOfPat(cli);
    expect(fromCli.map((e) => `${e.action} ${e.slug}`)).toEqual([
      'member.added staffordshire',
      'member.added west-midlands',
      'member.role_changed staffordshire',
    ]);
    expect(await auditOfPat(api)).toEqual(fromCli);
  });
});
