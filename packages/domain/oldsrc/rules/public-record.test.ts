import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../codec/index.js';
import { publicRecord } from './public-record.js';

const SEED_TEXT = readFileSync(
  new URL('../codec/fixtures/staffordshire-peel-2018-19-response-record.txt', import.meta.url),
  'utf8',
);

describe('publicRecord', () => {
  it('keeps public updates and drops internal ones, leaving everything else as it was', () => {
    const record = parseRecord(SEED_TEXT).record!;
    const [first, ...rest] = record.findings;
    const internal = {
      date: '2020-03-01',
      datePrecision: 'day' as const,
      author: 'opcc' as const,
      visibility: 'internal' as const,
      text: '<p>Not for the public</p>',
    };
    const withInternal = {
      ...record,
      findings: [{ ...first!, updates: [...first!.updates, internal] }, ...rest],
    };
    const shown = publicRecord(withInternal);
    expect(shown.findings[0]!.updates).toEqual(first!.updates);
    expect(shown.findings.slice(1)).toEqual(rest);
    expect({ ...shown, findings: [] }).toEqual({ ...record, findings: [] });
  });
});
