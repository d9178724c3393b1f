import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from '@irr/db/testing/global-setup';
import { copyPostgresTemplate, testDrivers, type PostgresCopy } from '@irr/db/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from './main.js';
import { memoryIo, startServeProcess, type ServeProcess } from './test-support.js';

/** A GET on a connection of its own (no keep-alive), so the cluster may hand it to any worker. */
function getOnNewConnection(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    request(url, { agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    })
      .on('error', reject)
      .end();
  });
}

async function until<T>(probe: () => T | null | undefined, what: string, ms = 120_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = probe();
    if (value !== null && value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

const pidsAnswering = (server: ServeProcess, path: string) =>
  new Set(
    server
      .logs()
      .filter((l) => l.msg === 'request' && l.path === path)
      .map((l) => l.pid),
  );

describe('irr serve --workers on the embedded database', () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'irr-workers-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('is refused with the reason, since one process holds the embedded database', async () => {
    for (const workers of ['2', 'auto']) {
      const io = memoryIo({ env: { IRR_DATA_DIR: dataDir, IRR_PORT: '0' } });
      const code = await main(['serve', '--workers', workers], io.io);
      // `auto` on a machine of one core is one process, which the embedded database allows.
      if (workers === 'auto' && code !== 2) continue;
      expect(code, io.all()).toBe(2);
      expect(io.err()).toContain(
        `irr serve --workers ${workers}: several server processes need PostgreSQL (set DATABASE_URL). ` +
          'The embedded database is held by one process, so it is served by one: leave out --workers.',
      );
      expect(io.out()).not.toContain('The register is at');
    }
  });

  it('refuses a number of workers that is not one', async () => {
    for (const workers of ['0', 'many', '1000']) {
      const io = memoryIo({ env: { IRR_DATA_DIR: dataDir, IRR_PORT: '0' } });
      expect(await main(['serve', '--workers', workers], io.io)).toBe(2);
      expect(io.err()).toContain('--workers must be a number from 1 to 256 or auto');
    }
  });
});

describe.runIf(testDrivers().includes('postgres'))('irr serve --workers 2 on PostgreSQL', () => {
  let copy: PostgresCopy;
  let server: ServeProcess;
  beforeAll(async () => {
    copy = await copyPostgresTemplate();
    server = await startServeProcess(['--workers', '2'], {
      DATABASE_URL: copy.url('app'),
      IRR_MIGRATION_DATABASE_URL: copy.url('owner'),
      IRR_PORT: '0',
      IRR_HOST: '127.0.0.1',
      IRR_LOG_LEVEL: 'info',
    });
  });
  afterAll(async () => {
    await server?.stop();
    await copy?.drop();
  });

  it('answers from two worker processes, starts again one that dies, and stops them all on SIGTERM', async () => {
    expect(server.output.join('\n')).toContain('served by 2 worker processes');
    // Migrated once, by the primary, before the workers started.
    expect(server.output.filter((l) => l.includes('Granted the application role'))).toHaveLength(1);

    for (let i = 0; i < 6; i++) expect(await getOnNewConnection(`${server.url}/healthz`)).toBe(200);
    const workerPids = await until(() => {
      const pids = pidsAnswering(server, '/healthz');
      return pids.size === 2 ? [...pids] : null;
    }, 'the log lines of two workers');
    expect(workerPids).not.toContain(server.pid);
    // Each line says which worker wrote it.
    const lines = server.logs().filter((l) => l.msg === 'request');
    expect(new Set(lines.map((l) => l.worker))).toEqual(new Set([1, 2]));

    // A worker killed outright is replaced; the register answers throughout.
    process.kill(workerPids[0] as number, 'SIGKILL');
    await until(
      () => server.logs().find((l) => l.msg === 'worker died' && l.workerPid === workerPids[0]),
      'the primary to see the worker die',
    );
    const replacement = await until(
      () =>
        server
          .logs()
          .find(
            (l) => l.msg === 'listening' && !workerPids.includes(l.pid) && l.pid !== server.pid,
          ),
      'a replacement worker',
    );
    for (let i = 0; i < 6; i++) expect(await getOnNewConnection(`${server.url}/readyz`)).toBe(200);
    await until(
      () => (pidsAnswering(server, '/readyz').has(replacement.pid) ? true : null),
      'the replacement to answer',
    );

    expect(await server.stop()).toBe(0);
    const closed = server.logs().filter((l) => l.msg === 'closed');
    expect(new Set(closed.map((l) => l.pid))).toEqual(
      new Set([server.pid, workerPids[1], replacement.pid]),
    );
    for (const pid of [workerPids[1], replacement.pid])
      expect(() => process.kill(pid as number, 0)).toThrow();
  });
});
