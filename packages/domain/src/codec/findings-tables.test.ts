import { describe, expect, it } from 'vitest';
import { richTextToPlainText } from '../rich-text/index.js';
import { parseRecord } from './parse-record.js';
import { renderRecord } from './render-record.js';
import { recordText } from './test-support/records.js';

const plain = (html: string) => richTextToPlainText(html);

function parsed(text: string) {
  const result = parseRecord(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(parseRecord(renderRecord(result.record!)).record).toEqual(result.record);
  return result;
}

const row = (...cells: string[]) => `<tr>${cells.map((c) => `<td>${c}</td>`).join('')}</tr>`;

describe('findings in a table (finding | update | status | owner | date)', () => {
  const table = [
    '<table>',
    '<tr><th>Area for improvement</th><th>Progress update (May 2025)</th><th>RAG status</th><th>Lead</th><th>Target date</th></tr>',
    '<tr><td colspan="5">Investigating crime</td></tr>',
    row(
      'The force should improve its supervision of investigations.',
      '<p>A new review process started.</p><ul><li>300 officers trained</li></ul>',
      'In progress',
      'DCI Smith',
      '31 March 2026',
    ),
    row(
      'The force should record outcomes accurately.',
      'Audits show 95% accuracy.',
      'Amber',
      'Ch Supt Jones',
      '',
    ),
    '<tr><td colspan="5">Protecting vulnerable people</td></tr>',
    row('The force should review its missing persons process.', '', 'Complete', '', ''),
    '</table>',
  ].join('');

  it('one finding per row, with its update, status, heading rows as groups, owner and date kept as text', () => {
    const { record, diagnostics } = parsed(recordText({ areas: [table] }));
    const findings = record!.findings;
    expect(findings.map((f) => [f.kind, plain(f.text), f.status, f.group.area])).toEqual([
      [
        'area_for_improvement',
        'The force should improve its supervision of investigations.',
        'in_progress',
        'Investigating crime',
      ],
      [
        'area_for_improvement',
        'The force should record outcomes accurately.',
        null,
        'Investigating crime',
      ],
      [
        'area_for_improvement',
        'The force should review its missing persons process.',
        'completed',
        'Protecting vulnerable people',
      ],
    ]);
    expect(findings[0]!.updates).toEqual([
      {
        date: '2025-05-01',
        datePrecision: 'month',
        author: 'force',
        visibility: 'public',
        text: '<p>A new review process started.</p><ul><li>300 officers trained</li></ul><p>Lead: DCI Smith</p><p>Target date: 31 March 2026</p>',
      },
    ]);
    expect(findings[1]!.updates[0]!.text).toBe(
      '<p>Audits show 95% accuracy.</p><p>RAG status: Amber</p><p>Lead: Ch Supt Jones</p>',
    );
    expect(findings[2]!.updates).toEqual([]);
    expect(diagnostics.map((d) => d.code)).toContain('TABLE_COLUMNS_AS_TEXT');
  });

  it('a reference column and prefixes in cells give kind and numbering; a table row is never the comments', () => {
    const { record, diagnostics } = parsed(
      recordText({
        recommendations: [
          '<table><tr><th>No.</th><th>Recommendation</th><th>Force response</th></tr>' +
            row(
              '2.1',
              'The force should review its estate.',
              'Force Update (July 2023): The PCC agreed the plan.',
            ) +
            row('', 'Area for improvement 4: The force should publish its plans.', 'Published.') +
            '</table>',
        ],
        comments: ["Chief Constable's response", '', 'We accept the findings.'],
      }),
    );
    expect(record!.findings.map((f) => [f.kind, f.reference, plain(f.text)])).toEqual([
      ['recommendation', '2.1', 'The force should review its estate.'],
      ['area_for_improvement', '4', 'The force should publish its plans.'],
    ]);
    expect(record!.findings[0]!.updates[0]).toMatchObject({
      date: '2023-07-01',
      datePrecision: 'month',
      text: '<p>The PCC agreed the plan.</p>',
    });
    expect(diagnostics.map((d) => d.code)).not.toContain('COMMENTS_START_GUESSED');
  });

  it('a table that names no finding column stays text of the finding', () => {
    const { record } = parsed(
      recordText({
        areas: [
          '- The force should publish response times.',
          '<table><tr><th>Month</th><th>Calls</th></tr><tr><td>May</td><td>300</td></tr></table>',
        ],
      }),
    );
    expect(record!.findings).toHaveLength(1);
    expect(plain(record!.findings[0]!.text)).toContain('300');
  });

  // The prose is in no field: issue 14's "nothing silently lost" makes it an error the user resolves.
  it('prose naming the PCC between two tables of findings does not start the comments; it is flagged', () => {
    const header = '<tr><th>Recommendation</th><th>Update</th></tr>';
    const { record, diagnostics } = parseRecord(
      recordText({
        recommendations: [
          `<table>${header}${row('The force should review its estate.', 'Review started.')}</table>`,
          'The PCC scrutinises progress on the recommendations below every quarter.',
          `<table>${header}${row('The force should review its fleet.', 'Fleet audited.')}</table>`,
        ],
        comments: ["Chief Constable's response", '', 'We accept the findings.'],
      }),
    );
    expect(record!.findings.map((f) => plain(f.text))).toEqual([
      'The force should review its estate.',
      'The force should review its fleet.',
    ]);
    expect(diagnostics.map((d) => d.code)).not.toContain('COMMENTS_START_GUESSED');
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'UNPLACED_TEXT', line: 14 }),
    ]);
    expect(parseRecord(renderRecord(record!)).record).toEqual(record);
  });

  it('a column headed "Date" beside an update dates it, by day or by month; a cause\'s rows link', () => {
    const { record } = parsed(
      recordText({
        recommendations: [
          '<table><tr><th>Finding</th><th>Update</th><th>Status</th><th>Owner</th><th>Date</th></tr>' +
            row(
              'Cause of concern 1: The service does not plan its workforce.',
              'A plan was approved.',
              'Completed',
              'Director of People',
              '7 September 2023',
            ) +
            row(
              'Recommendation 1: By 30 June 2023, the service should adopt a workforce plan.',
              'Adopted.',
              'Completed',
              'Director of People',
              'March 2023',
            ) +
            row(
              'Recommendation 2: The service should review on-call cover.',
              'Review under way.',
              'In progress',
              '',
              'Q3 2023',
            ) +
            '</table>',
        ],
      }),
    );
    const findings = record!.findings;
    expect(findings.map((f) => [f.ref, f.causeOfConcernRef, f.status])).toEqual([
      ['C1', null, 'completed'],
      ['R1', 'C1', 'completed'],
      ['R2', 'C1', 'in_progress'],
    ]);
    expect(findings.map((f) => [f.updates[0]!.date, f.updates[0]!.datePrecision])).toEqual([
      ['2023-09-07', 'day'],
      ['2023-03-01', 'month'],
      [null, 'day'],
    ]);
    expect(findings[1]!.updates[0]!.text).toBe('<p>Adopted.</p><p>Owner: Director of People</p>');
    expect(findings[2]!.updates[0]!.text).toBe('<p>Review under way.</p><p>Date: Q3 2023</p>');
  });

  it('a two-column table of labels and values per finding, as Word templates lay it out', () => {
    const pair = (label: string, value: string) => `<tr><td>${label}</td><td>${value}</td></tr>`;
    const { record } = parsed(
      recordText({
        recommendations: [
          '<table>' +
            pair(
              'Recommendation 1',
              '<p>The force should review its estate.</p><p>It should report by May.</p>',
            ) +
            pair('Force update (May 2025)', 'The review is complete.') +
            pair('Status', 'Completed') +
            '</table>',
          '<table>' +
            pair('Recommendation 2:', 'The force should review its fleet.') +
            pair('Acceptance', 'Accepted') +
            '</table>',
        ],
      }),
    );
    expect(record!.findings.map((f) => [f.reference, f.text, f.status])).toEqual([
      [
        '1',
        '<p>The force should review its estate.</p><p>It should report by May.</p>',
        'completed',
      ],
      ['2', '<p>The force should review its fleet.</p>', null],
    ]);
    expect(record!.findings[0]!.updates[0]).toMatchObject({
      date: '2025-05-01',
      datePrecision: 'month',
      text: '<p>The review is complete.</p>',
    });
    expect(record!.findings[1]!.acceptance?.position).toBe('accepted');
  });
});
