import { describe, expect, it } from 'vitest';
import { parseRecord, type ParseRecordResult } from '../codec/parse-record.js';
import { parseRecords } from '../codec/parse-records.js';
import { recordText } from '../codec/test-support/records.js';
import { applyImportReview } from './apply-review.js';
import type { ImportDecision } from './decisions.js';

const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;
const codes = (r: { diagnostics: { code: string; line: number }[] }) =>
  r.diagnostics.map((d) => `${d.line} ${d.code}`);

// A heading with no finding under it: a paragraph the parser placed nowhere.
const withStray = recordText({
  areas: ['Investigating crime', '- The force should act.', 'Responding to the public'],
});
const STRAY = lineOf(withStray, 'Responding to the public');

describe('applyImportReview: the draft with the reviewer’s decisions', () => {
  it('without decisions is the parser’s draft, not ready while text is unplaced', () => {
    const parsed = parseRecord(withStray);
    const reviewed = applyImportReview(parsed, []);
    expect(reviewed.record).toEqual(parsed.record);
    expect(reviewed.unplaced).toEqual([
      { line: STRAY, field: 'areasForImprovement', text: 'Responding to the public' },
    ]);
    expect(codes(reviewed)).toEqual([`${STRAY} UNPLACED_TEXT`]);
    expect(reviewed.ok).toBe(false);
    expect(parsed.record!.findings[0]!.updates).toEqual([]);
  });

  it('an unplaced paragraph made an update: on the finding, dated, with the visibility chosen, and ready', () => {
    const parsed = parseRecord(withStray);
    const reviewed = applyImportReview(parsed, [
      {
        kind: 'place_block',
        line: STRAY,
        as: 'update',
        findingRef: 'AFI1',
        updateDate: '2021-05-03',
        visibility: 'internal',
      },
    ]);
    expect(reviewed.record!.findings[0]!.updates).toEqual([
      {
        date: '2021-05-03',
        datePrecision: 'day',
        author: 'opcc',
        visibility: 'internal',
        text: '<p>Responding to the public</p>',
      },
    ]);
    expect(reviewed).toMatchObject({ unplaced: [], diagnostics: [], ok: true });
    // The parse itself is untouched: the draft is always rebuilt from the source and the decisions.
    expect(parsed.record!.findings[0]!.updates).toEqual([]);
  });

  it('an update whose visibility is not chosen is refused, and the text stays unplaced', () => {
    const reviewed = applyImportReview(parseRecord(withStray), [
      { kind: 'place_block', line: STRAY, as: 'update', findingRef: 'AFI1' },
    ]);
    expect(reviewed.ok).toBe(false);
    expect(reviewed.unplaced).toHaveLength(1);
    expect(reviewed.diagnostics).toContainEqual(
      expect.objectContaining({
        line: STRAY,
        code: 'DECISION_INCOMPLETE',
        message: 'choose whether this update is public or internal',
      }),
    );
    expect(reviewed.record!.findings[0]!.updates).toEqual([]);
  });

  it('an update label in the text says whose it is and when, and comes off', () => {
    const parsed = parseRecord(withStray);
    const labelled: ParseRecordResult = {
      ...parsed,
      unplaced: [{ ...parsed.unplaced[0]!, text: 'Force update (July 2023): Training is done.' }],
    };
    const reviewed = applyImportReview(labelled, [
      { kind: 'place_block', line: STRAY, as: 'update', findingRef: 'AFI1', visibility: 'public' },
    ]);
    expect(reviewed.record!.findings[0]!.updates[0]).toEqual({
      date: '2023-07-01',
      datePrecision: 'month',
      author: 'force',
      visibility: 'public',
      text: '<p>Training is done.</p>',
    });
  });

  it('text placed in a finding or the comments is text, never markup', () => {
    const text = `<p>Note: &lt;script&gt;alert(1)&lt;/script&gt; &amp; <b>more</b></p>\n${recordText({})}`;
    const parsed = parseRecord(text);
    expect(parsed.unplaced).toEqual([
      { line: 1, field: 'header', text: 'Note: <script>alert(1)</script> & more' },
    ]);
    const escaped = '<p>Note: &lt;script&gt;alert(1)&lt;/script&gt; &amp; more</p>';
    const asComments = applyImportReview(parsed, [
      { kind: 'place_block', line: 1, as: 'commissioner_comments' },
    ]);
    expect(asComments.record!.commissionerComments).toBe(`<p>I welcome the report.</p>${escaped}`);
    expect(asComments.ok).toBe(true);
    const chief = applyImportReview(parsed, [
      { kind: 'place_block', line: 1, as: 'chief_officer_comments' },
    ]);
    expect(chief.record!.chiefOfficerComments).toBe(`<p>We accept the findings.</p>${escaped}`);
  });

  it('finding text is appended as a paragraph of the finding named; an unknown finding is an error', () => {
    const parsed = parseRecord(withStray);
    const placed = applyImportReview(parsed, [
      { kind: 'place_block', line: STRAY, as: 'finding_text', findingRef: 'AFI1' },
    ]);
    expect(placed.record!.findings[0]!.text).toBe(
      '<p>The force should act.</p><p>Responding to the public</p>',
    );
    expect(placed.ok).toBe(true);
    const missing = applyImportReview(parsed, [
      { kind: 'place_block', line: STRAY, as: 'finding_text', findingRef: 'AFI9' },
    ]);
    expect(missing.diagnostics).toContainEqual(
      expect.objectContaining({
        code: 'DECISION_STALE',
        message: 'no finding is "AFI9" in this record',
      }),
    );
    const unnamed = applyImportReview(parsed, [
      { kind: 'place_block', line: STRAY, as: 'finding_text' },
    ]);
    expect(unnamed.diagnostics.map((d) => d.code)).toContain('DECISION_INCOMPLETE');
    expect(unnamed.ok).toBe(false);
  });

  it('a drop needs a reason; with one the text and its error go', () => {
    const parsed = parseRecord(withStray);
    const noReason = applyImportReview(parsed, [{ kind: 'place_block', line: STRAY, as: 'drop' }]);
    expect(noReason.diagnostics.map((d) => d.message)).toContain('say why this text is left out');
    expect(noReason.ok).toBe(false);
    const dropped = applyImportReview(parsed, [
      { kind: 'place_block', line: STRAY, as: 'drop', reason: 'a heading of the template' },
    ]);
    expect(dropped).toMatchObject({ ok: true, unplaced: [], diagnostics: [] });
    expect(dropped.record).toEqual(parsed.record);
  });

  it('a decision on a line with no unplaced text is stale', () => {
    const reviewed = applyImportReview(parseRecord(withStray), [
      { kind: 'place_block', line: 3, as: 'drop', reason: 'x' },
    ]);
    expect(reviewed.diagnostics).toContainEqual(
      expect.objectContaining({
        line: 3,
        code: 'DECISION_STALE',
        message: 'line 3 has no unplaced text',
      }),
    );
  });

  it('the last decision on a block counts', () => {
    const reviewed = applyImportReview(parseRecord(withStray), [
      { kind: 'place_block', line: STRAY, as: 'drop' },
      { kind: 'place_block', line: STRAY, as: 'finding_text', findingRef: 'AFI1' },
      { kind: 'place_block', line: STRAY, as: 'drop', reason: 'not part of the response' },
    ]);
    expect(reviewed.ok).toBe(true);
    expect(reviewed.record!.findings[0]!.text).toBe('<p>The force should act.</p>');
  });

  it('a heading heads the findings after it, up to the next heading', () => {
    // Blocks made up at the lines before the first and the third (blank) lines.
    const text = recordText({ areas: ['- First.', '- Second.', '', '- Third.'] });
    const parsed = parseRecord(text);
    const [a, b, c] = ['First', 'Second', 'Third'].map((n) => lineOf(text, n)) as [
      number,
      number,
      number,
    ];
    const headed: ParseRecordResult = {
      ...parsed,
      unplaced: [
        { line: a - 1, field: 'areasForImprovement', text: 'Investigating crime' },
        { line: c - 1, field: 'areasForImprovement', text: 'Our own heading' },
      ],
    };
    expect([b, c]).toEqual([a + 1, a + 3]);
    const reviewed = applyImportReview(headed, [
      { kind: 'place_block', line: c - 1, as: 'heading' },
      { kind: 'place_block', line: a - 1, as: 'heading' },
    ]);
    expect(reviewed.record!.findings.map((f) => f.group)).toEqual([
      { pillar: null, area: 'Investigating crime', questionId: 'peel-2021-22/investigating-crime' },
      { pillar: null, area: 'Investigating crime', questionId: 'peel-2021-22/investigating-crime' },
      { pillar: null, area: 'Our own heading', questionId: null },
    ]);
    expect(reviewed.unplaced).toEqual([]);
  });

  it('a heading the framework knows names its question; a pillar sets the pillar', () => {
    const header = [
      'Force\tStaffordshire',
      'Police and Crime Commissioner\tMatthew Ellis',
      'Chief Constable\tChief Constable Gareth Morgan',
      'Title of inspection\tPEEL 2018/19 An inspection of Staffordshire Police',
    ];
    const text = recordText({ header, grade: 'None', areas: ['- First.', '', '- Second.'] });
    const parsed = parseRecord(text);
    const [a, b] = ['First', 'Second'].map((n) => lineOf(text, n)) as [number, number];
    const reviewed = applyImportReview(
      {
        ...parsed,
        unplaced: [
          { line: a - 1, field: 'areasForImprovement', text: 'EFFECTIVENESS' },
          { line: b - 1, field: 'areasForImprovement', text: 'investigating crime' },
        ],
      },
      [
        { kind: 'place_block', line: a - 1, as: 'heading' },
        { kind: 'place_block', line: b - 1, as: 'heading' },
      ],
    );
    expect(reviewed.record!.findings.map((f) => f.group)).toEqual([
      { pillar: 'Effectiveness', area: null, questionId: null },
      {
        pillar: null,
        area: 'investigating crime',
        questionId: 'peel-2018-19/effectiveness/investigating-crime',
      },
    ]);
    expect(reviewed.ok).toBe(true);
  });

  it('a paragraph a reader refused can be left out, and its refusal goes with it', () => {
    const text = recordText({ grade: 'Superb' });
    const parsed = parseRecord(text);
    const line = lineOf(text, 'Superb');
    expect(parsed.unplaced).toEqual([{ line, field: 'grades', text: 'Superb' }]);
    expect(applyImportReview(parsed, []).diagnostics.map((d) => d.code)).toEqual(['UNKNOWN_GRADE']);
    const dropped = applyImportReview(parsed, [
      { kind: 'place_block', line, as: 'drop', reason: 'not a grade' },
    ]);
    expect(dropped).toMatchObject({ ok: true, diagnostics: [], unplaced: [] });
  });

  it('no record (a required field missing): nothing to review, never ready', () => {
    const parsed = parseRecord(recordText({ header: ['Force\tStaffordshire'] }));
    expect(parsed.record).toBeNull();
    const reviewed = applyImportReview(parsed, [
      { kind: 'header', field: 'reportTitle', value: 'PEEL' },
    ]);
    expect(reviewed).toEqual({
      record: null,
      diagnostics: parsed.diagnostics,
      unplaced: parsed.unplaced,
      ok: false,
    });
  });
});

describe('applyImportReview: header fields', () => {
  const header = (line: string) => [
    'Force\tStaffordshire',
    'Police and Crime Commissioner\tMatthew Ellis',
    'Chief Constable\tChief Constable Gareth Morgan',
    'Title of inspection\tPEEL 2021/22 An inspection of Staffordshire Police',
    'Inspectorate\tHMICFRS',
    line,
  ];
  const badDate = recordText({ header: header('Date of publication\t31 Febtember 2020') });
  const decide = (text: string, ...decisions: ImportDecision[]) =>
    applyImportReview(parseRecord(text), decisions);

  it('a corrected date replaces the refused one, its error and its unplaced text', () => {
    expect(codes(decide(badDate))).toEqual([`${lineOf(badDate, 'Febtember')} BAD_DATE`]);
    for (const value of ['7 February 2020', '2020-02-07']) {
      const reviewed = decide(badDate, { kind: 'header', field: 'publishedOn', value });
      expect(reviewed.record!.report.publishedOn).toBe('2020-02-07');
      expect(reviewed).toMatchObject({ ok: true, diagnostics: [], unplaced: [] });
    }
    const cleared = decide(badDate, { kind: 'header', field: 'publishedOn', value: '' });
    expect(cleared.record!.report.publishedOn).toBeNull();
    expect(cleared.ok).toBe(true);
  });

  it('a bad value is an error naming the field, and leaves the field as it was', () => {
    const reviewed = decide(badDate, { kind: 'header', field: 'publishedOn', value: 'soon' });
    expect(reviewed.ok).toBe(false);
    expect(reviewed.diagnostics).toContainEqual(
      expect.objectContaining({
        line: lineOf(badDate, 'Febtember'),
        field: 'publishedOn',
        code: 'BAD_DATE',
        message: 'Date of publication: "soon" is not a date (write e.g. 7 February 2020)',
      }),
    );
    const link = decide(recordText({}), {
      kind: 'header',
      field: 'link',
      value: 'javascript:alert(1)',
    });
    expect(link.record!.report.link).toBeNull();
    expect(link.diagnostics.map((d) => d.message)).toEqual([
      'Link: "javascript:alert(1)" is not an http(s) link',
    ]);
  });

  it('type by its label or value; link, version and office holders as typed; the last decision counts', () => {
    const reviewed = decide(
      recordText({ header: header('Type of inspection\tweird') }),
      { kind: 'header', field: 'type', value: 'custody' },
      { kind: 'header', field: 'type', value: 'Crime data integrity' },
      { kind: 'header', field: 'link', value: 'https://www.justiceinspectorates.gov.uk/hmicfrs/x' },
      { kind: 'header', field: 'documentVersion', value: 'v1.1' },
      { kind: 'header', field: 'chiefOfficer', value: 'Acting Chief Constable Nick Baker' },
      { kind: 'header', field: 'commissioner', value: 'Ben Adams' },
      { kind: 'header', field: 'reportTitle', value: 'PEEL 2021/22: Staffordshire' },
    );
    expect(reviewed.ok).toBe(true);
    const r = reviewed.record!;
    expect(r.report).toMatchObject({
      type: 'crime_data_integrity',
      link: 'https://www.justiceinspectorates.gov.uk/hmicfrs/x',
      title: 'PEEL 2021/22: Staffordshire',
    });
    expect(r.documentVersion).toBe('v1.1');
    expect(r.chiefOfficer).toMatchObject({ name: 'Nick Baker', title: 'Acting Chief Constable' });
    expect(r.commissioner).toMatchObject({
      name: 'Ben Adams',
      title: 'Police and Crime Commissioner',
    });
  });

  it('an organisation is looked up as the parser does; an unknown one is a warning', () => {
    const known = decide(recordText({}), {
      kind: 'header',
      field: 'organisation',
      value: 'Kent Police',
    });
    expect(known.record!.organisation).toEqual({
      name: 'Kent Police',
      slug: 'kent',
      kind: 'police_force',
    });
    const unknown = decide(recordText({}), {
      kind: 'header',
      field: 'organisation',
      value: 'Atlantis',
    });
    expect(unknown.record!.organisation.slug).toBeNull();
    expect(unknown.diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', code: 'UNKNOWN_ORGANISATION' }),
    ]);
    expect(unknown.ok).toBe(true);
    const empty = decide(recordText({}), { kind: 'header', field: 'organisation', value: ' ' });
    expect(empty.diagnostics.map((d) => d.message)).toEqual([
      'Force: a response names its force or service',
    ]);
  });
});

describe('applyImportReview: findings', () => {
  const text = recordText({
    recommendations: [
      'Cause of concern 1: The force is failing.',
      'Recommendation 1: The force should fix it.',
    ],
    areas: ['- The force should act.'],
  });

  it('a finding made a cause of concern needs a recommendation, as the record rules say', () => {
    const reviewed = applyImportReview(parseRecord(text), [
      { kind: 'finding', ref: 'AFI1', findingKind: 'cause_of_concern' },
    ]);
    expect(reviewed.record!.findings[2]!.kind).toBe('cause_of_concern');
    expect(codes(reviewed)).toEqual([`${lineOf(text, 'should act')} CAUSE_WITHOUT_RECOMMENDATION`]);
    const answered = applyImportReview(parseRecord(text), [
      { kind: 'finding', ref: 'AFI1', findingKind: 'cause_of_concern' },
      { kind: 'finding', ref: 'R1', causeOfConcernRef: 'AFI1' },
    ]);
    expect(codes(answered)).toEqual([`${lineOf(text, 'is failing')} CAUSE_WITHOUT_RECOMMENDATION`]);
    expect(answered.record!.findings[1]!.causeOfConcernRef).toBe('AFI1');
  });

  it('a cause that is not one in the draft is refused; a recommendation made an AFI leaves its cause', () => {
    const reviewed = applyImportReview(parseRecord(text), [
      { kind: 'finding', ref: 'R1', causeOfConcernRef: 'AFI1' },
    ]);
    expect(reviewed.record!.findings[1]!.causeOfConcernRef).toBe('C1');
    expect(reviewed.diagnostics).toContainEqual(
      expect.objectContaining({ line: lineOf(text, 'fix it'), code: 'UNKNOWN_CAUSE_OF_CONCERN' }),
    );
    const demoted = applyImportReview(parseRecord(text), [
      { kind: 'finding', ref: 'R1', findingKind: 'area_for_improvement' },
    ]);
    expect(demoted.record!.findings[1]).toMatchObject({
      kind: 'area_for_improvement',
      causeOfConcernRef: null,
    });
    expect(codes(demoted)).toEqual([`${lineOf(text, 'is failing')} CAUSE_WITHOUT_RECOMMENDATION`]);
  });

  it('a decision on a finding the draft does not have is stale', () => {
    const reviewed = applyImportReview(parseRecord(text), [
      { kind: 'finding', ref: 'R7', findingKind: 'recommendation' },
    ]);
    expect(reviewed.diagnostics.map((d) => d.code)).toEqual(['DECISION_STALE']);
    expect(reviewed.ok).toBe(false);
  });
});

describe('applyImportReview: a record further down a file', () => {
  it('unplaced blocks and finding lines are the file’s lines, as the diagnostics are', () => {
    const file = `${recordText({})}\n${withStray}`;
    const [, second] = parseRecords(file);
    const line = lineOf(file, 'Responding to the public');
    expect(second!.unplaced.map((b) => b.line)).toEqual([line]);
    expect(
      second!.diagnostics.filter((d) => d.code === 'UNPLACED_TEXT').map((d) => d.line),
    ).toEqual([line]);
    expect(second!.findingLines).toEqual({
      AFI1: lineOf(file, 'The force should act.'),
    });
    const reviewed = applyImportReview(second!, [{ kind: 'place_block', line, as: 'heading' }]);
    expect(reviewed.ok).toBe(true);
  });
});
