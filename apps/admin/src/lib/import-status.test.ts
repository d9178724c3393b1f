import { describe, expect, it } from 'vitest';
import type { Meeting, PendingImportSummary } from './imports';
import { importState, importsAlone, outstanding } from './import-status';

const item = (over: Partial<PendingImportSummary> = {}): PendingImportSummary => ({
  id: 'i1',
  batchId: 'b1',
  fileName: 'a.docx',
  format: 'docx',
  startLine: 1,
  endLine: 40,
  status: 'pending',
  organisation: 'Staffordshire',
  reportTitle: 'PEEL 2021/22',
  findings: 3,
  updates: 1,
  errors: 0,
  warnings: 0,
  unplaced: 0,
  ready: true,
  meeting: null,
  reportFindingQuestions: [],
  resultRecordId: null,
  expiresAt: '2026-12-12T00:00:00.000Z',
  ...over,
});

const meeting = (over: Partial<Meeting> = {}): Meeting => ({
  match: 'same',
  why: 'the same title',
  report: { id: 'r1', title: 'PEEL 2021/22', publishedOn: null, link: null },
  candidates: [],
  record: null,
  choices: ['create'],
  ...over,
});

describe('importState', () => {
  it('says what is left in counts the user can act on', () => {
    expect(outstanding({ errors: 2, unplaced: 1 })).toBe('2 errors, 1 block to place');
    expect(importState(item({ ready: false, errors: 1, unplaced: 3 })).text).toBe(
      'Needs review: 1 error, 3 blocks to place',
    );
    expect(importState(item()).text).toBe('Ready to import');
  });

  it('names a published response the import meets, and an unanswered near match', () => {
    const record = { id: 'x', draftVersion: 2, latestPublishedVersion: 1, rowVersion: 4 };
    const published = item({
      meeting: meeting({ record: { ...record, status: 'published' }, choices: ['open'] }),
    });
    expect(importState(published).text).toBe('Meets a published response');
    expect(importsAlone(published)).toBe(false);
    const draft = item({ meeting: meeting({ record: { ...record, status: 'draft' } }) });
    expect(importState(draft).text).toBe('Meets a response in progress (draft)');
    const near = item({ ready: false, meeting: meeting({ match: 'near', choices: [] }) });
    expect(importState(near).text).toMatch(/^Needs an answer/);
  });

  it('counts a ready import of a held report with no response yet among those saved together', () => {
    expect(importsAlone(item({ meeting: meeting() }))).toBe(true);
    expect(importsAlone(item({ ready: false }))).toBe(false);
    expect(importsAlone(item({ status: 'imported' }))).toBe(false);
  });
});
