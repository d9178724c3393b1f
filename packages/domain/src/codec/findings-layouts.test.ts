import { describe, expect, it } from 'vitest';
import { richTextToPlainText } from '../rich-text/index.js';
import { parseRecord } from './parse-record.js';
import { renderRecord } from './render-record.js';
import { recordText } from './test-support/records.js';

const plain = (html: string) => richTextToPlainText(html);

function parsedOk(text: string) {
  const result = parseRecord(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(parseRecord(renderRecord(result.record!)).record).toEqual(result.record);
  return result.record!;
}

describe('causes of concern with their own recommendations', () => {
  it('several causes, each with a title and a "Recommendations" sub-heading, in a Causes of concern section', () => {
    const record = parsedOk(
      recordText({
        recommendations: [],
        areas: ['- The force should improve its call handling.'],
      }).replace(
        'Recommendations\nAreas for improvement',
        [
          'Causes of concern',
          'Cause of concern 1: Crime data integrity',
          'The force is not recording enough of the crimes reported to it.',
          'Recommendations',
          '1. Within three months, the force should review its crime recording.',
          'Force Update: An audit team is in place.',
          '2. Within six months, the force should train its call handlers.',
          'Cause of concern 2',
          'Investigating crime',
          'The force does not investigate crime well enough.',
          'Recommendations',
          '- The force should supervise investigations.',
          'Areas for improvement',
        ].join('\n'),
      ),
    );
    expect(
      record.findings.map((f) => [f.ref, f.kind, f.reference, f.title, f.causeOfConcernRef]),
    ).toEqual([
      ['C1', 'cause_of_concern', '1', 'Crime data integrity', null],
      ['R1', 'recommendation', null, null, 'C1'],
      ['R2', 'recommendation', null, null, 'C1'],
      ['C2', 'cause_of_concern', '2', 'Investigating crime', null],
      ['R3', 'recommendation', null, null, 'C2'],
      ['AFI1', 'area_for_improvement', null, null, null],
    ]);
    expect(plain(record.findings[0]!.text)).toBe(
      'The force is not recording enough of the crimes reported to it.',
    );
    expect(record.findings[1]!.updates.map((u) => plain(u.text))).toEqual([
      'An audit team is in place.',
    ]);
  });

  it('a cause in the Recommendations section, its recommendations under their own sub-heading', () => {
    const record = parsedOk(
      recordText({
        recommendations: [
          'Investigating crime',
          'Cause of concern',
          'Crime recording',
          'The force does not record crime accurately.',
          'Recommendation',
          'By 31 March 2023, the force should audit its crime records.',
          'Other recommendations',
          '- The force should publish its plans.',
        ],
      }),
    );
    expect(
      record.findings.map((f) => [f.kind, f.title, f.causeOfConcernRef, f.group.area]),
    ).toEqual([
      ['cause_of_concern', 'Crime recording', null, 'Investigating crime'],
      ['recommendation', null, 'C1', 'Investigating crime'],
      ['recommendation', null, null, 'Investigating crime'],
    ]);
  });

  it('"Recommendation 1" alone on its line, its text on the next', () => {
    const record = parsedOk(
      recordText({
        recommendations: [
          'Recommendation 1',
          'The force should review its estate.',
          'Force Update: Done.',
          'Recommendation 2',
          'The force should review its fleet.',
        ],
      }),
    );
    expect(record.findings.map((f) => [f.reference, plain(f.text), f.updates.length])).toEqual([
      ['1', 'The force should review its estate.', 1],
      ['2', 'The force should review its fleet.', 0],
    ]);
  });

  it('a cause whose text is one short line keeps it as text, not a title', () => {
    const record = parsedOk(
      recordText({
        recommendations: ['Cause of concern: Crime recording', '- The force should act.'],
      }),
    );
    expect(record.findings[0]).toMatchObject({ title: null, text: '<p>Crime recording</p>' });
  });
});

describe('bilingual headings', () => {
  it('a Welsh / English heading groups by its English half', () => {
    const record = parsedOk(
      recordText({
        areas: [
          'Ymchwilio i droseddau / Investigating crime',
          '- The force should make sure that investigations are supervised effectively.',
        ],
      }),
    );
    expect(record.findings[0]!.group).toEqual({
      pillar: null,
      area: 'Investigating crime',
      questionId: 'peel-2021-22/investigating-crime',
    });
  });
});

describe('a sub-heading inside a section', () => {
  it('"Meysydd i\'w gwella / Areas for improvement" after the recommendations makes what follows areas for improvement, under each heading', () => {
    const record = parsedOk(
      recordText({
        recommendations: [
          '- The force should review its estate.',
          "Meysydd i'w gwella / Areas for improvement",
          'Cofnodi data am droseddau / Recording data about crime',
          '- The force should record behavioural crimes when they are reported.',
          'Ymchwilio i droseddau / Investigating crime',
          '- The force should supervise investigations effectively.',
        ],
      }),
    );
    expect(record.findings.map((f) => [f.kind, f.group.area])).toEqual([
      ['recommendation', null],
      ['area_for_improvement', 'Recording data about crime'],
      ['area_for_improvement', 'Investigating crime'],
    ]);
  });
});

describe('nothing glued on silently, messages that point the right way', () => {
  it('a header field after the findings have started is text, with a warning at its line', () => {
    const result = parseRecord(
      recordText({
        areas: [
          '- The force should act.',
          'Force Update: Done.',
          'Date of publication\t7 May 2025',
        ],
      }),
    );
    const warning = result.diagnostics.find((d) => d.code === 'UNEXPECTED_TEXT');
    expect(warning).toMatchObject({ line: 16, field: 'publishedOn' });
    expect(plain(result.record!.findings[0]!.updates[0]!.text)).toContain('7 May 2025');
  });

  it('a paragraph that reads like a finding after an update is kept there, with a warning', () => {
    const result = parseRecord(
      recordText({
        areas: [
          '- The force should act.',
          'Force Update: Done.',
          'The force should also review its estate.',
        ],
      }),
    );
    expect(result.record!.findings).toHaveLength(1);
    expect(result.diagnostics.map((d) => [d.code, d.line])).toContainEqual([
      'LOOKS_LIKE_FINDING',
      16,
    ]);
  });

  it('an empty update says what the next line was read as', () => {
    const result = parseRecord(
      recordText({
        areas: ['- The force should act.', 'Force Update:', '- A new policy was published.'],
      }),
    );
    const empty = result.diagnostics.find((d) => d.code === 'EMPTY_UPDATE')!;
    expect(empty.line).toBe(15);
    expect(empty.message).toContain('line 16 after it was read as a new finding');
    expect(empty.message).not.toContain('cut short');
  });
});
