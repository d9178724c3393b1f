import {
  publicGeneration,
  schema,
  type Database,
  type Db,
  type PublicGenerationWatch,
} from '@irr/db';
import { createTestDatabase, testDrivers } from '@irr/db/testing';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PUBLIC_CACHE, PublicCache, type Built } from './public-cache.js';

const reply = (text: string): Built => ({
  reply: { status: 200, headers: { 'content-type': 'text/plain' }, body: Buffer.from(text) },
  shareable: true,
});

/** The generation read from the database, counted: each is a round trip (PGlite: a WebAssembly query). */
function countedReads() {
  const counted = {
    reads: 0,
    read: (db: Db) => {
      counted.reads++;
      return publicGeneration(db);
    },
  };
  return counted;
}

/** The organisations' names, as a page built now would show them. */
async function organisationNames(db: Db): Promise<Built> {
  const rows = await db.select({ name: schema.organisations.name }).from(schema.organisations);
  return reply(
    rows
      .map((r) => r.name)
      .sort()
      .join('\n'),
  );
}

let n = 0;
const addOrganisation = async (db: Db) => {
  const name = `Notified Constabulary ${++n}`;
  await db
    .insert(schema.organisations)
    .values({ slug: `notified-${n}`, name, kind: 'police_force' });
  return name;
};

async function until<T>(probe: () => Promise<T | null> | T | null): Promise<T> {
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe.each(testDrivers())('the public cache told by notifications on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    // As the owner: a test ends the listening connection, which needs the role that opened it.
    database = await createTestDatabase(driver, { as: 'owner' });
  });
  afterAll(() => database.close());

  it('answers a hit without reading the generation, and drops what a commit elsewhere changed', async () => {
    const watch = database.watchPublicGeneration();
    try {
      const counted = countedReads();
      const cache = new PublicCache(database.db, DEFAULT_PUBLIC_CACHE, counted.read, watch);
      await until(() => watch.current());
      const page = () => cache.get('k', () => organisationNames(database.db));
      expect((await page()).hit).toBe(false);
      for (let i = 0; i < 20; i++) expect((await page()).hit).toBe(true);
      expect(counted.reads).toBe(0);

      // Not through the cache's process's requests: as `irr import` or another server would write.
      const name = await addOrganisation(database.db);
      if (watch.exact) {
        // PGlite: heard before the insert returned.
        const next = await page();
        expect(next.hit).toBe(false);
        expect(next.reply.body.toString()).toContain(name);
      } else {
        // PostgreSQL: once the notification has come (`pnpm bench staleness` measures how soon).
        await until(async () =>
          (await page()).reply.body.toString().includes(name) ? true : null,
        );
      }
      expect((await page()).hit).toBe(true);
      expect(counted.reads).toBe(0);
    } finally {
      await watch.close();
    }
  });

  it('shows a write of its own process at once though no notification has come', async () => {
    // A watch that never hears anything: only the cache's own reading can show the write.
    let heard = await publicGeneration(database.db);
    const deaf: PublicGenerationWatch = {
      current: () => heard,
      saw: (g) => void (heard = BigInt(g) > BigInt(heard) ? g : heard),
      exact: false,
      close: () => Promise.resolve(),
    };
    const counted = countedReads();
    const cache = new PublicCache(database.db, DEFAULT_PUBLIC_CACHE, counted.read, deaf);
    const page = () => cache.get('k', () => organisationNames(database.db));
    await page();
    expect((await page()).hit).toBe(true);

    const name = await addOrganisation(database.db);
    cache.noteWrite(); // as the server does when a mutation has finished, before answering it
    const [first, second] = await Promise.all([page(), page()]);
    expect(first.hit).toBe(false);
    expect(first.reply.body.toString()).toContain(name);
    expect(second.reply.body.toString()).toContain(name);
    expect(counted.reads).toBe(1);
    // Read once: after that the watch (which kept the newer reading) answers again.
    expect((await page()).hit).toBe(true);
    expect(counted.reads).toBe(1);
  });

  it.runIf(driver === 'postgres')(
    'reads the generation for every wave while the listening connection is down, and stops once it is back',
    async () => {
      const states: string[] = [];
      const waiting = new Map<string, () => void>();
      const watch = database.watchPublicGeneration({
        retryMs: 50,
        onState: (state) => {
          states.push(state);
          waiting.get(state)?.();
        },
      });
      const reached = (state: string) =>
        states.at(-1) === state
          ? Promise.resolve()
          : new Promise<void>((resolve) => waiting.set(state, resolve));
      try {
        const counted = countedReads();
        const cache = new PublicCache(database.db, DEFAULT_PUBLIC_CACHE, counted.read, watch);
        const page = () => cache.get('k', () => organisationNames(database.db));
        await reached('up');
        await page();
        expect((await page()).hit).toBe(true);
        expect(counted.reads).toBe(0);

        const down = reached('down');
        await database.db.execute(sql`
          select pg_terminate_backend(pid) from pg_stat_activity
          where application_name = 'irr public generation' and datname = current_database()`);
        await down;
        // Committed elsewhere while no one listens: the very next read shows it.
        const name = await addOrganisation(database.db);
        const next = await page();
        expect(next.hit).toBe(false);
        expect(next.reply.body.toString()).toContain(name);
        expect(counted.reads).toBeGreaterThan(0);

        await reached('up');
        const before = counted.reads;
        for (let i = 0; i < 5; i++) expect((await page()).hit).toBe(true);
        expect(counted.reads).toBe(before);
      } finally {
        await watch.close();
      }
    },
  );
});
