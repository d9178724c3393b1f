import { capture, startBare, type Captured } from './lib/bare.js';
import { measure, warm, type Measured } from './lib/cannon.js';
import { cpuMs, freshStore, rssMb, serve, storeKinds, type Store } from './lib/register.js';
import { writeResult } from './lib/results.js';
import { median, medianBy, round, table } from './lib/stats.js';
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
  /** Rounds of the three servers back to back per read (`--runs`); the ratio is the rounds' median. */
  runs: number;
}): Promise<void> {
  const runs: unknown[] = [];
  for (const kind of storeKinds()) {
    const store = await freshStore(kind, 'api');
    const counts =
      args.workers && args.workers > 1 && kind === 'postgres' ? [1, args.workers] : [1];
    if (args.workers && args.workers > 1 && kind === 'pglite')
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

const SERVERS = ['register', 'bare node:http', 'bare Fastify'] as const;

/** One server's measurement of one read in one round, with the CPU its process used per request. */
type Round = Measured & {
  target: string;
  server: string;
  bytes: number;
  round: number;
  cpuUs: number;
};

async function measureServer(
  store: Store,
  workers: number,
  args: { connections: number; durationS: number; runs: number },
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
    // Each round measures the three servers back to back, and the ratio is the median of the rounds' own:
    // on a shared machine throughput drifts by tens of percent within a minute, and a ratio of two figures
    // taken seconds apart, repeated, is steadier than one of two figures taken a minute apart.
    const rounds: Round[] = [];
    try {
      for (const t of targets) {
        const bytes = captured.get(t.path)!.body.length;
        const opts = { connections: args.connections, durationS: args.durationS };
        for (let round = 1; round <= args.runs; round++) {
          for (const [name, url, pid] of [
            ['register', server.url, server.pid],
            ['bare node:http', bare.url, bare.child.pid!],
            ['bare Fastify', fastify.url, fastify.child.pid!],
          ] as const) {
            if (round === 1) await warm(`${url}${t.path}`);
            const cpuBefore = cpuMs(pid);
            const measured = await measure(t.name, `${url}${t.path}`, opts);
            const cpuUs = ((cpuMs(pid) - cpuBefore) * 1000) / Math.max(1, measured.requests);
            rounds.push({ target: t.name, server: name, bytes, round, cpuUs, ...measured });
          }
        }
      }
    } finally {
      await Promise.all([bare.stop(), fastify.stop()]);
    }
    const serverRssMb = rssMb(server.pid);
    const of = (target: string, server: string) =>
      rounds.filter((r) => r.target === target && r.server === server);
    // The printed row of each server is its median round by req/s.
    const rows = targets.flatMap((t) =>
      SERVERS.map((name) => medianBy(of(t.name, name), (r) => r.rps)),
    );
    const ratios = targets.map((t) => {
      const [reg, b, f] = SERVERS.map((name) => of(t.name, name));
      const perRound = (a: Round[], key: 'rps' | 'p99' | 'cpuUs') =>
        a.map((r, i) => r[key] / b![i]![key]).sort((x, y) => x - y);
      const rps = perRound(reg!, 'rps');
      return {
        target: t.name,
        rpsRatio: round(median(rps), 3),
        rpsRange: `${round(rps[0]!, 2)}–${round(rps.at(-1)!, 2)}`,
        p99Ratio: round(median(perRound(reg!, 'p99')), 2),
        // The inverse, so that like req/s higher is better: bare's CPU per request over the register's.
        cpuRatio: round(1 / median(perRound(reg!, 'cpuUs')), 3),
        // What the framework alone would cost the register's reads (issue 18: Fastify unless > 10%).
        fastifyRatio: round(median(perRound(f!, 'rps')), 3),
      };
    });
    const processes = workers > 1 ? `${workers} worker processes` : 'one process';
    console.log(
      `\napi on ${store.describe}, ${processes} — ${args.connections} connections, ${args.runs} rounds of ${args.durationS} s each (median round shown), server RSS ${serverRssMb} MB${workers > 1 ? ' (one worker)' : ''}\n`,
    );
    console.log(
      table(
        [
          'read',
          'server',
          'bytes',
          'req/s',
          'CPU µs/req',
          'p50 ms',
          'p95 ms',
          'p99 ms',
          'errors',
          'non-2xx',
        ],
        rows.map((r) => [
          r.target,
          r.server,
          r.bytes,
          r.rps,
          round(r.cpuUs, 1),
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
        [
          'read',
          'register/bare req/s',
          'rounds',
          'bare/register CPU per req',
          'register/bare p99',
          'Fastify/bare req/s',
        ],
        ratios.map((r) => [
          r.target,
          r.rpsRatio,
          r.rpsRange,
          r.cpuRatio,
          r.p99Ratio,
          r.fastifyRatio,
        ]),
      )}`,
    );
    return {
      store: kind,
      workers,
      connections: args.connections,
      durationS: args.durationS,
      runs: args.runs,
      serverRssMb,
      rows,
      rounds,
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
  runs: number;
  serverRssMb: number;
  rows: Round[];
  rounds: Round[];
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
