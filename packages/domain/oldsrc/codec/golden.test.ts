import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ResponseRecord } from '../model/index.js';
import { parseRecord } from './parse-record.js';
import { parseRecords } from './parse-records.js';
import { renderRecord } from './render-record.js';
import { arbitraryRecord } from './test-support/arbitrary-record.js';

/**
 * The parser's whole output on a fixed corpus, committed, so a refactor of the codec shows any change of
 * behaviour: the seed, every record text the tests parse (fixtures/golden-inputs.json, captured from the
 * codec, rules and API tests), generated records rendered, and the seed with each line dropped, doubled or
 * cut off there (for those only the diagnostics are kept in full, the record as a hash, to keep the file small).
 * If a change of behaviour is intended, update with `npx vitest run src/codec/golden.test.ts -u` and read the diff.
 */
const seed = readFileSync(
  new URL('./fixtures/staffordshire-peel-2018-19-response-record.txt', import.meta.url),
  'utf8',
);
const captured = JSON.parse(
  readFileSync(new URL('./fixtures/golden-inputs.json', import.meta.url), 'utf8'),
) as { name: string; input: string }[];

const hash = (value: unknown) =>
  createHash('sha256').update(JSON.stringify(value)).digest('hex').slice(0, 16);

/**
 * A record without the fields added after these hashes were taken (issue 14), where they hold their
 * defaults: so a hash still proves the record is what it was, and changes if the parser starts filling one.
 */
function asBefore(record: ResponseRecord | null): unknown {
  if (!record) return record;
  const { documentVersion, ...rest } = record;
  return {
    ...(documentVersion !== null && { documentVersion }),
    ...rest,
    findings: record.findings.map(({ title, ...f }) => ({
      ...f,
      ...(title !== null && { title }),
      updates: f.updates.map(({ datePrecision, ...u }) => ({
        ...u,
        ...(datePrecision !== 'day' && { datePrecision }),
      })),
    })),
  };
}

function fullCases(): { name: string; input: string }[] {
  const generated = fc.sample(arbitraryRecord, { numRuns: 40, seed: 14 }).map(renderRecord);
  const binary = fc.sample(fc.string({ unit: 'binary', maxLength: 300 }), {
    numRuns: 20,
    seed: 14,
  });
  return [
    { name: 'seed', input: seed },
    ...captured,
    ...generated.map((input, i) => ({ name: `generated #${i}`, input })),
    ...binary.map((input, i) => ({ name: `binary #${i}`, input })),
  ];
}

function seedVariants(): { name: string; input: string }[] {
  const lines = seed.split('\n');
  return lines.flatMap((_, i) => [
    { name: `seed without line ${i + 1}`, input: lines.filter((__, j) => j !== i).join('\n') },
    {
      name: `seed with line ${i + 1} twice`,
      input: lines.flatMap((l, j) => (j === i ? [l, l] : [l])).join('\n'),
    },
    { name: `seed cut after line ${i + 1}`, input: lines.slice(0, i + 1).join('\n') },
  ]);
}

describe('the parser gives exactly what it gave before on a fixed corpus', () => {
  it('parseRecord on the seed, the tests’ inputs, generated and binary texts', async () => {
    const out = fullCases().map(({ name, input }) => ({ name, ...parseRecord(input) }));
    await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot('./fixtures/golden-full.json');
  });

  it('parseRecord on the seed with a line dropped, doubled or cut', async () => {
    const out = seedVariants().map(({ name, input }) => {
      const r = parseRecord(input);
      return {
        name,
        ok: r.ok,
        record: hash(asBefore(r.record)),
        findingLines: hash(r.findingLines),
        diagnostics: r.diagnostics,
      };
    });
    await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot(
      './fixtures/golden-seed-variants.json',
    );
  });

  it('parseRecords on files of several records', async () => {
    const texts = fc.sample(arbitraryRecord, { numRuns: 6, seed: 41 }).map(renderRecord);
    const files = [
      texts.join('\n'),
      `stray text\n${texts.slice(0, 2).join('\n\n')}`,
      `${seed}\n${texts[0]}`,
    ];
    const out = files.map((file) =>
      parseRecords(file).map((r) => ({ ...r, record: hash(asBefore(r.record)) })),
    );
    await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot(
      './fixtures/golden-records.json',
    );
  });
});
