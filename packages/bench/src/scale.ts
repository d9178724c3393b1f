import { measure, warm, type Measured } from './lib/cannon.js';
import { serve, type Store } from './lib/register.js';
import { writeResult } from './lib/results.js';
import { round, table } from './lib/stats.js';
import { findTargets } from './lib/targets.js';
import { FORCES, storeWithDataset, type LoadedDataset } from './dataset.js';

/**
 * `pnpm bench scale`: the public reads (record, search, force page, finding list) against the
 * national dataset at each scale, 50 concurrent clients by default; prints p50/p95/p99 and the
 * latency growth from the smallest scale to each larger one.
 */
export async function scaleBench(
  scales: number[],
  kinds: Store['kind'][],
  args: { connections: number; durationS: number },
): Promise<void> {
  const runs: {
    store: string;
    scale: number;
    dataset: LoadedDataset;
    rows: (Measured & { target: string })[];
  }[] = [];
  for (const kind of kinds) {
    for (const scale of scales) {
      const { store, loaded } = await storeWithDataset(kind, scale);
      const server = await serve(store);
      try {
        const rows: (Measured & { target: string })[] = [];
        for (const t of await findTargets(server.url, 'investigations')) {
          await warm(`${server.url}${t.path}`);
          rows.push({ target: t.name, ...(await measure(t.name, `${server.url}${t.path}`, args)) });
        }
        runs.push({ store: kind, scale, dataset: loaded, rows });
        console.log(
          `\n${kind} ${scale}x: ${loaded.records} records, ${loaded.findings} findings, ${loaded.updates} updates (${FORCES.length} forces)`,
        );
        console.log(
          table(
            ['read', 'req/s', 'p50 ms', 'p95 ms', 'p99 ms', 'errors', 'non-2xx'],
            rows.map((r) => [r.target, r.rps, r.p50, r.p95, r.p99, r.errors, r.non2xx]),
          ),
        );
      } finally {
        await server.stop();
        await store.drop();
      }
    }
  }
  const growth = runs
    .filter((r) => r.scale !== Math.min(...scales))
    .flatMap((r) => {
      const base = runs.find((b) => b.store === r.store && b.scale === Math.min(...scales))!;
      return r.rows.map((row) => {
        const b = base.rows.find((x) => x.target === row.target)!;
        return {
          store: r.store,
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
      ['store', 'scale', 'read', 'p95 ms', 'p95 ratio', 'p50 ratio'],
      growth.map((g) => [g.store, g.scale, g.target, g.p95, g.p95Ratio, g.p50Ratio]),
    )}`,
  );
  console.log(
    `\nwrote ${writeResult('scale', { forces: FORCES.length, connections: args.connections, durationS: args.durationS, runs, growth })}`,
  );
}
