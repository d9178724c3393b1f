import type { ScheduledFinding } from '@irr/db/read-models';
import { describe, expect, it } from 'vitest';
import { dueFindings } from './due-findings.js';

const finding = (ref: string, targetDate: string, more: Partial<ScheduledFinding> = {}) => ({
  id: ref,
  recordId: 'r1',
  ref,
  kind: 'recommendation' as const,
  title: null,
  status: 'in_progress' as const,
  ownerUserId: null,
  ownerName: null,
  ownerTeam: null,
  targetDate,
  ...more,
});

describe('dueFindings', () => {
  const titles = new Map([['r1', 'PEEL 2023']]);

  it('lists overdue and due-soon findings, earliest first, with their report title', () => {
    const due = dueFindings(
      [finding('R2', '2024-01-20'), finding('R1', '2023-12-01'), finding('R3', '2023-12-31')],
      titles,
      'ann',
      '2024-01-10',
    );
    expect(due.overdue.map((f) => f.ref)).toEqual(['R1', 'R3']);
    expect(due.dueSoon.map((f) => [f.ref, f.reportTitle])).toEqual([['R2', 'PEEL 2023']]);
  });

  // Issue 16, item 2: owners are accounts, so "My findings" no longer depends on how a name was typed.
  it("gives the asker's open findings by owner account, with the owner's name and team", () => {
    const due = dueFindings(
      [
        finding('R1', '2030-01-01', { ownerUserId: 'ann', ownerName: 'Ann', ownerTeam: 'PVP' }),
        finding('R2', '2030-01-01', { ownerUserId: 'ann', ownerName: 'Ann', status: 'closed' }),
        finding('R3', '2030-01-01', { ownerUserId: 'bob', ownerName: 'Ann' }),
        finding('R4', '2030-01-01', { ownerTeam: 'Ann' }),
      ],
      titles,
      'ann',
      '2024-01-10',
    );
    expect(due.mine).toMatchObject([
      { ref: 'R1', owner: { id: 'ann', name: 'Ann' }, ownerTeam: 'PVP' },
    ]);
  });

  it('counts every finding of a list though it sends only the first 50', () => {
    const late = Array.from({ length: 73 }, (_, i) =>
      finding(`R${i + 1}`, `2023-10-${String((i % 28) + 1).padStart(2, '0')}`),
    );
    const due = dueFindings(late, titles, 'ann', '2024-01-10');
    expect(due.overdue).toHaveLength(50);
    expect(due.dueTotals).toEqual({ overdue: 73, dueSoon: 0, mine: 0 });
  });

  it('gives the operator at the shell, who is no account, no findings of their own', () => {
    const due = dueFindings([finding('R1', '2030-01-01')], titles, null, '2024-01-10');
    expect(due.mine).toEqual([]);
  });

  it("keeps a finding's own title for its heading in the list", () => {
    const due = dueFindings(
      [finding('C1', '2023-12-01', { kind: 'cause_of_concern', title: 'Crime data integrity' })],
      titles,
      'ann',
      '2024-01-10',
    );
    expect(due.overdue).toMatchObject([{ ref: 'C1', title: 'Crime data integrity' }]);
  });
});
