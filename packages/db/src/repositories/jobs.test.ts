import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../connection.js';
import { createTestDatabase, testDrivers } from '../testing/test-database.js';
import { claimJobs, completeJob, enqueueJobs, failJob } from './jobs.js';

const T0 = new Date('2026-12-01T08:00:00Z');
const later = (ms: number) => new Date(T0.getTime() + ms);

describe.each(testDrivers())('the jobs table (%s)', (driver) => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase(driver);
  });
  afterAll(() => database.close());

  it('adds a job once per key, however often it is asked for', async () => {
    const job = { key: 'digest:someone:2026-12-01', kind: 'mail', payload: {}, runAt: T0 };
    expect(await enqueueJobs(database.db, [job])).toBe(1);
    expect(await enqueueJobs(database.db, [job, job])).toBe(0);
    const [claimed] = await claimJobs(database.db, { now: T0, limit: 5, lockMs: 60_000 });
    expect(claimed).toMatchObject({ key: job.key, attempts: 1 });
    await completeJob(database.db, claimed!.id, T0);
  });

  it('gives each due job to one claimer; a claim not completed in time is claimed again, once', async () => {
    const keys = Array.from({ length: 30 }, (_, i) => `claim-test:${i}`);
    await enqueueJobs(
      database.db,
      keys.map((key) => ({ key, kind: 'claim-test', payload: { key }, runAt: T0 })),
    );
    // Three claimers at once (on PostgreSQL, three connections): SKIP LOCKED shares the jobs out.
    const claims = await Promise.all(
      [0, 1, 2].map(() => claimJobs(database.db, { now: later(1000), limit: 12, lockMs: 60_000 })),
    );
    const claimed = claims.flat().filter((j) => j.kind === 'claim-test');
    expect(claimed.map((j) => j.key).sort()).toEqual([...keys].sort());
    expect(new Set(claimed.map((j) => j.id)).size).toBe(claimed.length);

    // The claimer of the first dies; the others finish theirs.
    const [lost, ...done] = claimed;
    for (const j of done) await completeJob(database.db, j.id, later(2000));
    // Within the claim nobody takes it; once the claim runs out, one claimer does.
    expect(await claimJobs(database.db, { now: later(30_000), limit: 50, lockMs: 60_000 })).toEqual(
      [],
    );
    const retried = await claimJobs(database.db, { now: later(70_000), limit: 50, lockMs: 60_000 });
    expect(retried.filter((j) => j.kind === 'claim-test').map((j) => j.key)).toEqual([lost!.key]);
    expect(retried[0]!.attempts).toBe(2);
    await completeJob(database.db, retried[0]!.id, later(71_000));
    expect(
      await claimJobs(database.db, { now: later(600_000), limit: 50, lockMs: 60_000 }),
    ).toEqual([]);
  });

  it('tries a failed job again when its back-off ends, and never once it is given up', async () => {
    await enqueueJobs(database.db, [{ key: 'fails', kind: 'fail-test', payload: {}, runAt: T0 }]);
    const [job] = await claimJobs(database.db, { now: later(1), limit: 1, lockMs: 60_000 });
    await failJob(database.db, job!.id, {
      error: 'SMTP 451',
      retryAt: later(120_000),
      now: later(2),
    });
    expect(await claimJobs(database.db, { now: later(60_000), limit: 5, lockMs: 60_000 })).toEqual(
      [],
    );
    const [again] = await claimJobs(database.db, { now: later(120_000), limit: 5, lockMs: 60_000 });
    expect(again).toMatchObject({ key: 'fails', attempts: 2, lastError: 'SMTP 451' });
    await failJob(database.db, again!.id, {
      error: 'SMTP 550',
      retryAt: null,
      now: later(120_001),
    });
    expect(await claimJobs(database.db, { now: later(10 ** 9), limit: 5, lockMs: 60_000 })).toEqual(
      [],
    );
  });
});
