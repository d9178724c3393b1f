import { EventEmitter } from 'node:events';
import type {} from '@irr/db/testing/global-setup';
import type { Database } from '@irr/db';
import { createTestDatabase } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

async function until<T>(probe: () => T | null, what: string, ms = 30_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('irr serve --demo', () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

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
      expect.objectContaining({ slug: 'west-midlands', publishedResponses: 2 }),
    );

    signals.emit('SIGTERM');
    expect(await exited).toBe(0);
    await expect(fetch(`${url}/healthz`)).rejects.toThrow();
  });

  it('does not load the demo twice', async () => {
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
