import { randomUUID } from 'node:crypto';
import { asc, eq } from 'drizzle-orm';
// Brings in the typing of the test database template that createTestDatabase reads.
import type {} from '@irr/db/testing/global-setup';
import { createCaller, noCookies, type SessionUser } from '@irr/api';
import { schema } from '@irr/db';
import { createTestDatabase, testDrivers } from '@irr/db/testing';
import type { Role } from '@irr/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

const SEED_TITLE =
  'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police';

/** A fresh register with Staffordshire, an editor and an approver, and callers of the API for them. */
async function freshRegister(driver: Parameters<typeof createTestDatabase>[0]) {
  const database = await createTestDatabase(driver);
  const { db } = database;
  const [org] = await db
    .insert(schema.organisations)
    .values({ slug: 'staffordshire', name: 'Staffordshire Police', kind: 'police_force' })
    .returning();
  const users = {} as Record<'editor' | 'approver', SessionUser>;
  for (const role of ['editor', 'approver'] as const satisfies Role[]) {
    const email = `${role}@example.org`;
    const [user] = await db
      .insert(schema.users)
      .values({ email, displayName: role, passwordHash: 'scrypt$unused' })
      .returning();
    await db.insert(schema.memberships).values({ userId: user!.id, organisationId: org!.id, role });
    users[role] = {
      id: user!.id,
      email,
      displayName: role,
      memberships: [{ organisationId: org!.id, role }],
    };
  }
  const as = (role: 'editor' | 'approver') =>
    createCaller({
      db,
      user: users[role],
      sessionId: null,
      requestId: randomUUID(),
      now: () => new Date('2026-11-28T10:00:00Z'),
      cookies: noCookies,
      ip: null,
    });
  return { database, as };
}
type Register = Awaited<ReturnType<typeof freshRegister>>;

/** Submits, approves and publishes a record through the API, as staff do in the app. */
async function publish(register: Register, recordId: string): Promise<void> {
  let record = await register.as('editor').records.get({ recordId });
  for (const [role, to] of [
    ['editor', 'in_review'],
    ['approver', 'approved'],
    ['approver', 'published'],
  ] as const) {
    record = await register.as(role).workflow.transition({
      recordId,
      rowVersion: record.rowVersion,
      to,
      // The seed's report gives no date: approving it needs the reason.
      dateUnknownReason: 'The seed record gives no publication date',
    });
  }
}

async function auditActions(register: Register): Promise<string[]> {
  const rows = await register.database.db
    .select({
      action: schema.auditEvents.action,
      entity: schema.auditEvents.entityType,
      by: schema.users.displayName,
    })
    .from(schema.auditEvents)
    .leftJoin(schema.users, eq(schema.users.id, schema.auditEvents.actorId))
    .orderBy(asc(schema.auditEvents.id));
  return rows.map((r) => `${r.entity} ${r.action} by ${r.by}`);
}

describe.each(testDrivers())('one import for the CLI and the API (%s)', (driver) => {
  let cli: Register;
  let api: Register;
  let seed: string;
  beforeAll(async () => {
    [cli, api] = await Promise.all([freshRegister(driver), freshRegister(driver)]);
    seed = await readSeedRecord();
  });
  afterAll(async () => {
    await Promise.all([cli.database.close(), api.database.close()]);
  });

  const variant = (title: string) => seed.replace(SEED_TITLE, title);

  /** The same text through `irr import --as editor` and through `import.records` as the editor. */
  async function importBoth(text: string) {
    const io = memoryIo({ files: { 'records.txt': text } });
    await main(['import', 'records.txt', '--as', 'editor@example.org'], io.io, {
      database: cli.database,
    });
    const createdId = /record ([0-9a-f-]{36})/.exec(io.out())?.[1] ?? null;
    const result = await api.as('editor').import.records({ text });
    return { cliOut: io.all(), cliRecordId: createdId, apiItems: result.items };
  }

  it('writes the same audit actions, in the same order, from either door', async () => {
    const first = variant('Parity inspection one: Staffordshire');
    const broken = variant('Parity inspection two: Staffordshire').replace(
      'Grade\tGood',
      'Grade\tSplendid',
    );
    const third = variant('Parity inspection three: Staffordshire');
    const landed = await importBoth([first, broken, third].join('\n'));
    expect(landed.apiItems.map((i) => i.outcome)).toEqual(['created', 'invalid', 'created']);
    expect(landed.cliOut).toContain('2 created, 0 new versions, 1 not imported');

    // Publish the first record in both registers, then import it again (a new version) with the
    // third (a draft in progress: refused).
    await publish(cli, landed.cliRecordId!);
    await publish(api, landed.apiItems[0]!.recordId!);
    const again = await importBoth([first, third].join('\n'));
    expect(again.apiItems.map((i) => i.outcome)).toEqual(['new_version', 'refused']);
    expect(again.cliOut).toContain('started draft version 2 of record');
    expect(again.cliOut).toContain('refused: A draft version of this response already exists');

    const [fromCli, fromApi] = [await auditActions(cli), await auditActions(api)];
    expect(fromCli).toEqual(fromApi);
    expect(fromApi).toEqual([
      'response_record record.imported by editor',
      'response_record record.imported by editor',
      'response_record record.submitted by editor',
      'response_record record.approved by approver',
      'response_record record.published by approver',
      'response_record record.new_version_started by editor',
      'response_record record.imported_new_version by editor',
    ]);
  });
});
