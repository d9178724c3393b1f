import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { count, eq, inArray } from 'drizzle-orm';
import { openDatabase, schema } from '@irr/db';
import { parseRecord } from '@irr/domain';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';

const SEED_TITLE =
  'Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police';
const PASSWORD = 'a long enough password for the fault test';
const MAIN = fileURLToPath(new URL('../cli/main.ts', import.meta.url));
const CWD = fileURLToPath(new URL('../..', import.meta.url));

// The real CLI in one process (tsx as a loader, so SIGKILL hits the server itself).
const nodeArgs = (args: string[]) => ['--import', 'tsx', '--conditions=@irr/source', MAIN, ...args];

describe('the server killed with SIGKILL during writes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'irr-fault-'));
  const env = {
    ...process.env,
    IRR_DATA_DIR: join(dir, 'data'),
    DATABASE_URL: '',
    IRR_PORT: '0',
    IRR_HOST: '127.0.0.1',
    IRR_LOG_LEVEL: 'warn',
    IRR_PASSWORD: PASSWORD,
  };
  const children: ChildProcess[] = [];
  afterAll(() => {
    for (const c of children) if (c.exitCode === null) c.kill('SIGKILL');
    rmSync(dir, { recursive: true, force: true });
  });

  function serve(): Promise<{ child: ChildProcess; url: string; output: string[] }> {
    const child = spawn(process.execPath, nodeArgs(['serve']), {
      cwd: CWD,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    children.push(child);
    const output: string[] = [];
    createInterface({ input: child.stderr }).on('line', (l) => output.push(l));
    return new Promise((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (l) => {
        output.push(l);
        const m = /The register is at (http:\/\/[^/\s]+)\//.exec(l);
        if (m) resolve({ child, url: m[1]!, output });
      });
      child.once('exit', (code) =>
        reject(new Error(`irr serve exited with ${code}: ${output.join('\n')}`)),
      );
    });
  }

  async function signIn(url: string): Promise<string> {
    const res = await fetch(`${url}/trpc/auth.signIn`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-irr-csrf': '1', origin: url },
      body: JSON.stringify({ email: 'editor@example.org', password: PASSWORD }),
    });
    expect(res.status).toBe(200);
    return res.headers
      .getSetCookie()
      .find((c) => c.startsWith('irr_session='))!
      .split(';')[0]!;
  }

  it('restarts on the same folder with every acknowledged write and no partial record; a second server is refused', async () => {
    const created = spawnSync(
      process.execPath,
      nodeArgs([
        'create-user',
        '--email',
        'editor@example.org',
        '--role',
        'editor',
        '--org',
        'staffordshire',
      ]),
      { cwd: CWD, env, encoding: 'utf8' },
    );
    expect(created.stderr).toBe('');
    expect(created.status).toBe(0);

    const first = await serve();

    // A second server on the same embedded database folder is refused while the first runs.
    const second = spawnSync(process.execPath, nodeArgs(['serve']), {
      cwd: CWD,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(second.status).toBe(1);
    expect(second.stderr).toMatch(/in use|another process|locked/i);

    const cookie = await signIn(first.url);
    const seed = await readSeedRecord();
    const findingsPerRecord = parseRecord(seed).record!.findings.length;
    const acknowledged: string[] = [];
    let attempted = 0;
    let killed = false;
    async function writer(w: number) {
      for (let i = 0; !killed; i++) {
        attempted++;
        const text = seed.replace(SEED_TITLE, `Fault test inspection ${w}-${i}: Staffordshire`);
        try {
          const res = await fetch(`${first.url}/trpc/import.records`, {
            method: 'POST',
            headers: {
              'content-type': 'application/json',
              'x-irr-csrf': '1',
              origin: first.url,
              cookie,
            },
            body: JSON.stringify({ text }),
          });
          if (res.status !== 200) continue;
          const body = (await res.json()) as {
            result: { data: { items: { outcome: string; recordId: string | null }[] } };
          };
          const item = body.result.data.items[0]!;
          if (item.outcome === 'created' && item.recordId) acknowledged.push(item.recordId);
        } catch {
          // The connection died with the server: not acknowledged.
        }
      }
    }
    const writers = [0, 1, 2, 3].map(writer);
    // Kill once several writes have landed, while the others are in flight.
    while (acknowledged.length < 6) await new Promise((r) => setTimeout(r, 20));
    const exited = new Promise<void>((r) => first.child.once('exit', () => r()));
    first.child.kill('SIGKILL');
    killed = true;
    await exited;
    await Promise.all(writers);
    expect(attempted).toBeGreaterThan(acknowledged.length);

    // Restart: the database opens (the dead process's lock is taken over) and serves.
    const again = await serve();
    const health = await fetch(`${again.url}/readyz`);
    expect(health.status).toBe(200);
    const stopped = new Promise<void>((r) => again.child.once('exit', () => r()));
    again.child.kill('SIGTERM');
    await stopped;

    const database = await openDatabase({ kind: 'pglite', dataDir: join(dir, 'data') });
    try {
      const records = await database.db
        .select({ id: schema.responseRecords.id })
        .from(schema.responseRecords);
      const ids = records.map((r) => r.id);
      for (const id of acknowledged) expect(ids).toContain(id);
      // Every record there is whole: all its findings, and its import in the audit trail.
      const perRecord = await database.db
        .select({ recordId: schema.findings.recordId, n: count() })
        .from(schema.findings)
        .groupBy(schema.findings.recordId);
      expect(perRecord).toHaveLength(ids.length);
      for (const r of perRecord) expect(r.n).toBe(findingsPerRecord);
      const audited = await database.db
        .select({ id: schema.auditEvents.entityId })
        .from(schema.auditEvents)
        .where(inArray(schema.auditEvents.entityId, ids));
      for (const id of ids) expect(audited.map((a) => a.id)).toContain(id);
      expect(
        await database.db
          .select()
          .from(schema.organisations)
          .where(eq(schema.organisations.slug, 'staffordshire')),
      ).toHaveLength(1);
    } finally {
      await database.close();
    }
  });
});
