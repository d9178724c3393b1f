import { sql, type SQL } from 'drizzle-orm';
import type { Database } from '../connection.js';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { auditEvents, organisations } from '../schema/index.js';
import { openPooledPglite } from './pglite-pool.js';
import { createTestDatabase } from './test-database.js';

/** A dump of this file's own (a pool is per dump), with one organisation and one audit event in it. */
async function dumpWithRows(): Promise<Blob> {
  const database = await createTestDatabase('pglite');
  await database.db
    .insert(organisations)
    .values({ slug: 'staffordshire', name: 'Staffordshire Police', kind: 'police_force' });
  await database.db
    .insert(auditEvents)
    .values({ action: 'seeded', entityType: 'user', entityId: 'x' });
  const dump = await database.dumpDataDir!();
  await database.close();
  return dump;
}

/** The one value a query answers (both drivers answer `{ rows }`; the shared Db type leaves it unknown). */
async function valueOf(database: Database, query: SQL): Promise<unknown> {
  const result: unknown = await database.db.execute(query);
  return Object.values((result as { rows: Record<string, unknown>[] }).rows[0]!)[0];
}

const slugs = async (db: Awaited<ReturnType<typeof openPooledPglite>>['db']) =>
  (await db.select({ slug: organisations.slug }).from(organisations)).map((o) => o.slug).sort();

describe('the tests’ PGlite pool', () => {
  let dump: Blob;
  beforeAll(async () => {
    dump = await dumpWithRows();
  });

  it('gives the next test the dump’s rows and sequences, not what the last test left', async () => {
    const first = await openPooledPglite(dump);
    await first.db
      .insert(organisations)
      .values({ slug: 'west-midlands', name: 'West Midlands Police', kind: 'police_force' });
    await first.db.execute(sql`DELETE FROM organisations WHERE slug = 'staffordshire'`);
    const [added] = await first.db
      .insert(auditEvents)
      .values({ action: 'later', entityType: 'user', entityId: 'y' })
      .returning({ id: auditEvents.id });
    await first.db.execute(sql`SET TIME ZONE 'Pacific/Auckland'`);
    await first.close();

    const second = await openPooledPglite(dump);
    expect(await slugs(second.db)).toEqual(['staffordshire']);
    const events = await second.db.select({ action: auditEvents.action }).from(auditEvents);
    expect(events.map((e) => e.action)).toEqual(['seeded']);
    // The audit's sequence is back where the dump left it: the next event gets the same number again.
    const [again] = await second.db
      .insert(auditEvents)
      .values({ action: 'later', entityType: 'user', entityId: 'y' })
      .returning({ id: auditEvents.id });
    expect(again!.id).toBe(added!.id);
    expect(await valueOf(second, sql`SHOW TIME ZONE`)).not.toBe('Pacific/Auckland');
    await second.close();
  });

  it('refuses queries through a database its test closed, as a closed database of its own would', async () => {
    const database = await openPooledPglite(dump);
    await database.close();
    await expect(database.ping()).rejects.toThrow(/closed/);
    const query = await database.db
      .select()
      .from(organisations)
      .then(() => 'answered')
      .catch((e: Error) => String((e.cause as Error | undefined)?.message ?? e.message));
    expect(query).toMatch(/closed/);
    // Taken by the next test, it is open for that one.
    const next = await openPooledPglite(dump);
    expect(await slugs(next.db)).toEqual(['staffordshire']);
    await next.close();
  });

  it('does not reuse a database to which its test added a table', async () => {
    const first = await openPooledPglite(dump);
    await first.db.execute(sql`CREATE TABLE scratch (n int)`);
    await first.close();

    const second = await openPooledPglite(dump);
    expect(await valueOf(second, sql`SELECT to_regclass('scratch')::text`)).toBeNull();
    await second.close();
  });

  it('does not reuse a database whose triggers its test turned off', async () => {
    const first = await openPooledPglite(dump);
    await first.db.execute(sql`ALTER TABLE audit_events DISABLE TRIGGER USER`);
    await first.close();

    const second = await openPooledPglite(dump);
    // The append-only trigger is on, as the dump has it.
    await expect(second.db.execute(sql`DELETE FROM audit_events`)).rejects.toThrow();
    await second.close();
  });

  it('does not reuse a database whose column default its test changed', async () => {
    const first = await openPooledPglite(dump);
    await first.db.execute(
      sql`ALTER TABLE organisations ALTER COLUMN aliases SET DEFAULT '{changed}'`,
    );
    await first.close();

    const second = await openPooledPglite(dump);
    const fallback = await valueOf(
      second,
      sql`SELECT pg_get_expr(adbin, adrelid) FROM pg_attrdef WHERE adrelid = 'organisations'::regclass
            AND adnum = (SELECT attnum FROM pg_attribute WHERE attrelid = 'organisations'::regclass AND attname = 'aliases')`,
    );
    expect(String(fallback)).not.toContain('changed');
    await second.close();
  });

  it('does not pass on a transaction its test left open', async () => {
    const first = await openPooledPglite(dump);
    await first.db.execute(sql`BEGIN`);
    await first.db.execute(sql`DELETE FROM organisations`);
    await first.close();

    const second = await openPooledPglite(dump);
    expect(await slugs(second.db)).toEqual(['staffordshire']);
    await second.close();
  });

  it('stops the listeners of a test once it closes', async () => {
    const first = await openPooledPglite(dump);
    // A watch its test never closed: once the test closes the database, it must hear nothing more.
    const forgotten = first.watchPublicGeneration();
    await vi.waitFor(() => expect(forgotten.current()).not.toBeNull());
    await first.close();
    const second = await openPooledPglite(dump);
    const watch = second.watchPublicGeneration();
    await second.db.execute(sql`SELECT pg_notify('irr_public_generation', '99')`);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(watch.current()).toBe('99');
    expect(forgotten.current()).not.toBe('99');
    await watch.close();
    await second.close();
  });
});
