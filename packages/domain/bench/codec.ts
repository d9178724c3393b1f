/**
 * Codec speed: the seed's parse time and throughput on 1,000 generated records, against
 * JSON.parse/JSON.stringify of the same records measured in the same run (the ratio is what to compare).
 * Run: pnpm bench   (from the repo root)   Writes bench/results/codec.json.
 */
import fc from 'fast-check';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseRecord, renderRecord } from '../src/index.js';
import { arbitraryRecord } from '../src/codec/test-support/arbitrary-record.js';

function time(fn: () => void, repeat: number): number {
  fn(); // warm up
  const times: number[] = [];
  for (let i = 0; i < repeat; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const seed = readFileSync(
  new URL('../src/codec/fixtures/staffordshire-peel-2018-19-response-record.txt', import.meta.url),
  'utf8',
);
const records = fc.sample(arbitraryRecord, { numRuns: 1000, seed: 20261128 });
const texts = records.map(renderRecord);
const json = records.map((r) => JSON.stringify(r));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

const seedParse = time(() => parseRecord(seed), 50);
const parseAll = time(() => texts.forEach((t) => parseRecord(t)), 5);
const renderAll = time(() => records.forEach((r) => renderRecord(r)), 5);
const jsonParseAll = time(() => json.forEach((t) => void JSON.parse(t)), 5);
const jsonStringifyAll = time(() => records.forEach((r) => JSON.stringify(r)), 5);

const rows = [
  ['seed parse (median of 50)', `${seedParse.toFixed(2)} ms`, ''],
  [
    'parse 1,000 records',
    `${parseAll.toFixed(0)} ms`,
    `${(1000 / (parseAll / 1000)).toFixed(0)} records/s, ${(bytes / 1024 / 1024 / (parseAll / 1000)).toFixed(1)} MB/s`,
  ],
  [
    'render 1,000 records',
    `${renderAll.toFixed(0)} ms`,
    `${(1000 / (renderAll / 1000)).toFixed(0)} records/s`,
  ],
  [
    'baseline JSON.parse of the same records',
    `${jsonParseAll.toFixed(1)} ms`,
    `parse is ${(parseAll / jsonParseAll).toFixed(0)}x JSON.parse`,
  ],
  [
    'baseline JSON.stringify of the same records',
    `${jsonStringifyAll.toFixed(1)} ms`,
    `render is ${(renderAll / jsonStringifyAll).toFixed(0)}x JSON.stringify`,
  ],
];
console.log(
  `Codec benchmark: ${records.length} generated records, ${(bytes / 1024).toFixed(0)} KiB of record text, node ${process.version}`,
);
for (const [name, value, note] of rows)
  console.log(`${name!.padEnd(44)} ${value!.padStart(10)}  ${note}`);

mkdirSync(new URL('./results/', import.meta.url), { recursive: true });
writeFileSync(
  new URL('./results/codec.json', import.meta.url),
  JSON.stringify(
    {
      at: new Date().toISOString(),
      node: process.version,
      records: records.length,
      bytes,
      seedParseMs: seedParse,
      parseAllMs: parseAll,
      renderAllMs: renderAll,
      jsonParseAllMs: jsonParseAll,
      jsonStringifyAllMs: jsonStringifyAll,
    },
    null,
    2,
  ),
);
