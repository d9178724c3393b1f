import { describe, expect, it } from 'vitest';
import { findingsQueryFromUrl, findingsUrlOf } from './findings-url';

describe('the findings list in the URL', () => {
  it('round-trips filters, sort and page', () => {
    const query = {
      status: ['not_started', 'in_progress'] as ('not_started' | 'in_progress')[],
      owner: 'me',
      due: 'within' as const,
      days: 45,
      sort: 'ref' as const,
      dir: 'desc' as const,
      page: 2,
    };
    const url = findingsUrlOf(query);
    expect(url).toBe(
      '?status=not_started%2Cin_progress&owner=me&due=within&days=45&sort=ref&dir=desc&page=2',
    );
    expect(findingsQueryFromUrl(new URLSearchParams(url))).toEqual({ ok: true, query });
  });

  it('names a value it does not know and keeps the rest', () => {
    const parsed = findingsQueryFromUrl(new URLSearchParams('?due=soon&owner=me&page=x'));
    expect(parsed.ok).toBe(false);
    expect(parsed.query).toEqual({ owner: 'me' });
    if (!parsed.ok)
      expect(parsed.problems.map((p) => p.split(':')[0])).toEqual(['“due”', '“page”']);
  });
});
