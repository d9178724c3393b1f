import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type {} from '@irr/db/testing/global-setup';
import { openDatabase, schema, type Database } from '@irr/db';
import { copyPostgresTemplate, testDrivers, type PostgresCopy } from '@irr/db/testing';
import { addDays, londonDateOf } from '@irr/domain';
import { eq, like } from 'drizzle-orm';
import { SMTPServer } from 'smtp-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSeedRecord } from '../demo/seed-record.js';
import { main } from './main.js';
import { memoryIo, startServeProcess, type ServeProcess } from './test-support.js';

const PASSWORD = 'marmalade tractor lighthouse';
const EDITOR = 'editor@example.org';
const APPROVER = 'approver@example.org';

/** A real SMTP server on a free port, keeping each mail's recipients and Message-ID. */
async function smtpSink() {
  const received: { to: string; subject: string; messageId: string }[] = [];
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
          subject: /^Subject: (.*)$/m.exec(raw)?.[1] ?? '',
          messageId: /^Message-ID:\s*(\S+)/im.exec(raw)?.[1] ?? '',
        });
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

async function until<T>(probe: () => Promise<T | null> | T | null, what: string, ms = 120_000) {
  const deadline = Date.now() + ms;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Requests as the admin app and the portal make them, to one server or the other. */
const staffHeaders = (base: string, cookie?: string) => ({
  'content-type': 'application/json',
  'x-irr-csrf': '1',
  origin: base,
  ...(cookie && { cookie }),
});

async function signIn(base: string, email: string): Promise<string> {
  const res = await fetch(`${base}/trpc/auth.signIn`, {
    method: 'POST',
    headers: staffHeaders(base),
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers
    .getSetCookie()
    .find((c) => c.startsWith('irr_session='))!
    .split(';')[0]!;
}

async function query<T>(base: string, path: string, input?: unknown, cookie?: string) {
  const qs = input === undefined ? '' : `?input=${encodeURIComponent(JSON.stringify(input))}`;
  const res = await fetch(`${base}/trpc/${path}${qs}`, { headers: staffHeaders(base, cookie) });
  const body = (await res.json()) as { result?: { data: T } };
  return { res, data: body.result?.data as T };
}

async function mutate<T>(base: string, path: string, input: unknown, cookie: string) {
  const res = await fetch(`${base}/trpc/${path}`, {
    method: 'POST',
    headers: staffHeaders(base, cookie),
    body: JSON.stringify(input),
  });
  const body = (await res.json()) as { result?: { data: T }; error?: unknown };
  expect(res.status, JSON.stringify(body.error)).toBe(200);
  return body.result!.data;
}

const publishedIn = async (base: string, slug: string) => {
  const { res, data } = await query<{ slug: string; publishedResponses: number }[]>(
    base,
    'public.organisations',
  );
  return {
    cache: res.headers.get('x-cache'),
    published: data.find((o) => o.slug === slug)?.publishedResponses,
  };
};

/**
 * Two `irr serve` processes, each with its own connections and its own public cache, on one PostgreSQL
 * database, as two servers behind a proxy would be: what one does, the other knows at once (sessions, jobs)
 * or, for its public cache, once the database's notification arrives.
 */
describe.runIf(testDrivers().includes('postgres'))('two servers on one PostgreSQL', () => {
  let copy: PostgresCopy;
  let database: Database;
  let smtp: Awaited<ReturnType<typeof smtpSink>>;
  let dataDir: string;
  let a: ServeProcess;
  let b: ServeProcess;
  let recordId = '';

  beforeAll(async () => {
    copy = await copyPostgresTemplate();
    database = await openDatabase({ kind: 'postgres', url: copy.url('app') });
    smtp = await smtpSink();
    dataDir = mkdtempSync(join(tmpdir(), 'irr-two-servers-'));
    const setup = async (argv: string[], files: Record<string, string> = {}) => {
      const io = memoryIo({ env: { IRR_PASSWORD: PASSWORD }, files });
      expect(await main(argv, io.io, { database }), io.all()).toBe(0);
      return io.out();
    };
    await setup(['create-user', '--email', EDITOR, '--role', 'editor', '--org', 'staffordshire']);
    await setup([
      'create-user',
      '--email',
      APPROVER,
      '--role',
      'approver',
      '--org',
      'staffordshire',
    ]);
    await setup(['import', 'seed.txt', '--as', EDITOR], { 'seed.txt': await readSeedRecord() });
    const [record] = await database.db.select().from(schema.responseRecords);
    recordId = record!.id;

    const env = {
      DATABASE_URL: copy.url('app'),
      IRR_MIGRATION_DATABASE_URL: copy.url('owner'),
      IRR_DATA_DIR: dataDir,
      IRR_PORT: '0',
      IRR_HOST: '127.0.0.1',
      IRR_LOG_LEVEL: 'warn',
      IRR_SMTP_URL: smtp.url,
      IRR_MAIL_FROM: 'Register <register@pcc.example.org>',
      // Both schedulers look for due mail every second, so they compete for each job.
      IRR_NOTIFY_EVERY_SECONDS: '1',
      IRR_RATE_LIMIT_SIGN_IN: '10000/60',
    };
    [a, b] = await Promise.all([startServeProcess([], env), startServeProcess([], env)]);
  });
  afterAll(async () => {
    await Promise.all([a?.stop(), b?.stop()]);
    await smtp?.close();
    await database?.close();
    await copy?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('are two processes', () => {
    expect(a.pid).not.toBe(b.pid);
    expect(a.url).not.toBe(b.url);
  });

  it('accept on one a session made on the other, and end it on both when it is ended on one', async () => {
    const cookie = await signIn(a.url, EDITOR);
    const me = await query<{ email: string } | null>(b.url, 'auth.me', undefined, cookie);
    expect(me.data).toMatchObject({ email: EDITOR });
    await mutate(b.url, 'auth.signOut', undefined, cookie);
    expect((await query(a.url, 'auth.me', undefined, cookie)).data).toBeNull();
  });

  it('shows a publication through the server that made it at once, and through the other once notified, though both held the page', async () => {
    // Both hold the public list of organisations (a hit on the second read), Staffordshire with nothing published.
    for (const server of [a, b]) {
      await publishedIn(server.url, 'staffordshire');
      expect(await publishedIn(server.url, 'staffordshire')).toEqual({
        cache: 'hit',
        published: 0,
      });
    }

    // The editor submits and the approver approves and publishes, all through A.
    const editor = await signIn(a.url, EDITOR);
    const approver = await signIn(a.url, APPROVER);
    type Moved = { rowVersion: number };
    const draft = await query<Moved>(a.url, 'records.get', { recordId }, editor);
    const submitted = await mutate<Moved>(
      a.url,
      'workflow.transition',
      { recordId, rowVersion: draft.data.rowVersion, to: 'in_review' },
      editor,
    );
    const approved = await mutate<Moved>(
      a.url,
      'workflow.transition',
      {
        recordId,
        rowVersion: submitted.rowVersion,
        to: 'approved',
        dateUnknownReason: 'The imported record gives no publication date',
      },
      approver,
    );
    await mutate(
      a.url,
      'workflow.transition',
      { recordId, rowVersion: approved.rowVersion, to: 'published' },
      approver,
    );

    // A process sees its own acknowledged writes: the very next read through A shows it.
    expect(await publishedIn(a.url, 'staffordshire')).toEqual({ cache: 'miss', published: 1 });
    // B hears of it by notification (LISTEN/NOTIFY), a moment after the commit: `pnpm bench staleness`
    // measures how soon. Until then B answers from its cache; then it rebuilds the page.
    const seenByB = await until(async () => {
      const read = await publishedIn(b.url, 'staffordshire');
      return read.published === 1 ? read : null;
    }, 'B to show the publication');
    expect(seenByB).toEqual({ cache: 'miss', published: 1 });
    const page = await fetch(
      `${b.url}/trpc/public.record?input=${encodeURIComponent(JSON.stringify({ recordId }))}`,
    );
    expect(page.status).toBe(200);
  });

  it('send a scheduled digest once between them, though both look for due mail every second', async () => {
    // The editor owns an overdue finding and wants a daily digest: one mail is due, for both servers to find.
    const [editor] = await database.db
      .update(schema.users)
      .set({ digest: 'daily' })
      .where(eq(schema.users.email, EDITOR))
      .returning();
    const [finding] = await database.db
      .select()
      .from(schema.findings)
      .where(eq(schema.findings.recordId, recordId))
      .orderBy(schema.findings.ref)
      .limit(1);
    await database.db
      .update(schema.findings)
      .set({ ownerUserId: editor!.id, targetDate: addDays(londonDateOf(new Date()), -2) })
      .where(eq(schema.findings.id, finding!.id));

    const digests = () => smtp.received.filter((m) => m.subject.startsWith('What is due'));
    await until(() => (digests().length > 0 ? true : null), 'the digest');
    // Several more rounds of both schedulers, then the job is done, once.
    const doneJob = await until(async () => {
      const [job] = await database.db
        .select()
        .from(schema.jobs)
        .where(like(schema.jobs.key, `digest:${editor!.id}:%`));
      return job?.doneAt ? job : null;
    }, 'the digest job to be done');
    await new Promise((resolve) => setTimeout(resolve, 3_000));
    expect(digests()).toHaveLength(1);
    expect(digests()[0]!.to).toBe(EDITOR);
    expect(doneJob.attempts).toBe(1);
    // No mail of any kind (the publication's included) went twice: each Message-ID arrived once.
    const ids = smtp.received.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
