import { describe, expect, it } from 'vitest';
import { publicationSummary, publishedOnTime } from './publication-summary.js';

describe('the published-within-56-days summary', () => {
  it('counts publication day as day 1, so the 56th day is still on time', () => {
    expect(publicationSummary('2024-01-01', '2024-02-25')).toEqual({
      publicationDueOn: '2024-02-25',
      firstPublishedOn: '2024-02-25',
      onTime: true,
    });
    expect(publicationSummary('2024-01-01', '2024-02-26').onTime).toBe(false);
  });

  it('says nothing of time where there is no limit or no date', () => {
    expect(publicationSummary(null, '2026-11-28')).toEqual({
      publicationDueOn: null,
      firstPublishedOn: '2026-11-28',
      onTime: null,
    });
    // Before 2 May 2017 the duty had no fixed limit.
    expect(publicationSummary('2017-05-01', '2017-09-01')).toEqual({
      publicationDueOn: null,
      firstPublishedOn: '2017-09-01',
      onTime: null,
    });
    expect(publicationSummary('2024-01-01', null).onTime).toBeNull();
    expect(publishedOnTime(null, '2024-01-01')).toBeNull();
    expect(publishedOnTime('2024-01-10', '2024-01-09')).toBe(true);
  });
});
