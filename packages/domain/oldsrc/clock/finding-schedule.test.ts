import { describe, expect, it } from 'vitest';
import type { FindingStatus } from '../model/index.js';
import {
  FindingSchedule,
  isDueSoon,
  isFinished,
  isOverdue,
  reviseTargetDate,
  slippageDays,
} from './finding-schedule.js';

const unscheduled: FindingSchedule = { originalTargetDate: null, targetDate: null, revisions: [] };
const change = {
  reason: 'New case system delivered late',
  revisedOn: '2020-05-01',
  revisedBy: 'user-approver-1',
};

function scheduled(): FindingSchedule {
  const first = reviseTargetDate(unscheduled, {
    to: '2020-08-07',
    reason: '',
    revisedOn: '2020-02-20',
    revisedBy: 'u1',
  });
  if (!first.ok) throw new Error(first.error.message);
  return first.value;
}

describe('reviseTargetDate', () => {
  it('makes the first date set the original, without a reason or a log entry', () => {
    expect(scheduled()).toEqual({
      originalTargetDate: '2020-08-07',
      targetDate: '2020-08-07',
      revisions: [],
    });
  });

  it('logs each revision and never moves the original', () => {
    const once = reviseTargetDate(scheduled(), { ...change, to: '2020-10-31' });
    expect(once.ok).toBe(true);
    if (!once.ok) return;
    const twice = reviseTargetDate(once.value, {
      ...change,
      to: '2020-09-30',
      reason: '  Brought forward  ',
    });
    expect(twice.ok).toBe(true);
    if (!twice.ok) return;
    expect(twice.value.originalTargetDate).toBe('2020-08-07');
    expect(twice.value.targetDate).toBe('2020-09-30');
    expect(twice.value.revisions).toEqual([
      { from: '2020-08-07', to: '2020-10-31', ...change },
      { from: '2020-10-31', to: '2020-09-30', ...change, reason: 'Brought forward' },
    ]);
    expect(FindingSchedule.safeParse(twice.value).success).toBe(true);
  });

  it('does not change the schedule it was given', () => {
    const before = scheduled();
    reviseTargetDate(before, { ...change, to: '2020-10-31' });
    expect(before).toEqual(scheduled());
  });

  it.each([
    [{ ...change, to: '2020-10-31', reason: '' }, 'REASON_REQUIRED', 'reason'],
    [{ ...change, to: '2020-10-31', reason: ' \n\t ' }, 'REASON_REQUIRED', 'reason'],
    [{ ...change, to: '2020-10-31', reason: 'x'.repeat(2001) }, 'REASON_TOO_LONG', 'reason'],
    [{ ...change, to: '2020-08-07' }, 'SAME_TARGET_DATE', 'to'],
    [{ ...change, to: '2020-09-31' }, 'INVALID_DATE', 'to'],
    [{ ...change, to: '31/10/2020' }, 'INVALID_DATE', 'to'],
    [{ ...change, to: '2020-10-31', revisedOn: '2020-02-30' }, 'INVALID_DATE', 'revisedOn'],
    [{ ...change, to: '2020-10-31', revisedBy: ' ' }, 'REVISED_BY_REQUIRED', 'revisedBy'],
  ])('refuses %o with %s', (input, code, field) => {
    expect(reviseTargetDate(scheduled(), input)).toMatchObject({
      ok: false,
      error: { code, field },
    });
  });

  it('refuses an impossible first date too', () => {
    expect(reviseTargetDate(unscheduled, { ...change, to: '2021-02-29' })).toMatchObject({
      ok: false,
      error: { code: 'INVALID_DATE' },
    });
  });
});

describe('slippageDays', () => {
  it('is current minus original, and 0 without dates', () => {
    expect(slippageDays(unscheduled)).toBe(0);
    expect(slippageDays(scheduled())).toBe(0);
    expect(slippageDays({ originalTargetDate: '2020-08-07', targetDate: '2020-10-31' })).toBe(85);
    expect(slippageDays({ originalTargetDate: '2020-08-07', targetDate: '2020-08-01' })).toBe(-6);
  });
});

describe('isOverdue and isDueSoon', () => {
  const due = (status: FindingStatus | null) => ({ targetDate: '2020-08-07', status });

  it('is overdue only once the target date has passed', () => {
    expect(isOverdue(due('in_progress'), '2020-08-07')).toBe(false);
    expect(isOverdue(due('in_progress'), '2020-08-08')).toBe(true);
    expect(isOverdue({ targetDate: null, status: 'not_started' }, '2030-01-01')).toBe(false);
  });

  it.each([
    ['not_started', true],
    ['in_progress', true],
    ['completed', true],
    [null, true],
    ['closed', false],
    ['superseded', false],
    ['no_longer_applicable', false],
  ] as const)('a finding %s past its date is overdue: %s', (status, expected) => {
    expect(isOverdue(due(status), '2020-09-01')).toBe(expected);
  });

  it('is due soon from 14 days before the target date up to the day itself', () => {
    expect(isDueSoon(due('in_progress'), '2020-07-23')).toBe(false);
    expect(isDueSoon(due('in_progress'), '2020-07-24')).toBe(true);
    expect(isDueSoon(due('in_progress'), '2020-08-07')).toBe(true);
    expect(isDueSoon(due('in_progress'), '2020-08-08')).toBe(false);
    expect(isDueSoon(due('in_progress'), '2020-07-31', 7)).toBe(true);
    expect(isDueSoon(due('in_progress'), '2020-07-30', 7)).toBe(false);
    expect(isDueSoon(due('closed'), '2020-08-01')).toBe(false);
  });
});

describe('isFinished', () => {
  it.each([
    ['not_started', false],
    ['in_progress', false],
    ['completed', false],
    ['closed', true],
    ['superseded', true],
    ['no_longer_applicable', true],
  ] as const)('a finding %s is finished: %s', (status, expected) => {
    expect(isFinished(status)).toBe(expected);
  });
});
