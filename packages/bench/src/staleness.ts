import pg from 'pg';
import { freshStore, serve, type Served } from './lib/register.js';
import { writeResult } from './lib/results.js';
import { percentile, round, table } from './lib/stats.js';
import { signIn, trpcGet } from './lib/staff.js';
import { addBenchWriter, BENCH_WRITER } from './lib/writer.js';

const enc = (input: unknown) => encodeURIComponent(JSON.stringify(input));

/**
 * `pnpm bench staleness` (PostgreSQL): two `irr serve` processes on one database. An editor adds a public
 * update to a published finding through A (it shows on the public finding at once) while B holds that
 * finding's public answer in its cache; from A's acknowledgement, B is read until it shows the update. Reports how long that took, how many reads of B it needed, and
 * how long B kept answering without it (until the read that showed it was sent; that read's own time, a
 * rebuild of the page, is not staleness).
 * A third connection listens as B does (LISTEN irr_public_generation) and reports when the commit's
 * notification arrived, relative to A's acknowledgement (negative: before it): B's cache is stale until then.
 */
export async function stalenessBench(args: { writes: number }): Promise<void> {
  if (!process.env.DATABASE_URL)
    throw new Error('pnpm bench staleness needs DATABASE_URL (PostgreSQL)');
  const store = await freshStore('postgres', 'staleness');
  const servers: Served[] = [];
  try {
    const a = await serve(store, ['--demo']);
    servers.push(a);
    const orgs = await publicData<{ slug: string; publishedResponses: number }[]>(
      `${a.url}/trpc/public.organisations`,
    );
    const force = [...orgs].sort((x, y) => y.publishedResponses - x.publishedResponses)[0]!;
    addBenchWriter(store, force.slug);
    const b = await serve(store);
    servers.push(b);
    const cookie = await signIn(a.url, BENCH_WRITER.email, BENCH_WRITER.password);
    const [published] = await trpcGet<{ id: string }[]>(
      a.url,
      'records.list',
      { status: 'published' },
      cookie,
    );
    if (!published) throw new Error(`${force.slug} has no published record`);
    const record = await trpcGet<{ findings: { id: string }[] }>(
      a.url,
      'records.get',
      { recordId: published.id },
      cookie,
    );
    const findingId = record.findings[0]!.id;
    const onB = `${b.url}/trpc/public.finding?input=${enc({ findingId })}`;
    const listener = new pg.Client({ connectionString: store.env.DATABASE_URL });
    await listener.connect();
    await listener.query('LISTEN irr_public_generation');
    let notifiedAt: number | null = null;
    listener.on('notification', () => void (notifiedAt ??= performance.now()));
    const trials: {
      ms: number;
      /** From the acknowledgement until the read of B that showed the write was sent: B's stale window. */
      staleMs: number;
      reads: number;
      heldBefore: boolean;
      notifiedMs: number | null;
    }[] = [];
    for (let i = 1; i <= args.writes; i++) {
      // B holds the finding's public answer (the second read is a hit).
      await fetch(onB).then((r) => r.arrayBuffer());
      const held = (await fetch(onB)).headers.get('x-cache') === 'hit';
      const text = `Bench check ${i}`;
      notifiedAt = null;
      const res = await fetch(`${a.url}/trpc/findings.addUpdate`, {
        method: 'POST',
        headers: {
          'content-type': 'application/json',
          'x-irr-csrf': '1',
          origin: a.url,
          cookie,
        },
        body: JSON.stringify({
          findingId,
          update: { date: null, author: 'force', visibility: 'public', text: `<p>${text}</p>` },
        }),
      });
      if (res.status !== 200) throw new Error(`findings.addUpdate answered ${res.status}`);
      const acknowledged = performance.now();
      let reads = 0;
      let sent = acknowledged;
      for (;;) {
        reads++;
        sent = performance.now();
        if ((await (await fetch(onB)).text()).includes(text)) break;
        if (performance.now() - acknowledged > 10_000) throw new Error('B never showed the change');
      }
      const shown = performance.now();
      // Read through a function: TypeScript cannot see the listener assign it.
      const heard = (): number | null => notifiedAt;
      for (let wait = 0; heard() === null && wait < 10_000; wait++)
        await new Promise((r) => setTimeout(r, 1));
      const at = heard();
      trials.push({
        ms: round(shown - acknowledged, 2),
        staleMs: round(sent - acknowledged, 2),
        reads,
        heldBefore: held,
        notifiedMs: at === null ? null : round(at - acknowledged, 2),
      });
    }
    await listener.end();
    const ms = trials.map((t) => t.ms);
    const notified = trials.flatMap((t) => (t.notifiedMs === null ? [] : [t.notifiedMs]));
    const firstRead = trials.filter((t) => t.reads === 1).length;
    const summary = {
      writes: trials.length,
      seenOnFirstRead: firstRead,
      heldBeforeWrite: trials.filter((t) => t.heldBefore).length,
      medianMs: percentile(ms, 50),
      p95Ms: percentile(ms, 95),
      maxMs: Math.max(...ms),
      maxReads: Math.max(...trials.map((t) => t.reads)),
      staleMaxMs: Math.max(...trials.map((t) => t.staleMs)),
      notified: notified.length,
      notifiedMedianMs: percentile(notified, 50),
      notifiedMaxMs: Math.max(...notified),
    };
    console.log(
      `\nstaleness on ${store.describe}: a write acknowledged by A, until B (which held the page) shows it\n`,
    );
    console.log(
      table(
        [
          'writes',
          'seen on first read of B',
          'held by B before',
          'median ms',
          'p95 ms',
          'max ms',
          'max reads',
          'stale, max ms',
          'notified, median ms after ack',
          'notified, max ms after ack',
        ],
        [
          [
            summary.writes,
            summary.seenOnFirstRead,
            summary.heldBeforeWrite,
            summary.medianMs,
            summary.p95Ms,
            summary.maxMs,
            summary.maxReads,
            summary.staleMaxMs,
            summary.notifiedMedianMs,
            summary.notifiedMaxMs,
          ],
        ],
      ),
    );
    console.log(`\nwrote ${writeResult('staleness', { summary, trials })}`);
  } finally {
    for (const s of servers) await s.stop();
    await store.drop();
  }
}

async function publicData<T>(url: string): Promise<T> {
  const body = (await (await fetch(url)).json()) as { result?: { data: T } };
  if (!body.result) throw new Error(`${url} gave no data`);
  return body.result.data;
}
