import { readFileSync } from 'node:fs';
import { randomUUID } from 'node:crypto';
import { eq } from 'drizzle-orm';
import { schema, type Database } from '@irr/db';
import type { Role } from '@irr/domain';
import { createTestDatabase, openPooledPglite, type TestDriver } from '@irr/db/testing';
import { noCookies, type Context, type SessionUser } from '../context.js';
import { createCaller } from '../root.js';
import { hashPassword } from '../auth/password.js';
import { actorOf } from '../trpc.js';
import { importRecords } from '../use-cases/imports/import-records.js';

export const SEED_TEXT = readFileSync(new URL('./seed-record.txt', import.meta.url), 'utf8');
/** The seed's report gives no publication date, so approving it needs the reason (REPORT_DATE_UNKNOWN). */
export const SEED_DATE_UNKNOWN = 'The imported record gives no publication date';

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

type Member = Exclude<Persona, 'anonymous'>;
const MEMBERS = ['viewer', 'editor', 'approver', 'admin', 'outsider'] as const;
type Organisation = typeof schema.organisations.$inferSelect;

/** What a world's tests refer to, whether it was built or loaded. */
interface WorldParts {
  staffs: Organisation;
  westMids: Organisation;
  users: Record<Member, SessionUser>;
  recordId: string;
}

const START = new Date('2026-11-28T10:00:00Z');

// The first PGlite world of a test file is built; later ones load a dump of it as it was built, so the seed's
// import and the password hash run once a file rather than once a test (PGlite runs them in this thread).
let builtPglite: Promise<Blob> | null = null;

/**
 * A small world for API tests: Staffordshire with a user in each role, West Midlands with an
 * editor (the outsider), and the seed record imported as a draft in Staffordshire.
 */
export async function createWorld(driver: TestDriver = 'pglite') {
  if (driver === 'pglite' && builtPglite) {
    const database = await openPooledPglite(await builtPglite);
    return worldOn(database, await readWorld(database.db));
  }
  const database: Database = await createTestDatabase(driver);
  const parts = await buildWorld(database.db);
  if (driver === 'pglite' && database.dumpDataDir && !builtPglite) {
    builtPglite = database.dumpDataDir();
    // Taken before any test changes this world.
    await builtPglite;
  }
  return worldOn(database, parts);
}

async function buildWorld(db: Database['db']): Promise<WorldParts> {
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
  const users: Record<Member, SessionUser> = {} as never;
  // Passwords are irrelevant here: contexts are built directly. The HTTP tests sign in for real.
  for (const role of MEMBERS) {
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
  // The seed lands as the editor's draft, through the same import as the API's and the CLI's.
  let recordId = '';
  const seedImport = importRecords(
    { db, actor: actorOf(users.editor), now: () => START },
    { text: SEED_TEXT, dryRun: false },
  );
  for await (const item of seedImport) {
    if (item.outcome !== 'created' || !item.recordId) throw new Error(item.message ?? 'no seed');
    recordId = item.recordId;
  }
  return { staffs: staffs!, westMids: westMids!, users, recordId };
}

/** A loaded world's parts, read back as `buildWorld` made them. */
async function readWorld(db: Database['db']): Promise<WorldParts> {
  const orgs = await db.select().from(schema.organisations);
  const bySlug = (slug: string) => orgs.find((o) => o.slug === slug)!;
  const members = await db
    .select({ user: schema.users, membership: schema.memberships })
    .from(schema.users)
    .innerJoin(schema.memberships, eq(schema.memberships.userId, schema.users.id));
  const users = Object.fromEntries(
    MEMBERS.map((role) => {
      const m = members.find((r) => r.user.email === `${role}@example.org`)!;
      const user: SessionUser = {
        id: m.user.id,
        email: m.user.email,
        displayName: m.user.displayName,
        memberships: [{ organisationId: m.membership.organisationId, role: m.membership.role }],
      };
      return [role, user];
    }),
  ) as Record<Member, SessionUser>;
  const [record] = await db.select({ id: schema.responseRecords.id }).from(schema.responseRecords);
  return {
    staffs: bySlug('staffordshire'),
    westMids: bySlug('west-midlands'),
    users,
    recordId: record!.id,
  };
}

function worldOn(database: Database, { staffs, westMids, users, recordId }: WorldParts) {
  const { db } = database;
  let clock = START;
  const outcome = { recordId };

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
    staffs,
    westMids,
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
