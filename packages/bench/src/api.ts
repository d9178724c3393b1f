import { capture, startBare, type Captured } from './lib/bare.js';
import { measure, warm, type Measured } from './lib/cannon.js';
import { freshStore, rssMb, serve, storeKinds, type Store } from './lib/register.js';
import { writeResult } from './lib/results.js';
import { round, table } from './lib/stats.js';
import { findTargets } from './lib/targets.js';

/**
 * `pnpm bench api`: the register (`irr serve --demo`, its own process) against a bare node:http
 * server (its own process) that returns the same bytes and headers, in the same run with the same
 * connections and duration; and a bare Fastify server sending the same bytes, for what the framework
 * itself would cost. Public record read first, then search, force page and finding list.
 */
export async function apiBench(args: {
  connections: number;
  durationS: number;
  /** With `--workers N`, PostgreSQL is measured with one process and again with `irr serve --workers N`. */
  workers?: number;
}): Promise<void> {
  const runs: unknown[] = [];
  for (const kind of storeKinds()) {
    const store = await freshStore(kind, 'api');
    const counts =
      args.workers && args.workers > 1 && kind === 'postgres' ? [1, args.workers] : [1];
    if (args.workers && kind === 'pglite')
      console.log(
        '\nPGlite is served by one process (--workers needs PostgreSQL): measured with one.',
      );
    try {
      const measured = [];
      for (const workers of counts) measured.push(await measureServer(store, workers, args));
      runs.push(...measured);
      if (measured.length > 1) compareProcesses(measured);
    } finally {
      await store.drop();
    }
  }
  console.log(`\nwrote ${writeResult('api', { runs })}`);
}

async function measureServer(
  store: Store,
  workers: number,
  args: { connections: number; durationS: number },
): Promise<Run> {
  const kind = store.kind;
  const server = await serve(
    store,
    workers > 1 ? ['--demo', '--workers', String(workers)] : ['--demo'],
  );
  try {
    const targets = await findTargets(server.url);
    const captured = new Map<string, Captured>();
    for (const t of targets) captured.set(t.path, await capture(`${server.url}${t.path}`));
    const bare = await startBare(captured);
    const fastify = await startBare(captured, 'fastify');
    const rows: (Measured & { target: string; server: string; bytes: number })[] = [];
    try {
      for (const t of targets) {
        const bytes = captured.get(t.path)!.body.length;
        const opts = { connections: args.connections, durationS: args.durationS };
        for (const [name, url] of [
          ['register', server.url],
          ['bare node:http', bare.url],
          ['bare Fastify', fastify.url],
        ] as const) {
          await warm(`${url}${t.path}`);
          rows.push({
            target: t.name,
            server: name,
            bytes,
            ...(await measure(t.name, `${url}${t.path}`, opts)),
          });
        }
      }
    } finally {
      await Promise.all([bare.stop(), fastify.stop()]);
    }
    const serverRssMb = rssMb(server.pid);
    const ratios = targets.map((t) => {
      const of = (server: string) => rows.find((r) => r.target === t.name && r.server === server)!;
      const [reg, b, f] = [of('register'), of('bare node:http'), of('bare Fastify')];
      return {
        target: t.name,
        rpsRatio: round(reg.rps / b.rps, 3),
        p99Ratio: round(reg.p99 / b.p99, 2),
        // What the framework alone would cost the register's reads (issue 18: Fastify unless > 10%).
        fastifyRatio: round(f.rps / b.rps, 3),
      };
    });
    const processes = workers > 1 ? `${workers} worker processes` : 'one process';
    console.log(
      `\napi on ${store.describe}, ${processes} — ${args.connections} connections, ${args.durationS} s each, server RSS ${serverRssMb} MB${workers > 1 ? ' (one worker)' : ''}\n`,
    );
    console.log(
      table(
        ['read', 'server', 'bytes', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx'],
        rows.map((r) => [
          r.target,
          r.server,
          r.bytes,
          r.rps,
          r.p50,
          r.p95,
          r.p99,
          r.errors,
          r.non2xx,
        ]),
      ),
    );
    console.log(
      `\n${table(
        ['read', 'register/bare req/s', 'register/bare p99', 'Fastify/bare req/s'],
        ratios.map((r) => [r.target, r.rpsRatio, r.p99Ratio, r.fastifyRatio]),
      )}`,
    );
    return {
      store: kind,
      workers,
      connections: args.connections,
      durationS: args.durationS,
      serverRssMb,
      rows,
      ratios,
    };
  } finally {
    await server.stop();
  }
}

interface Run {
  store: Store['kind'];
  workers: number;
  connections: number;
  durationS: number;
  serverRssMb: number;
  rows: (Measured & { target: string; server: string })[];
  ratios: { target: string; rpsRatio: number; fastifyRatio: number }[];
}

/** The register's req/s and its ratio to the bare server with one process and with N. */
function compareProcesses([one, many]: Run[]): void {
  const rps = (run: Run, target: string) =>
    run.rows.find((r) => r.target === target && r.server === 'register')!.rps;
  console.log(
    `\n${table(
      [
        'read',
        'req/s, 1 process',
        `req/s, ${many!.workers} workers`,
        'register/bare, 1',
        `register/bare, ${many!.workers}`,
        `${many!.workers} / 1`,
      ],
      one!.ratios.map((r) => [
        r.target,
        rps(one!, r.target),
        rps(many!, r.target),
        r.rpsRatio,
        many!.ratios.find((m) => m.target === r.target)!.rpsRatio,
        round(rps(many!, r.target) / rps(one!, r.target), 2),
      ]),
    )}`,
  );
}
