import { describe, expect, it } from 'vitest';
import type { Role } from '../model/index.js';
import {
  reportDetailCorrections,
  reportDetailsEditor,
  type ReportDetailsEditInput,
} from './report-details.js';

const base: ReportDetailsEditInput = {
  national: false,
  actorIsOperator: false,
  actorRole: 'editor',
  publishedResponse: false,
  otherOrganisationResponse: false,
};

const code = (input: Partial<ReportDetailsEditInput>) => {
  const result = reportDetailsEditor({ ...base, ...input });
  return result.ok ? 'ok' : result.error.code;
};

describe('reportDetailsEditor', () => {
  it('lets an editor of a covered force change details nothing published refers to', () => {
    expect(reportDetailsEditor(base)).toEqual({ ok: true, value: 'editor' });
    expect(code({ actorRole: 'approver' })).toBe('ok');
  });

  it('refuses a viewer and a non-member', () => {
    expect(code({ actorRole: 'viewer' })).toBe('ROLE_TOO_LOW');
    expect(code({ actorRole: null })).toBe('FORBIDDEN');
  });

  it.each([
    { publishedResponse: true, otherOrganisationResponse: false },
    { publishedResponse: false, otherOrganisationResponse: true },
    { publishedResponse: true, otherOrganisationResponse: true },
  ])(
    'locks the details to approvers once $publishedResponse/$otherOrganisationResponse',
    (refs) => {
      const refused = reportDetailsEditor({ ...base, ...refs });
      expect(refused).toMatchObject({ ok: false, error: { code: 'REPORT_DETAILS_LOCKED' } });
      expect(refused.ok ? '' : refused.error.message).toMatch(/only an approver can change/);
      expect(reportDetailsEditor({ ...base, ...refs, actorRole: 'approver' })).toEqual({
        ok: true,
        value: 'approver',
      });
      expect(code({ ...refs, actorRole: 'admin' })).toBe('ok');
    },
  );

  it('leaves a national report others respond to to the operator alone', () => {
    const national = { national: true, otherOrganisationResponse: true };
    for (const actorRole of ['editor', 'approver', 'admin'] as Role[]) {
      const refused = reportDetailsEditor({ ...base, ...national, actorRole });
      expect(refused).toMatchObject({ ok: false, error: { code: 'REPORT_DETAILS_LOCKED' } });
      expect(refused.ok ? '' : refused.error.message).toMatch(/only the service operator/);
    }
    expect(
      reportDetailsEditor({ ...base, ...national, actorIsOperator: true, actorRole: null }),
    ).toEqual({ ok: true, value: 'operator' });
  });

  it('treats a national report only its own force responds to like any other', () => {
    expect(code({ national: true })).toBe('ok');
    expect(code({ national: true, publishedResponse: true })).toBe('REPORT_DETAILS_LOCKED');
    expect(code({ national: true, publishedResponse: true, actorRole: 'approver' })).toBe('ok');
  });

  it('lets the operator change any report', () => {
    expect(code({ actorIsOperator: true, actorRole: null, publishedResponse: true })).toBe('ok');
  });
});

describe('reportDetailCorrections', () => {
  it("lists each detail the change moved, in the fields' order, a filled-in one included", () => {
    expect(
      reportDetailCorrections(
        { publishedOn: null, link: 'https://a.example', type: 'peel', framework: 'PEEL 2018/19' },
        {
          framework: 'PEEL 2019',
          publishedOn: '2020-02-07',
          link: 'https://a.example',
          type: 'peel',
          correction: true,
        },
      ),
    ).toEqual([
      { field: 'publishedOn', from: null, to: '2020-02-07' },
      { field: 'framework', from: 'PEEL 2018/19', to: 'PEEL 2019' },
    ]);
  });

  it('compares the forces as sets, and leaves out what the change did not name', () => {
    expect(reportDetailCorrections({ forces: ['b', 'a'] }, { forces: ['a', 'b'] })).toEqual([]);
    expect(reportDetailCorrections({ forces: ['b'], link: 'x' }, { forces: ['c', 'b'] })).toEqual([
      { field: 'forces', from: ['b'], to: ['b', 'c'] },
    ]);
  });
});
