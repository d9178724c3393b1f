import { describe, expect, it } from 'vitest';
import { tallyFindings } from './finding-tally.js';

describe("a force's findings counted by kind and status", () => {
  it('counts each pair once, in the order first met, with its overdue ones', () => {
    expect(
      tallyFindings([
        { kind: 'recommendation', status: 'in_progress', overdue: true },
        { kind: 'area_for_improvement', status: 'in_progress', overdue: false },
        { kind: 'recommendation', status: 'in_progress', overdue: false },
        { kind: 'recommendation', status: 'closed', overdue: false },
      ]),
    ).toEqual([
      { kind: 'recommendation', status: 'in_progress', count: 2, overdue: 1 },
      { kind: 'area_for_improvement', status: 'in_progress', count: 1, overdue: 0 },
      { kind: 'recommendation', status: 'closed', count: 1, overdue: 0 },
    ]);
    expect(tallyFindings([])).toEqual([]);
  });
});
