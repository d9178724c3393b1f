import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { reports } from '../schema/index.js';
import { createTestDatabase, testDrivers } from '../testing/test-database.js';
import { lockReportMatching } from './import-record.js';

const REPORT = {
  title: 'Custody inspection: Staffordshire',
  publishedOn: '2026-11-30',
  link: null,
};

describe.each(testDrivers())('the report matching locks of an import (%s)', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database.close());

  it('are advisory locks held to the end of the transaction on PostgreSQL, none on PGlite', async () => {
    const held = await database.db.transaction(async (tx) => {
      await lockReportMatching(tx, REPORT);
      const [row] = await tx
        .select({ n: sql<number>`count(*)::int` })
        .from(sql`pg_locks`)
        .where(sql`locktype = 'advisory' and pid = pg_backend_pid()`);
      return row!.n;
    });
    // On PGlite no other transaction can run beside this one (below): the locks would guard nothing.
    expect(held).toBe(driver === 'postgres' ? 2 : 0);
  });
});

// Why lockReportMatching may skip its locks on PGlite.
describe('transactions on PGlite', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase('pglite');
  });
  afterAll(() => database.close());

  it('run one at a time: another transaction, or a query outside one, waits for the COMMIT', async () => {
    const { db } = database;
    const events: string[] = [];
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const inside = new Promise<void>((resolve) => (started = resolve));
    const first = db.transaction(async (tx) => {
      await tx.insert(reports).values({
        slug: 'custody-inspection-staffordshire',
        title: REPORT.title,
        inspectorate: 'HMICFRS',
        type: 'inspection',
      });
      started();
      await gate;
      events.push('first commits');
    });
    await inside;
    const second = db.transaction(async (tx) => {
      events.push('second begins');
      return tx.select().from(reports).where(eq(reports.title, REPORT.title));
    });
    const outside = db
      .select()
      .from(reports)
      .where(eq(reports.title, REPORT.title))
      .then((rows) => (events.push('a query outside runs'), rows));
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(events).toEqual([]);
    release();
    await first;
    const [seen, seenOutside] = await Promise.all([second, outside]);
    expect(events[0]).toBe('first commits');
    expect(events.slice(1).sort()).toEqual(['a query outside runs', 'second begins']);
    expect(seen).toHaveLength(1);
    expect(seenOutside).toHaveLength(1);
  });
});
