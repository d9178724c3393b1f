import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { richTextToPlainText } from '../rich-text/index.js';
import { parseRecord } from './parse-record.js';
import { parseRecords } from './parse-records.js';
import { renderRecord } from './render-record.js';
import { recordText } from './test-support/records.js';

const seed = readFileSync(
  new URL('./fixtures/staffordshire-peel-2018-19-response-record.txt', import.meta.url),
  'utf8',
);
const seedRecord = parseRecord(seed).record!;
const plain = (html: string) => richTextToPlainText(html);

function parsedOk(text: string) {
  const result = parseRecord(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(parseRecord(renderRecord(result.record!)).record).toEqual(result.record);
  return result.record!;
}

describe('what real exports of the template contain', () => {
  it('CRLF line endings, non-breaking spaces and a BOM change nothing', () => {
    const messy = `\uFEFF${seed.replace(/\n/g, '\r\n').replace(/Force Update:/g, 'Force\u00A0Update:')}`;
    expect(parseRecord(messy).record).toEqual(seedRecord);
  });

  it('curly quotes in headings are read like straight ones', () => {
    const curly = seed.replace("Chief Constable's response", 'Chief Constable’s response');
    expect(parseRecord(curly).record).toEqual(seedRecord);
  });

  it('bullets written -, •, ◦, * or numbered, with nested sub-items', () => {
    const record = parsedOk(
      recordText({
        areas: [
          '• The force should improve how it records crime.',
          '* The force should review its custody provision.',
          '1. The force should ensure its supervisors:',
          '  ◦ review every investigation;',
          '    - within 28 days; and',
          '  ◦ record their reviews.',
          '2) The force should publish its plans.',
        ],
      }),
    );
    expect(record.findings.map((f) => plain(f.text))).toEqual([
      'The force should improve how it records crime.',
      'The force should review its custody provision.',
      'The force should ensure its supervisors:',
      'The force should publish its plans.',
    ]);
    const subs = record.findings[2]!.subItems;
    expect(subs.map((s) => plain(s.text))).toEqual([
      'review every investigation;',
      'record their reviews.',
    ]);
    expect(subs[0]!.children.map((s) => plain(s.text))).toEqual(['within 28 days; and']);
  });

  it('HTML lists with <li> items and nested lists', () => {
    const record = parsedOk(
      recordText({
        areas: [
          '<ul><li>The force should improve triage.</li><li>The force should ensure that:<ul><li>calls are answered;</li><li>callers are updated.</li></ul></li></ul>',
        ],
      }),
    );
    expect(record.findings).toHaveLength(2);
    expect(record.findings[1]!.subItems.map((s) => plain(s.text))).toEqual([
      'calls are answered;',
      'callers are updated.',
    ]);
  });

  it('a Force Update inline in HTML or on its own line, and a finding with no update yet', () => {
    const record = parsedOk(
      recordText({
        areas: [
          '<p>The force should review its use of stop and search.</p><p>Force Update: <b>Done</b> in March.</p>',
          '- The force should improve its call handling.',
          '',
          'Force Update (12 March 2021):',
          '',
          'A new system went live.',
          '',
          'Calls are answered faster.',
          '- The force should train its staff.',
        ],
      }),
    );
    expect(record.findings.map((f) => f.updates.length)).toEqual([1, 1, 0]);
    expect(record.findings[0]!.updates[0]!.text).toBe('<p><b>Done</b> in March.</p>');
    expect(record.findings[1]!.updates[0]).toEqual({
      date: '2021-03-12',
      datePrecision: 'day',
      author: 'force',
      visibility: 'public',
      text: '<p>A new system went live.</p><p>Calls are answered faster.</p>',
    });
  });

  it('a Grade field with several area: grade pairs', () => {
    const record = parsedOk(
      recordText({
        grade:
          'Investigating crime: Adequate; Protecting vulnerable people: Requires improvement<br>Responding to the public: Good (carried over)',
      }),
    );
    expect(
      record.grades.map((g) => [
        g.scope.level === 'area' ? g.scope.area : g.scope.level,
        g.value,
        g.carriedOver,
      ]),
    ).toEqual([
      ['Investigating crime', 'adequate', false],
      ['Protecting vulnerable people', 'requires_improvement', false],
      ['Responding to the public', 'good', true],
    ]);
  });

  it('a cause of concern followed by its recommendations, then a standalone one', () => {
    const record = parsedOk(
      recordText({
        recommendations: [
          'Cause of concern 1: The force does not respond to calls from the public quickly enough.',
          '- Recommendation 1: Within three months, the force should review its call handling.',
          '- Recommendation 2: The force should publish response times.',
          'Other recommendations',
          '- By 31 March 2023, the force should review its estate.',
          'Acceptance: Partially accepted',
          'The estate review is under way; the date is not achievable.',
        ],
      }),
    );
    expect(record.findings.map((f) => [f.ref, f.kind, f.reference, f.causeOfConcernRef])).toEqual([
      ['C1', 'cause_of_concern', '1', null],
      ['R1', 'recommendation', '1', 'C1'],
      ['R2', 'recommendation', '2', 'C1'],
      ['R3', 'recommendation', null, null],
    ]);
    expect(record.findings[1]!.deadlinePhrase).toBe('Within three months');
    expect(record.findings[3]!.deadlinePhrase).toBe('By 31 March 2023');
    expect(record.findings[3]!.acceptance).toEqual({
      position: 'partially_accepted',
      explanation: '<p>The estate review is under way; the date is not achievable.</p>',
    });
  });

  it('"None" under Recommendations and a Version number', () => {
    const record = parsedOk(recordText({ version: '3' }));
    expect(record.version).toBe(3);
    expect(record.findings).toEqual([]);
  });

  it('fire and rescue pillars', () => {
    const record = parsedOk(
      recordText({
        header: [
          'Fire and rescue service\tStaffordshire Fire and Rescue Service',
          'Police, Fire and Crime Commissioner\tBen Adams',
          'Chief Fire Officer\tChief Fire Officer Rob Barber',
          'Title of inspection\tFire and rescue service inspection 2021/22: Staffordshire Fire and Rescue Service',
          'Inspectorate\tHMICFRS',
        ],
        grade: 'Effectiveness: Good; Efficiency: Good; People: Requires improvement',
        areas: ['PEOPLE', '- The service should monitor overtime.'],
      }),
    );
    expect(record.organisation.kind).toBe('fire_service');
    expect(record.report.type).toBe('fire_and_rescue');
    expect(record.chiefOfficer).toMatchObject({ title: 'Chief Fire Officer', name: 'Rob Barber' });
    expect(record.grades.map((g) => g.scope)).toEqual([
      { level: 'pillar', pillar: 'Effectiveness' },
      { level: 'pillar', pillar: 'Efficiency' },
      { level: 'pillar', pillar: 'People' },
    ]);
    expect(record.findings[0]!.group.pillar).toBe('People');
  });

  it('an explicit commissioner heading needs no guessing', () => {
    const result = parseRecord(
      recordText({ areas: ['- The force should act.', 'Force Update: It has.'] }),
    );
    expect(result.diagnostics.map((d) => d.code)).not.toContain('COMMENTS_START_GUESSED');
    expect(result.record!.commissionerComments).toBe('<p>I welcome the report.</p>');
    expect(result.record!.chiefOfficerComments).toBe('<p>We accept the findings.</p>');
  });

  it('rich text is sanitised on the way in', () => {
    const record = parsedOk(
      recordText({
        areas: [
          '<p>The force should <a href="javascript:alert(1)" onclick="x()">act</a><script>alert(1)</script>.</p>',
        ],
      }),
    );
    expect(record.findings[0]!.text).toBe('<p>The force should act.</p>');
  });

  it('a file of several records parses each on its own, with lines against the whole file', () => {
    const good = recordText({});
    const broken = recordText({ grade: 'Superb' });
    const results = parseRecords([good, broken, good].join('\n'));
    expect(results.map((r) => r.ok)).toEqual([true, false, true]);
    const grade = results[1]!.diagnostics.find((d) => d.code === 'UNKNOWN_GRADE')!;
    expect(grade.line).toBe(good.split('\n').length + 11);
    expect(results[1]!.startLine).toBe(good.split('\n').length + 1);
  });
});
