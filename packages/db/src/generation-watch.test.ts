import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './connection.js';
import { publicGeneration } from './generation.js';
import type { PublicGenerationWatch } from './generation-watch.js';
import * as schema from './schema/index.js';
import { createTestDatabase, testDrivers } from './testing/test-database.js';

/** A watch whose state changes can be awaited. */
function watching(database: Database) {
  const waiters: { state: 'up' | 'down'; resolve: () => void }[] = [];
  let last: 'up' | 'down' | null = null;
  const watch = database.watchPublicGeneration({
    retryMs: 20,
    onState: (state) => {
      last = state;
      for (const w of waiters.filter((w) => w.state === state)) w.resolve();
    },
  });
  const until = (state: 'up' | 'down') =>
    last === state
      ? Promise.resolve()
      : new Promise<void>((resolve) => waiters.push({ state, resolve }));
  return { watch, until };
}

/** Until the watch knows a generation (PGlite reports no states: it has no connection to lose). */
async function known(watch: PublicGenerationWatch): Promise<string> {
  while (watch.current() === null) await new Promise((r) => setTimeout(r, 5));
  return watch.current()!;
}

let n = 0;
const addOrganisation = (database: Database) =>
  database.db.insert(schema.organisations).values({
    slug: `watched-${++n}`,
    name: `Watched Constabulary ${n}`,
    kind: 'police_force',
  });

describe.each(testDrivers())('watching the public generation on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    // As the owner: the test ends the listening connection, which needs the role that opened it.
    database = await createTestDatabase(driver, { as: 'owner' });
  });
  afterAll(() => database.close());

  it('hears each public commit with its new generation, and nothing for a rollback or a private write', async () => {
    const { watch } = watching(database);
    try {
      expect(await known(watch)).toBe(await publicGeneration(database.db));
      await addOrganisation(database);
      const after = await publicGeneration(database.db);
      if (watch.exact) expect(watch.current()).toBe(after);
      // PostgreSQL: the notification comes over the other connection, a moment after the commit.
      while (watch.current() !== after) await new Promise((r) => setTimeout(r, 5));

      await expect(
        database.db.transaction(async (tx) => {
          await tx.insert(schema.organisations).values({
            slug: 'rolled-back',
            name: 'Rolled Back Constabulary',
            kind: 'police_force',
          });
          throw new Error('rolled back');
        }),
      ).rejects.toThrow('rolled back');
      await database.db.insert(schema.users).values({
        email: 'watched@example.org',
        displayName: 'Not public',
        passwordHash: 'x',
      });
      await database.db.transaction(async (tx) => {
        await tx.insert(schema.organisations).values({
          slug: 'committed',
          name: 'Committed Constabulary',
          kind: 'police_force',
        });
      });
      const next = await publicGeneration(database.db);
      expect(Number(next)).toBe(Number(after) + 1);
      if (watch.exact) expect(watch.current()).toBe(next);
      while (watch.current() !== next) await new Promise((r) => setTimeout(r, 5));
    } finally {
      await watch.close();
    }
  });

  it('keeps the newer of what it heard and what this process read itself', async () => {
    const { watch } = watching(database);
    try {
      const g = await known(watch);
      watch.saw(String(BigInt(g) - 1n));
      expect(watch.current()).toBe(g);
      watch.saw(String(BigInt(g) + 5n));
      expect(watch.current()).toBe(String(BigInt(g) + 5n));
    } finally {
      await watch.close();
    }
  });

  it.runIf(driver === 'postgres')(
    'knows nothing while its connection is cut, and catches up with what it missed once it is back',
    async () => {
      const { watch, until } = watching(database);
      try {
        await until('up');
        const cut = until('down');
        await database.db.execute(sql`
          select pg_terminate_backend(pid) from pg_stat_activity
          where application_name = 'irr public generation' and datname = current_database()`);
        await cut;
        expect(watch.current()).toBeNull();
        // A commit no listener hears: the watch must not come back believing the older value.
        await addOrganisation(database);
        const missed = await publicGeneration(database.db);
        await until('up');
        expect(BigInt(watch.current()!)).toBeGreaterThanOrEqual(BigInt(missed));
        await addOrganisation(database);
        const heard = await publicGeneration(database.db);
        while (watch.current() !== heard) await new Promise((r) => setTimeout(r, 5));
      } finally {
        await watch.close();
      }
    },
  );
});
