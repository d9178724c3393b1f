import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, schema } from '@irr/db';
import { addDays, londonDateOf } from '@irr/domain';
import { eq } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';
import { main } from './main.js';
import { memoryIo } from './test-support.js';

const PEOPLE = 6;
const KILL_AT = 3;

interface Received {
  to: string;
  messageId: string;
}

/**
 * A real SMTP server that calls `onAccepted` with the count each time it has accepted a mail (after its
 * 250 reply is sent on its way), so a test can kill the sender just after the server took a mail.
 */
async function smtpSink(onAccepted: (count: number) => void) {
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
        received.push({
          to: session.envelope.rcptTo.map((r) => r.address).join(','),
          messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '',
        });
        done();
        onAccepted(received.length);
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

describe('a digest run killed part-way, then run again', () => {
  const dir = mkdtempSync(join(tmpdir(), 'irr-notify-kill-'));
  const dataDir = join(dir, 'data');
  let child: ChildProcess | null = null;
  const smtp = smtpSink((count) => {
    if (count === KILL_AT) child?.kill('SIGKILL');
  });
  afterAll(async () => {
    child?.kill('SIGKILL');
    await (await smtp).close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('misses no one, and repeats at most the mail the server took as the process died, with its Message-ID', async () => {
    const { url } = await smtp;
    // Short claims so the rerun may take the dead process's mail without a 5-minute wait.
    const env = {
      IRR_DATA_DIR: dataDir,
      DATABASE_URL: '',
      IRR_PASSWORD: 'marmalade tractor lighthouse',
      IRR_SMTP_URL: url,
      IRR_MAIL_FROM: 'Register <register@pcc.example.org>',
      IRR_MAIL_CLAIM_SECONDS: '1',
    };
    const run = async (argv: string[], files: Record<string, string> = {}) => {
      const io = memoryIo({ env, files });
      const code = await main(argv, io.io);
      return { code, out: io.out(), all: io.all() };
    };
    const emails = Array.from({ length: PEOPLE }, (_, i) => `person${i + 1}@example.org`);
    for (const email of emails) {
      const made = await run([
        'create-user',
        '--email',
        email,
        '--role',
        'editor',
        '--org',
        'staffordshire',
      ]);
      expect(made.code, made.all).toBe(0);
    }
    const imported = await run(['import', 'seed.txt', '--as', emails[0]!], {
      'seed.txt': await readSeedRecord(),
    });
    expect(imported.code, imported.all).toBe(0);

    // Each person owns one overdue finding and wants a daily digest: six mails are due.
    const setup = await openDatabase({ kind: 'pglite', dataDir });
    try {
      const today = londonDateOf(new Date());
      const findings = await setup.db.select().from(schema.findings).orderBy(schema.findings.ref);
      expect(findings).toHaveLength(PEOPLE);
      for (const [i, email] of emails.entries()) {
        const [user] = await setup.db
          .update(schema.users)
          .set({ digest: 'daily' })
          .where(eq(schema.users.email, email))
          .returning();
        await setup.db
          .update(schema.findings)
          .set({ ownerUserId: user!.id, targetDate: addDays(today, -2) })
          .where(eq(schema.findings.id, findings[i]!.id));
      }
    } finally {
      await setup.close();
    }

    // The real command in its own process (tsx as a loader, so the kill reaches the command itself),
    // killed without warning just after the SMTP server accepted the third mail.
    const mainTs = fileURLToPath(new URL('./main.ts', import.meta.url));
    child = spawn(
      process.execPath,
      ['--import', 'tsx', '--conditions=@irr/source', mainTs, 'notify', '--now'],
      {
        cwd: fileURLToPath(new URL('../..', import.meta.url)),
        env: { ...process.env, ...env },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    let output = '';
    child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    const signal = await new Promise<NodeJS.Signals | null>((resolve) =>
      child!.once('exit', (_code, s) => resolve(s)),
    );
    expect(signal, output).toBe('SIGKILL');
    const { received } = await smtp;
    expect(received).toHaveLength(KILL_AT);
    const beforeRestart = received.slice();

    // The claims of the dead process run out, and the next run sends what it had not. The kill races the
    // dead process's record of the third mail: if the record won, that mail is not sent again (4 → 3).
    await new Promise((r) => setTimeout(r, 1_500));
    const rerun = await run(['notify', '--now']);
    expect(rerun.code, rerun.all).toBe(0);
    const resent = Number(/Mails sent by SMTP: (\d+);/.exec(rerun.out)?.[1]);
    expect(rerun.out).toMatch(/Digests queued: 0\./);
    expect([PEOPLE - KILL_AT, PEOPLE - KILL_AT + 1]).toContain(resent);

    // Everyone has their digest; the only possible repeat is the mail in flight at the kill, with the same
    // Message-ID (the documented case), and every other person has exactly one.
    expect(new Set(received.map((m) => m.to))).toEqual(new Set(emails));
    expect(received).toHaveLength(KILL_AT + resent);
    const inFlight = beforeRestart[KILL_AT - 1]!;
    expect(inFlight.messageId).toMatch(/^<irr\.digest\./);
    const copies = received.filter((m) => m.to === inFlight.to);
    expect(copies).toHaveLength(resent === PEOPLE - KILL_AT + 1 ? 2 : 1);
    for (const copy of copies) expect(copy.messageId).toBe(inFlight.messageId);
    for (const email of emails.filter((e) => e !== inFlight.to))
      expect(received.filter((m) => m.to === email)).toHaveLength(1);

    // A further run in the same period sends nothing.
    const again = await run(['notify', '--now']);
    expect(again.out).toMatch(/Digests queued: 0\. Mails sent by SMTP: 0;/);
    expect(received).toHaveLength(KILL_AT + resent);
  }, 120_000);
});
