import { describe, expect, it } from 'vitest';
import { roleToSetTargetDate } from './target-date-role.js';

describe('roleToSetTargetDate', () => {
  it('lets an editor set the first target date', () => {
    expect(roleToSetTargetDate({ originalTargetDate: null, targetDate: null })).toBe('editor');
  });

  it('needs an approver to revise a date already set', () => {
    expect(
      roleToSetTargetDate({ originalTargetDate: '2026-03-31', targetDate: '2026-03-31' }),
    ).toBe('approver');
    expect(
      roleToSetTargetDate({ originalTargetDate: '2026-03-31', targetDate: '2026-06-30' }),
    ).toBe('approver');
  });

  it('counts an original date alone as set, as the revision itself does', () => {
    expect(roleToSetTargetDate({ originalTargetDate: '2026-03-31', targetDate: null })).toBe(
      'approver',
    );
  });
});
