import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { copyPostgresTemplate, testDrivers, type PostgresCopy } from '@irr/db/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

/** `irr serve` until it prints its address (or exits), then a public read and SIGTERM. */
async function serveOnce(env: Record<string, string>) {
  const io = memoryIo({ env: { IRR_PORT: '0', IRR_LOG_LEVEL: 'warn', ...env } });
  const signals = new EventEmitter();
  let code: number | null = null;
  const exited = main(['serve'], io.io, { signals }).then((c) => (code = c));
  // A ceiling for a server that never starts, not a speed check.
  for (let i = 0; i < 1200 && code === null && !io.out().includes('The register is at'); i++)
    await new Promise((resolve) => setTimeout(resolve, 50));
  const url = /The register is at (http:\/\/[^/\s]+)\//.exec(io.out())?.[1];
  let status: number | null = null;
  if (url && code === null) {
    status = (await fetch(`${url}/trpc/public.organisations`)).status;
    signals.emit('SIGTERM');
  }
  return { code: await exited, status, out: io.out(), err: io.err() };
}

// The server's role on PostgreSQL is the application role; a role that could switch off the
// triggers (a superuser, the owner) is refused before anything is served.
describe.runIf(testDrivers().includes('postgres'))('irr migrate and serve on PostgreSQL', () => {
  const copies: PostgresCopy[] = [];
  const copy = async (options?: { migrated: boolean }) => {
    const made = await copyPostgresTemplate(options);
    copies.push(made);
    return made;
  };
  afterEach(async () => {
    for (const made of copies.splice(0)) await made.drop();
  });

  it('migrates as the owner, grants the application role, and serves as that role alone', async () => {
    const db = await copy({ migrated: false });
    const env = { DATABASE_URL: db.url('app'), IRR_MIGRATION_DATABASE_URL: db.url('owner') };
    const migrate = memoryIo({ env });
    expect(await main(['migrate'], migrate.io)).toBe(0);
    expect(migrate.out()).toMatch(/^Applied \d+ migrations to PostgreSQL/);
    expect(migrate.out()).toMatch(/Granted the application role "irr_app_\d+"/);
    expect(migrate.err()).toBe('');

    const served = await serveOnce({ DATABASE_URL: db.url('app') });
    expect(served.err).toBe('');
    expect(served.status).toBe(200);
    expect(served.code).toBe(0);
  });

  it('refuses to serve as the owner of the tables', async () => {
    const db = await copy();
    const served = await serveOnce({ DATABASE_URL: db.url('owner') });
    expect(served.code).toBe(1);
    expect(served.status).toBeNull();
    expect(served.err).toMatch(
      /Refusing to serve as the PostgreSQL role "irr_owner_\d+": it owns .*tables.*IRR_MIGRATION_DATABASE_URL/,
    );
  });

  it('refuses to serve as a superuser', async () => {
    const db = await copy();
    const served = await serveOnce({ DATABASE_URL: db.url('superuser') });
    expect(served.code).toBe(1);
    expect(served.err).toMatch(/Refusing to serve as the PostgreSQL role ".+": it is a superuser/);
  });

  it('warns when DATABASE_URL migrates for want of an owner role', async () => {
    const db = await copy({ migrated: false });
    const io = memoryIo({ env: { DATABASE_URL: db.url('owner') } });
    expect(await main(['migrate'], io.io)).toBe(0);
    expect(io.err()).toMatch(/^Warning: IRR_MIGRATION_DATABASE_URL is not set/);
  });

  it('says what to set when the application role cannot migrate a new database', async () => {
    const db = await copy({ migrated: false });
    const served = await serveOnce({ DATABASE_URL: db.url('app') });
    expect(served.code).toBe(1);
    expect(served.err).toMatch(
      /Migrating PostgreSQL at .* failed: permission denied .*set IRR_MIGRATION_DATABASE_URL/,
    );
    // Nothing of the password in the terminal.
    expect(served.err).not.toContain(new URL(db.url('app')).password);
  });
});

describe('irr serve on the embedded database', () => {
  const dir = mkdtempSync(join(tmpdir(), 'irr-embedded-'));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('says once, at start, what the embedded database can and cannot promise', async () => {
    const served = await serveOnce({ IRR_DATA_DIR: dir });
    expect(served.code).toBe(0);
    expect(served.out).toContain(
      'Note: the embedded database has a single user: its triggers stop the application making a mistake, but whoever can write its folder can change anything',
    );
  });
});
