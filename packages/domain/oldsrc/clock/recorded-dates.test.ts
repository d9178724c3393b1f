import { describe, expect, it } from 'vitest';
import { dateCorrections, RecordedDateField, roleToSetRecordedDates } from './recorded-dates.js';

describe('recorded dates', () => {
  it('leave "first published on" to the system', () => {
    expect(RecordedDateField.options).not.toContain('firstPublishedOn');
  });

  it('are set by an editor before first publication and corrected by an approver after', () => {
    expect(roleToSetRecordedDates({ latestPublishedVersion: null })).toBe('editor');
    expect(roleToSetRecordedDates({ latestPublishedVersion: 1 })).toBe('approver');
  });

  it('list as corrections only recorded dates a change moved or cleared, old and new', () => {
    expect(
      dateCorrections(
        {
          sentToHmicfrsOn: '2020-04-01',
          commentsReceivedOn: '2020-03-01',
          commentsDueOn: null,
          commentsRequestedOn: '2020-02-10',
        },
        {
          sentToHmicfrsOn: '2020-04-03',
          commentsReceivedOn: '2020-03-01',
          commentsDueOn: '2020-03-10',
          commentsRequestedOn: null,
          notRequiredReason: 'x',
        },
      ),
    ).toEqual([
      { field: 'commentsRequestedOn', from: '2020-02-10', to: null },
      { field: 'sentToHmicfrsOn', from: '2020-04-01', to: '2020-04-03' },
    ]);
  });
});
