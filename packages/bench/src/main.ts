import { parseArgs } from 'node:util';
import { apiBench } from './api.js';
import { datasetBench } from './dataset.js';
import { scaleBench, type CacheMode } from './scale.js';
import { importBench } from './import.js';
import { loadBench } from './load.js';
import { richTextBench } from './rich-text.js';
import { stalenessBench } from './staleness.js';
import { storeKinds } from './lib/register.js';

const USAGE = `Usage: pnpm bench <name> [options]
  codec     the record-format codec (packages/domain)
  rich-text the sanitiser and tokenizer on megabyte inputs; growth from a tenth to the whole
  dataset   generate the national dataset at 1x and 10x and time the load
  api       autocannon: public reads against a bare node:http server, same run, in rounds
            (--runs N rounds, default 3; --workers N: on PostgreSQL, again with irr serve --workers N)
  scale     the public reads at 1x and 10x; latency growth
  import    records per second through \`irr import\`, against parsing alone
  web       Lighthouse and first-load JavaScript of both apps
  load      readers and writers together against the real server (soak)
  staleness two servers on one PostgreSQL: a write through one, until the other shows it (ms)
Options: --connections N (default 10 for api, 50 for scale)  --duration S (default 10; 30 for load)
  --scales 1,10  --cache on,off (scale: the server's public cache)
  --writes N (scale: an editor commits N updates a second during the reads)  --records N (import, default 500)  --runs N (rich-text, default 3)  --writes N (staleness: how many writes, default 50)  --readers N --writers N (load, default 8 and 4)
Set DATABASE_URL to run on PostgreSQL as well (BENCH_STORE=postgres|pglite for one only).
`;

const [name, ...rest] = process.argv.slice(2);
const { values } = parseArgs({
  args: rest,
  options: {
    connections: { type: 'string' },
    duration: { type: 'string' },
    scales: { type: 'string' },
    records: { type: 'string' },
    readers: { type: 'string' },
    writers: { type: 'string' },
    cache: { type: 'string' },
    writes: { type: 'string' },
    runs: { type: 'string' },
    workers: { type: 'string' },
  },
});
const num = (v: string | undefined, d: number) => (v === undefined ? d : Number(v));

switch (name) {
  case 'api':
    await apiBench({
      connections: num(values.connections, 10),
      durationS: num(values.duration, 10),
      workers: num(values.workers, 1),
      runs: num(values.runs, 3),
    });
    break;
  case 'dataset':
    await datasetBench(scales(), storeKinds());
    break;
  case 'scale':
    await scaleBench(scales(), storeKinds(), {
      connections: num(values.connections, 50),
      durationS: num(values.duration, 10),
      cache: cacheModes(),
      writesPerSecond: num(values.writes, 0),
    });
    break;
  case 'import':
    await importBench(storeKinds(), num(values.records, 500));
    break;
  case 'staleness':
    await stalenessBench({ writes: num(values.writes, 50) });
    break;
  case 'rich-text':
    richTextBench(num(values.runs, 3));
    break;
  case 'load':
    await loadBench(storeKinds(), {
      readers: num(values.readers, 8),
      writers: num(values.writers, 4),
      durationS: num(values.duration, 30),
    });
    break;
  default:
    process.stderr.write(USAGE);
    process.exitCode = name ? 2 : 0;
}

function cacheModes(): CacheMode[] {
  const modes = (values.cache ?? 'on,off').split(',');
  for (const m of modes)
    if (m !== 'on' && m !== 'off') throw new Error(`--cache takes on, off or on,off (not ${m})`);
  return modes as CacheMode[];
}

function scales(): number[] {
  return (values.scales ?? '1,10').split(',').map(Number);
}
