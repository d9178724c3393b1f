import { describe, expect, it } from 'vitest';
import { reportResponseState, type ReportResponseFacts } from './report-response-state.js';

// A report published on 1 January 2024: day 1 is 1 January, so day 56, the last day, is 25 February.
const police = (over: Partial<ReportResponseFacts> = {}): ReportResponseFacts => ({
  organisationKind: 'police_force',
  reportPublishedOn: '2024-01-01',
  firstPublishedOn: null,
  notRequired: false,
  ...over,
});

describe('a force’s response on the register of reports', () => {
  it('is due with the days left, due today on day 56, and overdue by a day on day 57', () => {
    expect(reportResponseState(police(), '2024-02-24')).toEqual({
      state: 'due',
      dueOn: '2024-02-25',
      daysLeft: 1,
    });
    expect(reportResponseState(police(), '2024-02-25')).toEqual({
      state: 'due',
      dueOn: '2024-02-25',
      daysLeft: 0,
    });
    expect(reportResponseState(police(), '2024-02-26')).toEqual({
      state: 'overdue',
      dueOn: '2024-02-25',
      daysOverdue: 1,
    });
    // On the report's own day the whole period is left.
    expect(reportResponseState(police(), '2024-01-01')).toMatchObject({ daysLeft: 55 });
  });

  it('is on time when published on day 56 and late by one day when published on day 57', () => {
    expect(reportResponseState(police({ firstPublishedOn: '2024-02-25' }), '2026-01-01')).toEqual({
      state: 'published_on_time',
      publishedOn: '2024-02-25',
      dueOn: '2024-02-25',
    });
    expect(reportResponseState(police({ firstPublishedOn: '2024-02-26' }), '2026-01-01')).toEqual({
      state: 'published_late',
      publishedOn: '2024-02-26',
      dueOn: '2024-02-25',
      daysLate: 1,
    });
    expect(reportResponseState(police({ firstPublishedOn: '2024-01-01' }), '2024-01-01')).toEqual(
      expect.objectContaining({ state: 'published_on_time' }),
    );
  });

  it('never counts a fire and rescue service late or overdue', () => {
    const fire = police({ organisationKind: 'fire_service' });
    expect(reportResponseState(fire, '2026-12-06')).toEqual({
      state: 'not_required',
      reason: 'fire_service',
    });
    expect(reportResponseState({ ...fire, firstPublishedOn: '2025-01-01' }, '2026-12-06')).toEqual({
      state: 'published_no_limit',
      publishedOn: '2025-01-01',
      reason: 'fire_service',
    });
  });

  it('never counts a response to a report published before 2 May 2017 late or overdue', () => {
    const early = police({ reportPublishedOn: '2016-03-10' });
    expect(reportResponseState(early, '2026-12-06')).toEqual({
      state: 'no_fixed_limit',
      reason: 'before_time_limit',
    });
    expect(reportResponseState({ ...early, firstPublishedOn: '2017-01-20' }, '2026-12-06')).toEqual(
      { state: 'published_no_limit', publishedOn: '2017-01-20', reason: 'before_time_limit' },
    );
    // The last day without a limit, and the first day with one.
    expect(
      reportResponseState(police({ reportPublishedOn: '2017-05-01' }), '2026-12-06'),
    ).toMatchObject({ state: 'no_fixed_limit' });
    expect(reportResponseState(police({ reportPublishedOn: '2017-05-02' }), '2017-06-27')).toEqual({
      state: 'overdue',
      dueOn: '2017-06-26',
      daysOverdue: 1,
    });
  });

  it('is not required when the office recorded so, until a response is published', () => {
    expect(reportResponseState(police({ notRequired: true }), '2026-12-06')).toEqual({
      state: 'not_required',
      reason: 'office_recorded',
    });
    expect(
      reportResponseState(
        police({ notRequired: true, firstPublishedOn: '2024-03-01' }),
        '2026-12-06',
      ),
    ).toMatchObject({ state: 'published_late', daysLate: 5 });
  });

  it('sets no deadline while the report’s date is not recorded', () => {
    const undated = police({ reportPublishedOn: null });
    expect(reportResponseState(undated, '2026-12-06')).toEqual({
      state: 'no_fixed_limit',
      reason: 'report_date_unknown',
    });
    expect(
      reportResponseState({ ...undated, firstPublishedOn: '2025-05-05' }, '2026-12-06'),
    ).toEqual({
      state: 'published_no_limit',
      publishedOn: '2025-05-05',
      reason: 'report_date_unknown',
    });
  });
});
