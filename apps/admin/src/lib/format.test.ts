import { describe, expect, it } from 'vitest';
import { actionLabel, formatDate, formatInstant, label, STATUS_LABEL } from './format';

describe('dates in words', () => {
  it('writes a calendar date as "7 February 2020"', () => {
    expect(formatDate('2020-02-07')).toBe('7 February 2020');
    expect(formatDate('2020-10-02')).toBe('2 October 2020');
    expect(formatDate(null)).toBe('not set');
  });

  it("writes an instant as London's wall-clock time, in winter and in summer", () => {
    expect(formatInstant('2020-02-07T14:05:00Z')).toBe('7 February 2020 at 14:05');
    // British Summer Time: an hour ahead of UTC, and past midnight that is the next day.
    expect(formatInstant('2020-07-31T23:30:00Z')).toBe('1 August 2020 at 00:30');
    expect(formatInstant('2026-11-28T09:03:00.000Z')).toBe('28 November 2026 at 09:03');
    expect(formatInstant(null)).toBe('');
  });
});

describe('codes in words', () => {
  it("gives each status the domain's label", () => {
    expect(label(STATUS_LABEL, 'in_progress')).toBe('In progress');
    expect(label(STATUS_LABEL, 'in_review')).toBe('In review');
  });

  it("says an audited action in the domain's words, and an unknown one without its code", () => {
    expect(actionLabel('finding.owner_set')).toBe("Changed a finding's owner");
    expect(actionLabel('record.approved')).toBe('Approved a record');
    expect(actionLabel('something.long_gone')).toBe('Something long gone');
  });
});
