import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { schema, type Database } from '@irr/db';
import type { Role } from '@irr/domain';
import { createTestDatabase, type TestDriver } from '@irr/db/testing';
import { noCookies, type Context, type SessionUser } from '../context.js';
import { createCaller } from '../root.js';
import { hashPassword } from '../auth/password.js';
import { actorOf } from '../trpc.js';
import { importRecords } from '../use-cases/imports/import-records.js';

export const SEED_TEXT = readFileSync(new URL('./seed-record.txt', import.meta.url), 'utf8');

/** A member-less account with a real password, so sign-in itself can be called in the matrix. */
export const SIGN_IN = { email: 'signin@example.org', password: 'correct horse battery staple' };

export type Persona = 'anonymous' | Role | 'outsider';
export const PERSONAS: readonly Persona[] = [
  'anonymous',
  'viewer',
  'editor',
  'approver',
  'admin',
  'outsider',
];

/**
 * A small world for API tests: Staffordshire with a user in each role, West Midlands with an
 * editor (the outsider), and the seed record imported as a draft in Staffordshire.
 */
export async function createWorld(driver: TestDriver = 'pglite') {
  const database: Database = await createTestDatabase(driver);
  const { db } = database;
  const [staffs] = await db
    .insert(schema.organisations)
    .values({
      slug: 'staffordshire',
      name: 'Staffordshire Police',
      kind: 'police_force',
      aliases: ['Staffordshire'],
    })
    .returning();
  const [westMids] = await db
    .insert(schema.organisations)
    .values({
      slug: 'west-midlands',
      name: 'West Midlands Police',
      kind: 'police_force',
      aliases: ['West Midlands'],
    })
    .returning();
  const users: Record<Exclude<Persona, 'anonymous'>, SessionUser> = {} as never;
  // Passwords are irrelevant here: contexts are built directly. The HTTP tests sign in for real.
  for (const role of ['viewer', 'editor', 'approver', 'admin', 'outsider'] as const) {
    const email = `${role}@example.org`;
    const [u] = await db
      .insert(schema.users)
      .values({ email, displayName: role, passwordHash: 'scrypt$unused' })
      .returning();
    const org = role === 'outsider' ? westMids! : staffs!;
    const membershipRole: Role = role === 'outsider' ? 'admin' : role;
    await db
      .insert(schema.memberships)
      .values({ userId: u!.id, organisationId: org.id, role: membershipRole });
    users[role] = {
      id: u!.id,
      email,
      displayName: role,
      memberships: [{ organisationId: org.id, role: membershipRole }],
    };
  }
  await db.insert(schema.users).values({
    email: SIGN_IN.email,
    displayName: 'Sign-in',
    passwordHash: await hashPassword(SIGN_IN.password),
  });
  let clock = new Date('2026-11-28T10:00:00Z');
  // The seed lands as the editor's draft, through the same import as the API's and the CLI's.
  const outcome = { recordId: '' };
  const seedImport = importRecords(
    { db, actor: actorOf(users.editor), now: () => clock },
    { text: SEED_TEXT, dryRun: false },
  );
  for await (const item of seedImport) {
    if (item.outcome !== 'created' || !item.recordId) throw new Error(item.message ?? 'no seed');
    outcome.recordId = item.recordId;
  }

  function context(persona: Persona): Context {
    return {
      db,
      user: persona === 'anonymous' ? null : users[persona],
      sessionId: null,
      requestId: randomUUID(),
      now: () => clock,
      cookies: noCookies,
      ip: '127.0.0.1',
    };
  }
  return {
    database,
    db,
    staffs: staffs!,
    westMids: westMids!,
    users,
    recordId: outcome.recordId,
    as: (persona: Persona) => createCaller(context(persona)),
    context,
    setNow: (d: Date) => {
      clock = d;
    },
    async findingIds() {
      const rows = await db
        .select({ id: schema.findings.id, ref: schema.findings.ref })
        .from(schema.findings)
        .where(eq(schema.findings.recordId, outcome.recordId));
      return Object.fromEntries(rows.map((r) => [r.ref, r.id])) as Record<string, string>;
    },
    close: () => database.close(),
  };
}
export type World = Awaited<ReturnType<typeof createWorld>>;
