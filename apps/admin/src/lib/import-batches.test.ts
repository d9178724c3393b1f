import { parseRecords } from '@irr/domain';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { batches } from './import-batches';

const SEED = readFileSync(
  new URL(
    '../../../../packages/domain/src/codec/fixtures/staffordshire-peel-2018-19-response-record.txt',
    import.meta.url,
  ),
  'utf8',
);

describe('import batches', () => {
  it('splits many records into batches of whole records, and each batch re-parses to the same diagnostics on the file lines', () => {
    const broken =
      'PCC and CC Force Inspection response record\n\nForce\tStaffordshire\nGrade\tMagnificent\n';
    const file = [SEED, SEED, SEED, SEED, SEED, SEED, broken].join('\n');
    const whole = parseRecords(file);
    expect(whole).toHaveLength(7);
    const parts = batches(file, 5);
    expect(parts.map((p) => p.firstLine)).toEqual([whole[0]!.startLine, whole[5]!.startLine]);
    const second = parseRecords(parts[1]!.text);
    expect(second).toHaveLength(2);
    const shifted = second[1]!.diagnostics.map((d) => d.line + parts[1]!.firstLine - 1);
    expect(shifted).toEqual(whole[6]!.diagnostics.map((d) => d.line));
    expect(shifted.length).toBeGreaterThan(0);
  });

  it('keeps a single record in one batch from line 1', () => {
    expect(batches(SEED)).toEqual([{ text: SEED.replace(/\r\n?/g, '\n'), firstLine: 1 }]);
  });
});
