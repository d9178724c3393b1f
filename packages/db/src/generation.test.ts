import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './connection.js';
import { dataGeneration } from './generation.js';
import { createTestDatabase, testDrivers } from './testing/test-database.js';

describe.each(testDrivers())('the data generation on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    // As the owner: the probe is a scratch table, which the application role may not create.
    database = await createTestDatabase(driver, { as: 'owner' });
    await database.db.execute(sql`create table gen_probe (n int)`);
  });
  afterAll(() => database.close());

  it('stays the same while only reads happen', async () => {
    const { db } = database;
    const before = await dataGeneration(db);
    await db.execute(sql`select count(*) from gen_probe`);
    expect(await dataGeneration(db)).toBe(before);
  });

  it('changes when a write commits', async () => {
    const { db } = database;
    const before = await dataGeneration(db);
    await db.execute(sql`insert into gen_probe values (1)`);
    expect(await dataGeneration(db)).not.toBe(before);
  });

  it.runIf(driver === 'postgres')(
    'changes when an earlier-begun write commits after a later one',
    async () => {
      const { db } = database;
      let commitEarly!: () => void;
      // The early write is made (its id taken) before the later one begins, however slow the
      // machine.
      let earlyWrote!: () => void;
      const wrote = new Promise<void>((resolve) => (earlyWrote = resolve));
      const early = db.transaction(async (tx) => {
        await tx.execute(sql`insert into gen_probe values (2)`);
        await new Promise<void>((resolve) => {
          commitEarly = resolve;
          earlyWrote();
        });
      });
      await wrote;
      await db.execute(sql`insert into gen_probe values (3)`);
      const afterLater = await dataGeneration(db);
      commitEarly();
      await early;
      // With the newest id as the generation the early write would be missed: its id is smaller.
      expect(await dataGeneration(db)).not.toBe(afterLater);
    },
  );
});
