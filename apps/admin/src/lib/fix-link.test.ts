import { describe, expect, it } from 'vitest';
import { fixLink } from './fix-link';

const item = (over: Partial<Parameters<typeof fixLink>[1]>) => ({
  code: 'ACCEPTANCE_MISSING',
  field: 'acceptance',
  findingRef: 'R1',
  findingId: 'f1',
  ...over,
});

describe('fixLink', () => {
  it("opens a draft's finding editor at the response's field", () => {
    expect(fixLink('r', item({}), true)).toBe('/records/r?edit=f1#finding-R1-position');
    expect(fixLink('r', item({ field: 'explanation' }), true)).toBe(
      '/records/r?edit=f1#finding-R1-explanation',
    );
  });

  it('points at the finding on the record page when the record cannot be edited', () => {
    expect(fixLink('r', item({}), false)).toBe('/records/r#h-f1');
  });

  it("leads to the finding's owner, and to the report's date", () => {
    expect(fixLink('r', item({ code: 'OWNER_MISSING', field: 'owner' }), true)).toBe(
      '/records/r/findings/f1#finding-owner',
    );
    expect(
      fixLink('r', item({ code: 'REPORT_DATE_UNKNOWN', findingId: null, findingRef: null }), false),
    ).toBe('/records/r#report-published-on-day');
  });

  it('has no link for what no change puts right', () => {
    expect(fixLink('r', item({ code: 'SELF_APPROVAL', findingId: null }), true)).toBeNull();
    expect(fixLink('r', item({ code: 'REVIEW_STARTED', findingId: null }), true)).toBeNull();
  });
});
