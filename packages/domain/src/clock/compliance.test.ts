import { describe, expect, it } from 'vitest';
import {
  complianceByYear,
  complianceFigures,
  inPeriod,
  type ComplianceFinding,
} from './compliance.js';
import { reportResponseState } from './report-response-state.js';

const TODAY = '2026-12-06';
const police = (reportPublishedOn: string | null, firstPublishedOn: string | null) => ({
  reportPublishedOn,
  state: reportResponseState(
    { organisationKind: 'police_force', reportPublishedOn, firstPublishedOn, notRequired: false },
    TODAY,
  ),
});
const finding = (over: Partial<ComplianceFinding>): ComplianceFinding => ({
  reportPublishedOn: '2025-03-01',
  status: 'in_progress',
  targetDate: null,
  respondedOn: '2025-04-01',
  finishedOn: null,
  ...over,
});

describe('compliance figures', () => {
  it('counts on day 56 as on time, day 57 as late, and an unpublished one past its day as missing', () => {
    // 2025-03-01 is day 1, so 2025-04-25 is day 56.
    const figures = complianceFigures(
      [
        police('2025-03-01', '2025-04-25'),
        police('2025-03-01', '2025-04-26'),
        police('2025-03-01', null),
        police('2026-11-30', null),
        {
          reportPublishedOn: '2016-01-10',
          state: reportResponseState(
            {
              organisationKind: 'police_force',
              reportPublishedOn: '2016-01-10',
              firstPublishedOn: '2016-06-01',
              notRequired: false,
            },
            TODAY,
          ),
        },
      ],
      [],
      TODAY,
    );
    expect(figures.responses).toEqual({ onTime: 1, late: 1, missing: 1, due: 1, noLimit: 1 });
    // Days to publish, counting the report's day as day 1: 56, 57 and (a 2016 report) 144; median 57.
    expect(figures.medianDaysToPublish).toBe(57);
  });

  it('counts findings open, overdue and closed, and the median days closing took from the response', () => {
    const figures = complianceFigures(
      [],
      [
        finding({ targetDate: '2026-01-01' }),
        finding({ targetDate: '2027-01-01' }),
        finding({ status: 'completed', targetDate: '2026-06-01' }),
        finding({ status: 'closed', finishedOn: '2025-05-01' }),
        finding({ status: 'no_longer_applicable', finishedOn: '2025-07-01' }),
      ],
      TODAY,
    );
    // "Completed" awaits closing: still open, and overdue past its date.
    expect(figures.findings).toEqual({ open: 3, overdue: 2, closed: 2 });
    expect(figures.medianDaysToClose).toBe((30 + 91) / 2);
    expect(complianceFigures([], [], TODAY)).toMatchObject({
      medianDaysToPublish: null,
      medianDaysToClose: null,
    });
  });

  it('splits by the year reports came out, and keeps a period by publication date', () => {
    const years = complianceByYear(
      [police('2024-05-01', '2024-06-01'), police('2025-03-01', null), police(null, '2025-01-01')],
      [finding({ reportPublishedOn: '2024-05-01' })],
      TODAY,
    );
    expect(
      years.map((y) => [
        y.year,
        y.figures.responses.onTime,
        y.figures.responses.missing,
        y.figures.findings.open,
      ]),
    ).toEqual([
      [2024, 1, 0, 1],
      [2025, 0, 1, 0],
    ]);
    expect(inPeriod('2024-05-01', { from: '2024-01-01', to: '2024-12-31' })).toBe(true);
    expect(inPeriod('2025-05-01', { from: '2024-01-01', to: '2024-12-31' })).toBe(false);
    expect(inPeriod(null, { from: '2024-01-01', to: null })).toBe(false);
    expect(inPeriod(null, { from: null, to: null })).toBe(true);
  });
});
