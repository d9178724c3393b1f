import { sql } from 'drizzle-orm';
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase, type Database } from './connection.js';
import { DataFolderInUseError } from './folder-lock.js';
import { auditEvents } from './schema/index.js';
import { createTestDatabase, testDrivers } from './testing/test-database.js';

/** The database's own message (drizzle wraps it as the cause). */
async function failure(query: Promise<unknown>): Promise<string> {
  try {
    await query;
    return 'no error';
  } catch (e) {
    return String((e as { cause?: Error }).cause?.message ?? (e as Error).message);
  }
}

describe.each(testDrivers())('the schema on %s', (driver) => {
  let database: Database;
  beforeAll(async () => {
    // As the owner: the triggers hold even for a role the table's privileges would let through
    // (the application role is refused before them; database-roles.test.ts).
    database = await createTestDatabase(driver, { as: 'owner' });
  });
  afterAll(() => database.close());

  it('refuses to change or delete audit events, in the database itself', async () => {
    const { db } = database;
    await db.insert(auditEvents).values({ action: 'test', entityType: 'user', entityId: 'x' });
    expect(await failure(db.execute(sql`UPDATE audit_events SET action = 'changed'`))).toMatch(
      /append-only/,
    );
    expect(await failure(db.execute(sql`DELETE FROM audit_events`))).toMatch(/append-only/);
    const rows = await db.select().from(auditEvents);
    expect(rows.map((r) => r.action)).toEqual(['test']);
  });

  it('has full-text search columns that ignore HTML tags and stem English words', async () => {
    const { db } = database;
    const result = (await db.execute(
      sql`SELECT to_tsvector('english', regexp_replace('<p>The force <b>investigates</b> crimes</p>', '<[^>]*>', ' ', 'g')) @@ websearch_to_tsquery('english', 'investigate crime') AS matches`,
    )) as { rows: { matches: boolean }[] };
    expect(result.rows[0]?.matches).toBe(true);
  });
});

describe('the embedded database folder', () => {
  // A folder of its own for every test: neither finds the other's database or lock file.
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'irr-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('refuses a second opener, naming the folder and the holder, and keeps committed data', async () => {
    const first = await openDatabase({ kind: 'pglite', dataDir: dir });
    await first.migrate();
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(
      DataFolderInUseError,
    );
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(
      new RegExp(`${dir}.*pid ${process.pid}`),
    );
    await first.db
      .insert(auditEvents)
      .values({ action: 'kept', entityType: 'user', entityId: 'x' });
    await first.close();
    const again = await openDatabase({ kind: 'pglite', dataDir: dir });
    const rows = await again.db.select().from(auditEvents);
    expect(rows.map((r) => r.action)).toEqual(['kept']);
    await again.close();
  });

  it('takes over the lock of a process that died without releasing it', async () => {
    const child = spawn(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
    const pid = child.pid!;
    const { writeFileSync } = await import('node:fs');
    writeFileSync(join(dir, 'irr.lock'), String(pid));
    await expect(openDatabase({ kind: 'pglite', dataDir: dir })).rejects.toThrow(`pid ${pid}`);
    child.kill('SIGKILL');
    await new Promise((resolve) => child.on('exit', resolve));
    const database = await openDatabase({ kind: 'pglite', dataDir: dir });
    await database.close();
  });
});
