import { parseRecord } from '@irr/domain';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffRecords, diffWords } from './diff';

const SEED = readFileSync(
  new URL(
    '../../../../packages/domain/src/codec/fixtures/staffordshire-peel-2018-19-response-record.txt',
    import.meta.url,
  ),
  'utf8',
);

describe('word diff', () => {
  it('marks inserted and removed words and keeps the rest', () => {
    expect(diffWords('the force should improve', 'the force must improve quickly')).toEqual([
      { kind: 'same', text: 'the force ' },
      { kind: 'removed', text: 'should' },
      { kind: 'added', text: 'must' },
      { kind: 'same', text: ' improve' },
      { kind: 'added', text: ' quickly' },
    ]);
    expect(diffWords('', 'new')).toEqual([{ kind: 'added', text: 'new' }]);
  });

  it('shows one changed word in a long text as that word, not the whole text replaced', () => {
    const words = Array.from({ length: 2_500 }, (_, i) => `word${i}`);
    const before = words.join(' ');
    const after = words.map((w, i) => (i === 1_800 ? 'changed' : w)).join(' ');
    const pieces = diffWords(before, after);
    expect(pieces.filter((p) => p.kind !== 'same')).toEqual([
      { kind: 'removed', text: 'word1800' },
      { kind: 'added', text: 'changed' },
    ]);
    expect(
      pieces
        .filter((p) => p.kind !== 'added')
        .map((p) => p.text)
        .join(''),
    ).toBe(before);
    expect(
      pieces
        .filter((p) => p.kind !== 'removed')
        .map((p) => p.text)
        .join(''),
    ).toBe(after);
  });
});

describe('record diff', () => {
  const record = parseRecord(SEED).record!;
  it('finds nothing between a record and itself', () => {
    expect(diffRecords(record, record)).toEqual([]);
  });
  it('names the changed finding text, a new finding and the comments', () => {
    const [first, ...rest] = record.findings;
    const changed = {
      ...record,
      commissionerComments: '<p>New comments.</p>',
      findings: [
        { ...first!, text: `${first!.text}<p>Extra sentence.</p>` },
        ...rest,
        { ...first!, ref: 'AFI99', text: '<p>Brand new.</p>' },
      ],
    };
    const fields = diffRecords(record, changed).map((c) => c.field);
    expect(fields).toEqual([
      `${first!.ref}: Text`,
      'AFI99: Added',
      'Order of findings',
      "Commissioner's comments",
    ]);
  });

  it("shows a new document version, a finding's new title and an update's month-only date", () => {
    const [first, ...rest] = record.findings;
    const update = {
      date: '2025-05-01',
      datePrecision: 'day' as const,
      author: 'force' as const,
      visibility: 'public' as const,
      text: '<p>Audit done.</p>',
    };
    const before = { ...record, findings: [{ ...first!, updates: [update] }, ...rest] };
    const after = {
      ...record,
      documentVersion: 'v1.1',
      findings: [
        {
          ...first!,
          title: 'Crime data integrity',
          updates: [{ ...update, datePrecision: 'month' as const }],
        },
        ...rest,
      ],
    };
    const changes = diffRecords(before, after);
    expect(changes.map((c) => c.field)).toEqual([
      'Document version',
      `${first!.ref}: Title`,
      `${first!.ref}: Updates`,
    ]);
    expect(changes[2]!.pieces).toEqual([
      { kind: 'removed', text: '1 ' },
      { kind: 'same', text: 'May 2025 Audit done.' },
    ]);
  });

  it("shows a status or an acceptance change in words, as a whole: 'In progress → Closed', never codes run together", () => {
    const [first, ...rest] = record.findings;
    const before = {
      ...record,
      findings: [{ ...first!, status: 'in_progress' as const, acceptance: null }, ...rest],
    };
    const after = {
      ...record,
      findings: [
        {
          ...first!,
          status: 'closed' as const,
          acceptance: { position: 'partially_accepted' as const, explanation: '<p>In part.</p>' },
        },
        ...rest,
      ],
    };
    const changes = diffRecords(before, after);
    expect(changes.map(({ field, before, after }) => ({ field, before, after }))).toEqual([
      { field: `${first!.ref}: Status`, before: 'In progress', after: 'Closed' },
      { field: `${first!.ref}: Acceptance`, before: 'none', after: 'Partially accepted' },
      { field: `${first!.ref}: Explanation`, before: undefined, after: undefined },
    ]);
    expect(JSON.stringify(changes)).not.toMatch(/in_progress|partially_accepted/);
  });

  it('names grades in words', () => {
    const grade = record.grades[0]!;
    const after = { ...record, grades: [{ ...grade, value: 'requires_improvement' as const }] };
    const before = { ...record, grades: [{ ...grade, value: 'good' as const }] };
    const [change] = diffRecords(before, after);
    expect(change!.field).toBe('Grades');
    expect(change!.pieces.map((p) => p.text).join('')).toContain('Requires improvement');
    expect(JSON.stringify(change)).not.toContain('requires_improvement');
  });
});
