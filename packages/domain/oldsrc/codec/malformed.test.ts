import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecord } from './parse-record.js';
import { recordText } from './test-support/records.js';

const seed = readFileSync(
  new URL('./fixtures/staffordshire-peel-2018-19-response-record.txt', import.meta.url),
  'utf8',
);

function errorsOf(text: string) {
  return parseRecord(text).diagnostics.filter((d) => d.severity === 'error');
}
function lineOf(text: string, needle: string): number {
  return text.split(/\r?\n/).findIndex((l) => l.includes(needle)) + 1;
}

describe('malformed input gives an error with its line, and never throws', () => {
  it('an empty file', () => {
    expect(errorsOf('')).toEqual([expect.objectContaining({ code: 'EMPTY', line: 1 })]);
    expect(errorsOf('  \n\n \t\n')).toEqual([expect.objectContaining({ code: 'EMPTY', line: 1 })]);
  });

  it('a binary file', () => {
    const binary = String.fromCharCode(...Array.from({ length: 512 }, (_, i) => (i * 37) % 256));
    expect(errorsOf(binary)).toEqual([expect.objectContaining({ code: 'NOT_TEXT', line: 1 })]);
    expect(parseRecord(binary).record).toBeNull();
  });

  it('a file cut off in the header', () => {
    const cut = seed.split('\n').slice(0, 10).join('\n');
    const errors = errorsOf(cut);
    expect(errors).toContainEqual(
      expect.objectContaining({ code: 'MISSING_FIELD', field: 'title' }),
    );
    expect(errors.every((e) => e.line >= 1)).toBe(true);
  });

  it('a file cut off just after a "Force Update:" label', () => {
    const lines = seed.split('\n');
    const at = lines.findIndex((l) => l.startsWith('Force Update:'));
    const cut = lines.slice(0, at + 1).join('\n');
    expect(errorsOf(cut)).toContainEqual(
      expect.objectContaining({ code: 'EMPTY_UPDATE', line: at + 1 }),
    );
  });

  it('a record without its Force', () => {
    const text = seed.replace('Force\tStaffordshire\n', '');
    const result = parseRecord(text);
    expect(result.record).toBeNull();
    expect(result.diagnostics).toContainEqual(
      expect.objectContaining({ severity: 'error', code: 'MISSING_FIELD', field: 'organisation' }),
    );
  });

  it('an unknown grade', () => {
    const text = seed.replace('Grade\tGood', 'Grade\tExcellent');
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({
        code: 'UNKNOWN_GRADE',
        field: 'grades',
        line: lineOf(text, 'Grade\t'),
      }),
    ]);
  });

  it('a grade the framework does not use (Adequate before 2021/22)', () => {
    const text = seed.replace('Grade\tGood', 'Grade\tAdequate');
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(lineOf(text, 'Grade\t'));
    expect(errors[0]!.message).toMatch(/adequate/i);
  });

  it('a duplicated field', () => {
    const text = seed.replace(
      'Force\tStaffordshire\n',
      'Force\tStaffordshire\nForce\tWest Midlands\n',
    );
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({ code: 'DUPLICATE_FIELD', line: lineOf(text, 'West Midlands') }),
    ]);
    expect(parseRecord(text).record?.organisation.name).toBe('Staffordshire');
  });

  it('a version that is not a number', () => {
    expect(errorsOf(recordText({ version: 'two' }))).toEqual([
      expect.objectContaining({ code: 'BAD_VERSION', line: 3 }),
    ]);
  });

  it('an impossible publication date and a link that is not http(s)', () => {
    const text = recordText({
      header: [
        'Force\tStaffordshire',
        'Police and Crime Commissioner\tBen Adams',
        'Chief Constable\tChris Noble',
        'Title of inspection\tPEEL 2021/22',
        'Date of publication\t31 February 2022',
        'Link\tjavascript:alert(1)',
      ],
    });
    const errors = errorsOf(text);
    expect(errors).toContainEqual(expect.objectContaining({ code: 'BAD_DATE', line: 9 }));
    expect(errors).toContainEqual(expect.objectContaining({ code: 'BAD_LINK', line: 10 }));
  });

  it('an update with no finding before it', () => {
    const text = recordText({ areas: ['Force Update: we did it.'] });
    expect(errorsOf(text)).toEqual([
      expect.objectContaining({
        code: 'UPDATE_WITHOUT_FINDING',
        line: lineOf(text, 'Force Update'),
      }),
    ]);
  });

  it('an acceptance on an area for improvement, and an unknown status', () => {
    const text = recordText({
      areas: ['- The force should improve.', 'Acceptance: Accepted', 'Status: Nearly there'],
    });
    const errors = errorsOf(text);
    expect(errors).toContainEqual(
      expect.objectContaining({
        code: 'ACCEPTANCE_NOT_RECOMMENDATION',
        line: lineOf(text, 'Acceptance'),
      }),
    );
    expect(errors).toContainEqual(
      expect.objectContaining({ code: 'UNKNOWN_STATUS', line: lineOf(text, 'Status:') }),
    );
  });

  it('a cause of concern with no recommendation', () => {
    const text = recordText({
      recommendations: ['Cause of concern 1: The force does not protect children.'],
    });
    const errors = errorsOf(text);
    expect(errors).toHaveLength(1);
    expect(errors[0]!.line).toBe(lineOf(text, 'Cause of concern 1'));
  });

  it('never throws, whatever the bytes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 2000 }), (text) => {
        const result = parseRecord(text);
        expect(Array.isArray(result.diagnostics)).toBe(true);
        for (const d of result.diagnostics) expect(d.line).toBeGreaterThanOrEqual(1);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on the seed with lines dropped, duplicated or cut', () => {
    const lines = seed.split('\n');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(lines.length - 1), fc.constantFrom('drop', 'dup', 'cut')), {
          maxLength: 8,
        }),
        (edits) => {
          const copy = [...lines];
          for (const [i, op] of edits) {
            if (op === 'drop') copy.splice(i, 1);
            else if (op === 'dup') copy.splice(i, 0, copy[i] ?? '');
            else copy[i] = (copy[i] ?? '').slice(0, Math.floor((copy[i] ?? '').length / 2));
          }
          const result = parseRecord(copy.join('\n'));
          expect(result.ok === !result.diagnostics.some((d) => d.severity === 'error')).toBe(true);
        },
      ),
      { numRuns: 200 },
    );
  });
});
