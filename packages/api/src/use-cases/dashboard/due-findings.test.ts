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
  owner: null,
  targetDate,
  ...more,
});

describe('dueFindings', () => {
  const titles = new Map([['r1', 'PEEL 2023']]);

  it('lists overdue and due-soon findings, earliest first, with their report title', () => {
    const due = dueFindings(
      [finding('R2', '2024-01-20'), finding('R1', '2023-12-01'), finding('R3', '2023-12-31')],
      titles,
      'Ann',
      '2024-01-10',
    );
    expect(due.overdue.map((f) => f.ref)).toEqual(['R1', 'R3']);
    expect(due.dueSoon.map((f) => [f.ref, f.reportTitle])).toEqual([['R2', 'PEEL 2023']]);
  });

  it("gives the asker's open findings by owner name, whatever the case and spaces", () => {
    const due = dueFindings(
      [
        finding('R1', '2030-01-01', { owner: ' ann ' }),
        finding('R2', '2030-01-01', { owner: 'Ann', status: 'closed' }),
        finding('R3', '2030-01-01', { owner: 'Bob' }),
      ],
      titles,
      'Ann',
      '2024-01-10',
    );
    expect(due.mine.map((f) => f.ref)).toEqual(['R1']);
  });

  it("keeps a finding's own title for its heading in the list", () => {
    const due = dueFindings(
      [finding('C1', '2023-12-01', { kind: 'cause_of_concern', title: 'Crime data integrity' })],
      titles,
      'Ann',
      '2024-01-10',
    );
    expect(due.overdue).toMatchObject([{ ref: 'C1', title: 'Crime data integrity' }]);
  });
});
