import { EventEmitter } from 'node:events';
import type {} from '@irr/db/testing/global-setup';
import type { Database } from '@irr/db';
import { createTestDatabase, testDrivers } from '@irr/db/testing';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

// A ceiling for a server that never starts, under the test's own 180 s: the demo load is slow
// on a busy machine.
async function until<T>(probe: () => T | null, what: string, ms = 150_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

// On PostgreSQL as the application role, as a deployed server runs (the role check passes).
describe.each(testDrivers())('irr serve --demo on %s', (driver) => {
  // A fresh register for every test; the second loads the demo itself rather than relying on
  // the first.
  let database: Database;
  beforeEach(async () => {
    database = await createTestDatabase(driver);
  });
  afterEach(() => database.close());

  it('loads the demo on first start, serves it, and stops cleanly on SIGTERM', async () => {
    const signals = new EventEmitter();
    const io = memoryIo({ env: { IRR_PORT: '0', IRR_LOG_LEVEL: 'warn' } });
    const exited = main(['serve', '--demo'], io.io, { database, signals });
    const url = await until(
      () => /The register is at (http:\/\/[^/\s]+)\//.exec(io.out())?.[1] ?? null,
      'the server to start',
    );
    expect(io.out()).toContain('Loaded the demo data');

    expect((await fetch(`${url}/healthz`)).status).toBe(200);
    const response = await fetch(`${url}/trpc/public.organisations`);
    const body = (await response.json()) as {
      result: { data: { slug: string; publishedResponses: number }[] };
    };
    expect(body.result.data).toContainEqual(
      expect.objectContaining({ slug: 'west-midlands', publishedResponses: 3 }),
    );

    signals.emit('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('does not load the demo twice', async () => {
    expect(await main(['seed-demo'], memoryIo().io, { database })).toBe(0);
    const signals = new EventEmitter();
    const io = memoryIo({ env: { IRR_PORT: '0', IRR_LOG_LEVEL: 'warn' } });
    const exited = main(['serve', '--demo'], io.io, { database, signals });
    await until(
      () => (io.out().includes('The register is at') ? true : null),
      'the server to start',
    );
    expect(io.out()).toContain('nothing changed');
    expect(io.out()).not.toContain('PASSWORD');
    signals.emit('SIGINT');
    expect(await exited).toBe(0);
  });
});
