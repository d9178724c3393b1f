import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase, schema } from '@irr/db';
import { sql } from 'drizzle-orm';
import { databaseConfig } from './dataset.js';
import { freshStore, rssMb, serve, type Store } from './lib/register.js';
import { writeResult } from './lib/results.js';
import { percentile, round, table } from './lib/stats.js';
import { findTargets } from './lib/targets.js';
import { signIn, trpcGet, trpcPost } from './lib/staff.js';

interface Outcome {
  kind: 'read' | 'update' | 'draft edit';
  status: number;
  code: string | null;
  ms: number;
}

/**
 * `pnpm bench load`: readers and writers together against `irr serve --demo` for a fixed time.
 * Writers add internal updates to findings (unique text each) and edit draft summaries with the
 * row version they last saw (so some get CONFLICT). Afterwards, with the server stopped, every
 * acknowledged write must be in the database and in the audit log; every failure must be a
 * CONFLICT; and the server's RSS, sampled each second, must level off.
 */
export async function loadBench(
  kinds: Store['kind'][],
  args: { readers: number; writers: number; durationS: number },
): Promise<void> {
  const runs = [];
  let failed = false;
  for (const kind of kinds) {
    const store = await freshStore(kind, 'load');
    const passwords = join(tmpdir(), `irr-bench-load-${process.pid}.txt`);
    const server = await serve(store, ['--demo', '--passwords-file', passwords]);
    const outcomes: Outcome[] = [];
    const acknowledged: { token: string; kind: 'update' | 'draft edit' }[] = [];
    const rss: number[] = [];
    try {
      const accounts = readFileSync(passwords, 'utf8')
        .split('\n')
        .filter((l) => l.includes('@'))
        .map((l) => l.trim().split(/\s+/));
      const editors = accounts.filter(([, role]) => role === 'editor');
      const targets = await findTargets(server.url);
      const cookies = await Promise.all(
        editors.map(([email, , password]) => signIn(server.url, email!, password!)),
      );
      // What each editor may write to: findings of their force's records, and draft records.
      const work = await Promise.all(
        cookies.map(async (cookie) => {
          const records = await trpcGet<{ id: string; status: string }[]>(
            server.url,
            'records.list',
            {},
            cookie,
          );
          const full = await Promise.all(
            records.map((r) =>
              trpcGet<{ id: string; status: string; findings: { id: string }[] }>(
                server.url,
                'records.get',
                { recordId: r.id },
                cookie,
              ),
            ),
          );
          return {
            cookie,
            findings: full.flatMap((r) => r.findings.map((f) => f.id)),
            drafts: full.filter((r) => r.status === 'draft').map((r) => r.id),
          };
        }),
      );
      const until = Date.now() + args.durationS * 1000;
      const sampler = setInterval(() => rss.push(rssMb(server.pid)), 1000);
      let n = 0;
      const reader = async () => {
        while (Date.now() < until) {
          const t = targets[n++ % targets.length]!;
          const started = performance.now();
          const res = await fetch(`${server.url}${t.path}`);
          await res.arrayBuffer();
          outcomes.push({
            kind: 'read',
            status: res.status,
            code: null,
            ms: performance.now() - started,
          });
        }
      };
      const writer = async (w: number) => {
        // Two writers per editor, so edits of the same draft race and some get CONFLICT.
        const mine = work[Math.floor(w / 2) % work.length]!;
        for (let i = 0; Date.now() < until; i++) {
          const token = `load-${w}-${i}-${Math.random().toString(36).slice(2, 10)}`;
          const draft = i % 3 === 2 && mine.drafts.length > 0;
          const started = performance.now();
          let r: { status: number; code: string | null };
          if (draft) {
            const recordId = mine.drafts[i % mine.drafts.length]!;
            const current = await trpcGet<{ rowVersion: number }>(
              server.url,
              'records.get',
              { recordId },
              mine.cookie,
            );
            r = await trpcPost(
              server.url,
              'records.updateDraft',
              {
                recordId,
                rowVersion: current.rowVersion,
                patch: { summary: `<p>Summary edited under load: ${token}</p>` },
              },
              mine.cookie,
            );
          } else {
            const findingId = mine.findings[(w * 7 + i) % mine.findings.length]!;
            r = await trpcPost(
              server.url,
              'findings.addUpdate',
              {
                findingId,
                update: {
                  date: null,
                  author: 'force',
                  visibility: 'internal',
                  text: `<p>Progress under load: ${token}</p>`,
                },
              },
              mine.cookie,
            );
          }
          const kind = draft ? ('draft edit' as const) : ('update' as const);
          outcomes.push({ kind, ...r, ms: performance.now() - started });
          if (r.status === 200) acknowledged.push({ token, kind });
        }
      };
      await Promise.all([
        ...Array.from({ length: args.readers }, reader),
        ...Array.from({ length: args.writers }, (_, w) => writer(w)),
      ]);
      clearInterval(sampler);
    } finally {
      await server.stop();
    }

    // With the server stopped, read the database directly.
    const database = await openDatabase(databaseConfig(store));
    let missingRow = 0;
    let missingAudit = 0;
    try {
      const updates = new Set(
        (
          await database.db.select({ text: schema.findingUpdates.text }).from(schema.findingUpdates)
        ).map((u) => /load-[\w-]+/.exec(u.text)?.[0]),
      );
      const audits = await database.db.execute(
        sql`select after::text as after from audit_events where action in ('finding.update_added', 'record.draft_updated')`,
      );
      const auditText = (
        (audits as { rows: { after: string }[] }).rows ?? (audits as { after: string }[])
      )
        .map((r) => r.after)
        .join('\n');
      for (const a of acknowledged) {
        if (!auditText.includes(a.token)) missingAudit++;
        if (a.kind === 'update' && !updates.has(a.token)) missingRow++;
      }
    } finally {
      await database.close();
      await store.drop();
      rmSync(passwords, { force: true });
    }
    const failures = outcomes.filter((o) => o.status !== 200);
    const unexpected = failures.filter((o) => o.code !== 'CONFLICT');
    const firstHalf = rss.slice(0, Math.ceil(rss.length / 2));
    const secondHalf = rss.slice(Math.ceil(rss.length / 2));
    const growth = secondHalf.length ? Math.max(...secondHalf) - Math.max(...firstHalf) : 0;
    const byKind = (['read', 'update', 'draft edit'] as const).map((k) => {
      const o = outcomes.filter((x) => x.kind === k);
      return [
        k,
        o.length,
        o.filter((x) => x.status === 200).length,
        o.filter((x) => x.code === 'CONFLICT').length,
        o.filter((x) => x.status !== 200 && x.code !== 'CONFLICT').length,
        round(o.length / args.durationS, 0),
        round(
          percentile(
            o.map((x) => x.ms),
            50,
          ),
          1,
        ),
        round(
          percentile(
            o.map((x) => x.ms),
            99,
          ),
          1,
        ),
      ];
    });
    console.log(
      `\nload on ${kind}: ${args.readers} readers + ${args.writers} writers for ${args.durationS} s`,
    );
    console.log(
      table(
        ['requests', 'total', 'ok', 'CONFLICT', 'other failures', 'per s', 'p50 ms', 'p99 ms'],
        byKind,
      ),
    );
    console.log(
      `\nacknowledged writes ${acknowledged.length}; missing from the database ${missingRow}; missing from the audit log ${missingAudit}`,
    );
    console.log(
      `server RSS MB: start ${rss[0]}, max ${Math.max(...rss)}, end ${rss.at(-1)}; growth from first to second half ${growth} MB`,
    );
    if (unexpected.length)
      console.log(`unexpected failures (first 5): ${JSON.stringify(unexpected.slice(0, 5))}`);
    const ok = unexpected.length === 0 && missingRow === 0 && missingAudit === 0;
    failed ||= !ok;
    console.log(ok ? 'PASS' : 'FAIL');
    runs.push({
      store: kind,
      ...args,
      acknowledged: acknowledged.length,
      missingRow,
      missingAudit,
      unexpected: unexpected.length,
      unexpectedSample: unexpected.slice(0, 5),
      rssMb: rss,
      rssGrowthMb: growth,
      byKind,
      ok,
    });
  }
  console.log(`\nwrote ${writeResult('load', { runs })}`);
  if (failed) process.exitCode = 1;
}
