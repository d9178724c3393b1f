import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ResponseRecord, type Finding } from '../model/index.js';
import { recordText } from './test-support/records.js';
import { parseRecord } from './parse-record.js';
import { renderRecord } from './render-record.js';
import { arbitraryRecord } from './test-support/arbitrary-record.js';

describe('render then parse gives the record back', () => {
  it('generated records are valid by the schema (the generator is honest)', () => {
    fc.assert(
      fc.property(arbitraryRecord, (r) => ResponseRecord.parse(r) !== undefined),
      { numRuns: 50 },
    );
  });

  it('parseRecord(renderRecord(r)) equals r for generated records', () => {
    fc.assert(
      fc.property(arbitraryRecord, (record) => {
        const text = renderRecord(record);
        const back = parseRecord(text);
        expect(back.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(back.record).toEqual(record);
      }),
      { numRuns: 500 },
    );
  });

  it('rendering is stable: render(parse(render(r))) equals render(r)', () => {
    fc.assert(
      fc.property(arbitraryRecord, (record) => {
        const text = renderRecord(record);
        expect(renderRecord(parseRecord(text).record!)).toBe(text);
      }),
      { numRuns: 200 },
    );
  });
});

describe('findings whose text or grouping looks like structure survive a round trip', () => {
  const seed = parseRecord(
    recordText({
      recommendations: [
        'Cause of concern: The force is not investigating well.',
        '- The force should act.',
      ],
      areas: ['Investigating crime', '- The force should record better.'],
    }),
  ).record!;
  const finding = seed.findings[0]!;
  const withFindings = (findings: Finding[]): ResponseRecord => ({ ...seed, findings });

  it.each([
    ['a cause of concern reading like a pillar', 'LEGITIMACY'],
    ['a recommendation reading like a status line', 'Status: a word that looks like a label.'],
    ['a recommendation that says only "None"', 'None'],
    ['a recommendation reading like an update label', 'Force Update: to follow.'],
  ])('%s', (_, words) => {
    const cause = {
      ...finding,
      ref: 'C1',
      kind: 'cause_of_concern' as const,
      text: `<p>${words}</p>`,
    };
    const rec = {
      ...finding,
      ref: 'R1',
      kind: 'recommendation' as const,
      causeOfConcernRef: 'C1',
      text: `<p>${words}</p>`,
    };
    const record = withFindings([cause, rec]);
    expect(parseRecord(renderRecord(record)).record?.findings).toEqual(record.findings);
  });

  it('a finding with no area after one with an area, under the same pillar, keeps no area', () => {
    const grouped = {
      pillar: null,
      area: 'Responding to the public',
      questionId: 'peel-2021-22/responding-to-the-public',
    };
    const none = { pillar: null, area: null, questionId: null };
    const record = withFindings([
      {
        ...finding,
        ref: 'AFI1',
        kind: 'area_for_improvement',
        causeOfConcernRef: null,
        group: grouped,
      },
      {
        ...finding,
        ref: 'AFI2',
        kind: 'area_for_improvement',
        causeOfConcernRef: null,
        group: none,
      },
    ]);
    expect(parseRecord(renderRecord(record)).record?.findings.map((f) => f.group)).toEqual([
      grouped,
      none,
    ]);
  });
});
