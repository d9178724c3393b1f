import { describe, expect, it } from 'vitest';
import { digestPeriod, retryDelayMs } from './notification.js';
import { notificationLine } from './notification-text.js';

const day = (d: string) => d;

describe('digestPeriod', () => {
  it('gives a daily digest one period a London date', () => {
    expect(digestPeriod('daily', day('2026-12-06'))).toBe('2026-12-06');
  });

  it('gives every day of a week the same weekly period, its Monday', () => {
    // 2026-11-30 is a Monday; 2026-12-06 the Sunday of that week; 2026-12-07 the next Monday.
    expect(digestPeriod('weekly', day('2026-11-30'))).toBe('week-of-2026-11-30');
    expect(digestPeriod('weekly', day('2026-12-06'))).toBe('week-of-2026-11-30');
    expect(digestPeriod('weekly', day('2026-12-07'))).toBe('week-of-2026-12-07');
    expect(digestPeriod('weekly', day('2023-12-31'))).toBe('week-of-2023-12-25');
  });

  it('gives no period when the digest is off', () => {
    expect(digestPeriod('off', day('2026-12-06'))).toBeNull();
  });
});

describe('retryDelayMs', () => {
  it('doubles from a minute and stops at an hour', () => {
    expect([1, 2, 3, 7, 8, 20].map((n) => retryDelayMs(n) / 60_000)).toEqual([1, 2, 4, 60, 60, 60]);
  });
});

describe('notificationLine', () => {
  it('names the response and the finding reference, not any text of the finding', () => {
    expect(
      notificationLine({
        kind: 'finding_assigned',
        organisationName: 'Staffordshire Commissioner',
        reportTitle: 'PEEL 2018/19',
        findingRef: 'AFI-3',
        actorName: 'Alex Approver',
      }),
    ).toBe(
      `Alex Approver made you the owner of AFI-3 in Staffordshire Commissioner's response to "PEEL 2018/19"`,
    );
  });
});
