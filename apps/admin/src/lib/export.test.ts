import { describe, expect, it } from 'vitest';
import type { Finding } from '@irr/domain';
import { csvCell, findingsCsv, toCsv } from './export';
import type { StaffFinding } from './trpc';

describe('CSV export', () => {
  it('quotes fields, doubles quotes and keeps line breaks inside a field', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x "y"', 'line 1\nline 2'],
          [null, 3],
        ],
      ),
    ).toBe('"a","b"\r\n"x ""y""","line 1\nline 2"\r\n"","3"\r\n');
  });

  it('defuses cells a spreadsheet would run as a formula', () => {
    expect(csvCell('=HYPERLINK("http://evil")')).toBe('"\'=HYPERLINK(""http://evil"")"');
    expect(csvCell('-1+2')).toBe('"\'-1+2"');
    expect(csvCell('plain')).toBe('"plain"');
  });

  it("keeps a finding's title and says when its latest update gave only a month", () => {
    const finding = {
      ref: 'COC1',
      kind: 'cause_of_concern',
      reference: '1',
      title: 'Crime data integrity',
      text: '<p>The force does not record crime accurately.</p>',
      subItems: [],
      group: { pillar: null, area: null, questionId: null },
      deadlinePhrase: null,
      causeOfConcernRef: null,
      supersedes: null,
      acceptance: null,
      status: null,
      updates: [],
    } satisfies Finding;
    const staff = {
      id: '00000000-0000-4000-8000-000000000001',
      rowVersion: 1,
      ref: 'COC1',
      owner: { id: '00000000-0000-4000-8000-000000000003', name: 'Ann Example' },
      ownerTeam: 'Public protection',
      originalTargetDate: null,
      targetDate: null,
      causeStatus: 'open',
      inspectorateStatus: null,
      status: 'in_progress',
      updates: [
        {
          id: '00000000-0000-4000-8000-000000000002',
          date: '2025-05-01',
          datePrecision: 'month',
          author: 'force',
          visibility: 'public',
          text: '<p>Audit done.</p>',
        },
      ],
    } satisfies StaffFinding;
    const [header, row] = findingsCsv([{ staff, finding }]).split('\r\n');
    const cells = (line: string) => line.slice(1, -1).split('","');
    const named = Object.fromEntries(cells(header!).map((h, i) => [h, cells(row!)[i]]));
    expect(named).toMatchObject({
      Title: 'Crime data integrity',
      Owner: 'Ann Example (Public protection)',
      'Latest update date': '2025-05-01',
      'Latest update date given as': 'month',
    });
  });
});
