import { describe, expect, it } from 'vitest';
import { followedWords, publicChangeLine } from '../notifications/index.js';
import { findingName } from './finding-name.js';

const staffs = { slug: 'staffordshire', name: 'Staffordshire Police' };
const peel = { slug: 'peel-2018-19', title: 'PEEL 2018/19' };

describe('one name for a finding everywhere', () => {
  it("is the kind and the report's own number, else the register's reference", () => {
    expect(findingName({ kind: 'recommendation', ref: 'R1', reference: '3' })).toBe(
      'Recommendation 3',
    );
    expect(findingName({ kind: 'cause_of_concern', ref: 'C1', reference: 'A1' })).toBe(
      'Cause of concern A1',
    );
    expect(findingName({ kind: 'area_for_improvement', ref: 'AFI1', reference: null })).toBe(
      'Area for improvement AFI1',
    );
    expect(findingName({ kind: 'recommendation', ref: 'R2' })).toBe('Recommendation R2');
  });

  it('is what a feed entry and an alert mail call it, so the page they link to says the same', () => {
    const finding = { ref: 'R1', kind: 'recommendation', reference: '3' };
    expect(
      publicChangeLine({
        kind: 'update',
        organisation: staffs,
        report: peel,
        responseSlug: 'peel-2018-19',
        finding,
        version: null,
        from: null,
        to: null,
      }),
    ).toBe('Staffordshire Police, "PEEL 2018/19", Recommendation 3: new public update');
    expect(
      publicChangeLine({
        kind: 'status',
        organisation: staffs,
        report: peel,
        responseSlug: 'peel-2018-19',
        finding: { ref: 'AFI2', kind: 'area_for_improvement', reference: null },
        version: null,
        from: 'not_started',
        to: 'in_progress',
      }),
    ).toBe(
      'Staffordshire Police, "PEEL 2018/19", Area for improvement AFI2: status changed from Not started to In progress',
    );
    expect(
      followedWords({
        kind: 'finding',
        organisationName: staffs.name,
        reportTitle: peel.title,
        findingRef: 'R1',
        findingKind: 'recommendation',
        findingReference: '3',
      }),
    ).toBe('Staffordshire Police, "PEEL 2018/19", Recommendation 3');
  });

  it('names a finding of a kind it does not know without inventing one', () => {
    expect(
      publicChangeLine({
        kind: 'update',
        organisation: staffs,
        report: peel,
        responseSlug: 'peel-2018-19',
        finding: { ref: 'X1', kind: 'something_new', reference: null },
        version: null,
        from: null,
        to: null,
      }),
    ).toBe('Staffordshire Police, "PEEL 2018/19", Finding X1: new public update');
  });
});
