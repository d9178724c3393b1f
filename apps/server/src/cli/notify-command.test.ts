import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from '@irr/db/testing/global-setup';
import { schema, type Database } from '@irr/db';
import { createTestDatabase } from '@irr/db/testing';
import { addDays, londonDateOf } from '@irr/domain';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

interface Received {
  to: string[];
  raw: string;
}

/** A real SMTP server on a free port, keeping what it is given. */
async function smtpSink() {
  const received: Received[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, done) {
      let raw = '';
      stream.setEncoding('utf8');
      stream.on('data', (chunk: string) => (raw += chunk));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw });
        done();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as { port: number };
  return {
    received,
    url: `smtp://127.0.0.1:${port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

const PASSWORD = 'marmalade tractor lighthouse';
const FROM = 'Register <register@pcc.example.org>';

describe('irr notify --now', () => {
  let database: Database;
  let smtp: Awaited<ReturnType<typeof smtpSink>>;
  let dataDir: string;
  const today = londonDateOf(new Date());

  async function run(
    argv: string[],
    env: Record<string, string>,
    files: Record<string, string> = {},
  ) {
    const io = memoryIo({ env: { IRR_PASSWORD: PASSWORD, IRR_DATA_DIR: dataDir, ...env }, files });
    const code = await main(argv, io.io, { database });
    return { code, ...io };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    smtp = await smtpSink();
    dataDir = mkdtempSync(join(tmpdir(), 'irr-notify-'));
    for (const [email, role] of [
      ['daily@example.org', 'editor'],
      ['weekly@example.org', 'editor'],
      ['off@example.org', 'editor'],
    ] as const) {
      const made = await run(
        ['create-user', '--email', email, '--role', role, '--org', 'staffordshire'],
        {},
      );
      expect(made.code, made.all()).toBe(0);
    }
    const imported = await run(
      ['import', 'seed.txt', '--as', 'daily@example.org'],
      {},
      {
        'seed.txt': await readSeedRecord(),
      },
    );
    expect(imported.code, imported.all()).toBe(0);
    const db = database.db;
    const people: Record<string, string> = Object.fromEntries(
      (await db.select().from(schema.users)).map((u) => [u.email.split('@')[0]!, u.id]),
    );
    await db
      .update(schema.users)
      .set({ digest: 'daily' })
      .where(eq(schema.users.id, people.daily!));
    await db.update(schema.users).set({ digest: 'off' }).where(eq(schema.users.id, people.off!));
    const findings = await db.select().from(schema.findings).orderBy(schema.findings.ref);
    const own = (i: number, who: string, days: number) =>
      db
        .update(schema.findings)
        .set({ ownerUserId: people[who]!, targetDate: addDays(today, days) })
        .where(eq(schema.findings.id, findings[i]!.id));
    await own(0, 'daily', -3);
    await own(1, 'daily', 14);
    await own(2, 'daily', 200);
    await own(3, 'weekly', 0);
    await own(4, 'off', -1);
  });
  afterAll(async () => {
    await smtp.close();
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('delivers by SMTP exactly the due items for each person, nothing when the digest is off, and once a period', async () => {
    const env = { IRR_SMTP_URL: smtp.url, IRR_MAIL_FROM: FROM };
    const first = await run(['notify', '--now'], env);
    expect(first.code, first.all()).toBe(0);
    expect(first.out()).toMatch(/Digests queued: 2\. Mails sent by SMTP: 2;/);
    const byRecipient = new Map(smtp.received.map((m) => [m.to.join(','), m.raw]));
    expect([...byRecipient.keys()].sort()).toEqual(['daily@example.org', 'weekly@example.org']);
    const daily = byRecipient.get('daily@example.org')!;
    expect(daily).toMatch(/^From: Register <register@pcc\.example\.org>/m);
    expect(daily).toMatch(/^Message-ID:\s+<irr\.digest\.[\w.-]+@pcc\.example\.org>/im);
    expect(daily).toMatch(/^Subject: What is due: 2 findings/m);
    expect(daily).toContain('overdue by 3 days');
    expect(daily).toContain('due in 14 days');
    expect(daily).not.toContain(addDays(today, 200));
    expect(byRecipient.get('weekly@example.org')).toContain('due today');

    const second = await run(['notify', '--now'], env);
    expect(second.code).toBe(0);
    expect(second.out()).toMatch(/Digests queued: 0\. Mails sent by SMTP: 0;/);
    expect(smtp.received).toHaveLength(2);
  });

  it('writes mail to the outbox folder in the data folder when no SMTP server is set', async () => {
    await database.db.delete(schema.jobs);
    const result = await run(['notify', '--now'], { IRR_MAIL_FROM: FROM });
    expect(result.code, result.all()).toBe(0);
    const outbox = join(dataDir, 'outbox');
    const files = readdirSync(outbox).filter((f) => f.endsWith('.eml'));
    expect(files).toHaveLength(2);
    const mail = readFileSync(join(outbox, files[0]!), 'utf8');
    expect(mail).toMatch(/^Subject: What is due/m);
  });
});
