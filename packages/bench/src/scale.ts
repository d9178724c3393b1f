import { measure, warm, type Measured } from './lib/cannon.js';
import { rssMb, serve, type Store } from './lib/register.js';
import { writeResult } from './lib/results.js';
import { round, table } from './lib/stats.js';
import { findTargetSets } from './lib/targets.js';
import { addBenchWriter, writeSteadily } from './lib/writer.js';
import { FORCES, storeWithDataset, type LoadedDataset } from './dataset.js';

export type CacheMode = 'on' | 'off';

type Row = Measured & { target: string; paths: number; writes: number; writeFailures: number };

/**
 * `pnpm bench scale`: the public reads (record, search, force page, finding list) against the
 * national dataset at each scale, 50 concurrent clients by default, each read spread over many
 * paths; with the server's public cache on (as deployed) and off (every read computed), and with
 * `--writes N` an editor committing N updates a second meanwhile (each empties the cache). Prints
 * p50/p95/p99 and the latency growth from the smallest scale to each larger one.
 */
export async function scaleBench(
  scales: number[],
  kinds: Store['kind'][],
  args: { connections: number; durationS: number; cache: CacheMode[]; writesPerSecond: number },
): Promise<void> {
  const runs: {
    store: string;
    scale: number;
    cache: CacheMode;
    dataset: LoadedDataset;
    serverRssMb: number;
    rows: Row[];
  }[] = [];
  for (const kind of kinds) {
    for (const scale of scales) {
      const { store, loaded } = await storeWithDataset(kind, scale);
      try {
        if (args.writesPerSecond > 0) addBenchWriter(store, FORCES[0]!);
        for (const cache of args.cache) {
          const server = await serve(store, [], {
            IRR_PUBLIC_CACHE_MB: cache === 'on' ? '64' : '0',
          });
          try {
            const rows: Row[] = [];
            for (const t of await findTargetSets(server.url)) {
              for (const p of t.paths) await warm(`${server.url}${p}`, 2);
              const writing =
                args.writesPerSecond > 0
                  ? await writeSteadily(server.url, args.writesPerSecond)
                  : null;
              const measured = await measure(t.name, server.url, { ...args, paths: t.paths });
              const wrote = (await writing?.stop()) ?? { acknowledged: 0, failed: 0 };
              rows.push({
                target: t.name,
                paths: t.paths.length,
                ...measured,
                writes: wrote.acknowledged,
                writeFailures: wrote.failed,
              });
            }
            const serverRssMb = rssMb(server.pid);
            runs.push({ store: kind, scale, cache, dataset: loaded, serverRssMb, rows });
            console.log(
              `\n${kind} ${scale}x, cache ${cache}, ${args.writesPerSecond} writes/s: ${loaded.records} records, ${loaded.findings} findings, ${loaded.updates} updates (${FORCES.length} forces); server RSS ${serverRssMb} MB`,
            );
            console.log(
              table(
                [
                  'read',
                  'paths',
                  'req/s',
                  'p50 ms',
                  'p95 ms',
                  'p99 ms',
                  'errors',
                  'non-2xx',
                  'writes',
                  'write failures',
                ],
                rows.map((r) => [
                  r.target,
                  r.paths,
                  r.rps,
                  r.p50,
                  r.p95,
                  r.p99,
                  r.errors,
                  r.non2xx,
                  r.writes,
                  r.writeFailures,
                ]),
              ),
            );
          } finally {
            await server.stop();
          }
        }
      } finally {
        await store.drop();
      }
    }
  }
  const smallest = Math.min(...scales);
  const growth = runs
    .filter((r) => r.scale !== smallest)
    .flatMap((r) => {
      const base = runs.find(
        (b) => b.store === r.store && b.cache === r.cache && b.scale === smallest,
      )!;
      return r.rows.map((row) => {
        const b = base.rows.find((x) => x.target === row.target)!;
        return {
          store: r.store,
          cache: r.cache,
          scale: `${r.scale}x/${base.scale}x`,
          target: row.target,
          p95: row.p95,
          p95Ratio: round(row.p95 / b.p95, 2),
          p50Ratio: round(row.p50 / b.p50, 2),
        };
      });
    });
  console.log(
    `\n${table(
      [
        'store',
        'cache',
        'scale',
        'read',
        `p95 ms (${Math.max(...scales)}x)`,
        'p95 ratio',
        'p50 ratio',
      ],
      growth.map((g) => [g.store, g.cache, g.scale, g.target, g.p95, g.p95Ratio, g.p50Ratio]),
    )}`,
  );
  console.log(
    `\nwrote ${writeResult('scale', { forces: FORCES.length, connections: args.connections, durationS: args.durationS, writesPerSecond: args.writesPerSecond, runs, growth })}`,
  );
}
