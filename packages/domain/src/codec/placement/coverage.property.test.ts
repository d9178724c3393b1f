import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../parse-record.js';
import { renderRecord } from '../render-record.js';
import { arbitraryRecord } from '../test-support/arbitrary-record.js';
import { REFUSAL_CODES } from './measure-coverage.js';

/** A paragraph no record holds, in the shapes real strays take: prose, a heading, a bullet, HTML, capitals. */
const stray = (n: number) =>
  fc.constantFrom(
    `The stray note qz${n}k was left here.`,
    `Stray Heading Qz${n}k`,
    `- a stray item qz${n}k.`,
    `<p>A stray <b>paragraph</b> qz${n}k.</p>`,
    `STRAY QZ${n}K`,
    `    indented stray qz${n}k;`,
  );

/** A rendered record with stray paragraphs put in at random lines, and where each one ended up. */
const withStrays = arbitraryRecord.chain((record) => {
  const lines = renderRecord(record).split('\n');
  return fc
    .array(fc.tuple(fc.nat(lines.length), fc.nat(5)), { minLength: 1, maxLength: 4 })
    .chain((places) =>
      fc.tuple(...places.map((_, i) => stray(i))).map((texts) => {
        const out = [...lines];
        // From the last place back, so earlier places keep their index.
        const sorted = places
          .map(([at], i) => ({ at, text: texts[i]! }))
          .sort((a, b) => b.at - a.at);
        for (const s of sorted) out.splice(s.at, 0, s.text);
        const strays = texts.map((text) => ({ text, line: out.indexOf(text) + 1 }));
        return { text: out.join('\n'), strays };
      }),
    );
});

const marker = (text: string) => /qz\d+k/i.exec(text)![0];

describe('nothing is silently lost: every paragraph is in the draft or flagged at its line', () => {
  it('a rendered record is placed whole: no unplaced text, every character of content placed', () => {
    fc.assert(
      fc.property(arbitraryRecord, (record) => {
        const result = parseRecord(renderRecord(record));
        expect(result.diagnostics.filter((d) => d.code === 'UNPLACED_TEXT')).toEqual([]);
        expect(result.coverage.contentChars).toBeGreaterThan(0);
        expect(result.coverage.placedChars).toBe(result.coverage.contentChars);
      }),
      { numRuns: 100 },
    );
  });

  it('a stray paragraph anywhere is put in a field, or flagged with an error at its line', () => {
    fc.assert(
      fc.property(withStrays, ({ text, strays }) => {
        const result = parseRecord(text);
        const draft = JSON.stringify(result.record);
        for (const s of strays) {
          const flagged = result.diagnostics.some(
            (d) =>
              d.line === s.line &&
              (d.code === 'UNPLACED_TEXT' || REFUSAL_CODES.has(d.code)) &&
              d.severity === 'error',
          );
          const placed = result.record !== null && draft.includes(marker(s.text));
          expect({ stray: s, placed, flagged }).toMatchObject(
            placed ? { placed: true } : { flagged: true },
          );
          if (flagged) expect(result.ok).toBe(false);
        }
        expect(result.coverage.placedChars).toBeLessThanOrEqual(result.coverage.contentChars);
      }),
      { numRuns: 100 },
    );
  });
});
