import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseRecord } from '../parse-record.js';
import { parseRecords } from '../parse-records.js';
import { recordText } from '../test-support/records.js';

const seed = readFileSync(
  new URL('../fixtures/staffordshire-peel-2018-19-response-record.txt', import.meta.url),
  'utf8',
);
const unplaced = (text: string) =>
  parseRecord(text).diagnostics.filter((d) => d.code === 'UNPLACED_TEXT');
const lineOf = (text: string, needle: string) =>
  text.split('\n').findIndex((l) => l.includes(needle)) + 1;

describe('coverage: how much of the source the draft holds', () => {
  it('the seed is placed whole', () => {
    const result = parseRecord(seed);
    expect(result.ok).toBe(true);
    expect(unplaced(seed)).toEqual([]);
    expect(result.coverage.contentChars).toBeGreaterThan(9000);
    expect(result.coverage.placedChars).toBe(result.coverage.contentChars);
  });

  it('labels, bullets, tags and "None" are structure: they count neither way', () => {
    const plain = recordText({ areas: ['- The force should act.', 'Force Update:', 'Done.'] });
    const labelled = recordText({
      areas: [
        '<ul><li>Area for improvement 1: The force should act.</li></ul>',
        'OPCC Update (12 March 2021) (internal): <b>Done.</b>',
        'Status: Completed',
      ],
    });
    const { coverage } = parseRecord(plain);
    expect(coverage.contentChars).toBeGreaterThan(0);
    expect(parseRecord(labelled).coverage).toEqual(coverage);
    expect(unplaced(labelled)).toEqual([]);
  });

  it('text before the header is an error at its line, not a warning that it was ignored', () => {
    const text = `Draft for the panel, do not circulate\n${seed}`;
    const result = parseRecord(text);
    expect(result.ok).toBe(false);
    const there = result.diagnostics.filter((d) => d.line === 1);
    expect(there).toEqual([
      expect.objectContaining({ severity: 'error', code: 'UNPLACED_TEXT', field: 'header' }),
    ]);
    expect(there[0]!.message).toContain('"Draft for the panel, do not circulate" was not placed');
    expect(result.coverage.contentChars - result.coverage.placedChars).toBe(37);
  });

  it('a heading with no finding under it is flagged, not dropped', () => {
    const text = recordText({
      areas: ['Investigating crime', '- The force should act.', 'Responding to the public'],
    });
    expect(unplaced(text)).toEqual([
      expect.objectContaining({ line: lineOf(text, 'Responding to the public') }),
    ]);
  });

  it('the lines a second "Areas for improvement" swallows are flagged, each at its line', () => {
    const text = recordText({
      areas: ['- The force should act.', 'Areas for improvement', '- The force should also act.'],
    });
    const result = parseRecord(text);
    expect(result.diagnostics.map((d) => d.code)).toContain('DUPLICATE_FIELD');
    expect(unplaced(text)).toEqual([
      expect.objectContaining({
        line: lineOf(text, 'should also act'),
        field: 'areasForImprovement',
      }),
    ]);
  });

  it('a value a reader refuses is reported once, by the reader', () => {
    const text = recordText({ grade: 'Superb' });
    const result = parseRecord(text);
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([
      expect.objectContaining({ code: 'UNKNOWN_GRADE' }),
    ]);
    expect(result.coverage.placedChars).toBe(result.coverage.contentChars - 'Superb'.length);
  });

  it('a date, a link and a type count as placed when read into their fields', () => {
    const text = recordText({
      header: [
        'Force\tStaffordshire',
        'Police and Crime Commissioner\tMatthew Ellis',
        'Chief Constable\tacting chief constable Nick Baker',
        'Title of inspection\tPEEL 2021/22 An inspection of Staffordshire Police',
        'Inspectorate\tHMICFRS',
        'Date of publication\t07/02/2022',
        'Link\thttps://www.example.org/report',
        'Type of inspection\tpeel',
      ],
    });
    const result = parseRecord(text);
    expect(result.ok).toBe(true);
    expect(result.coverage.placedChars).toBe(result.coverage.contentChars);
  });

  it('script and style in an HTML line are code, not content', () => {
    const text = recordText({
      areas: ['<ul><li>The force should act<script>x()</script>.</li></ul>'],
    });
    expect(unplaced(text)).toEqual([]);
  });

  it('reports lines of the whole file for a record further down it', () => {
    const second = recordText({
      areas: ['Investigating crime', '- The force should act.', 'Responding to the public'],
    });
    const file = `${recordText({})}\n${second}`;
    const [, record] = parseRecords(file);
    expect(record!.diagnostics.filter((d) => d.code === 'UNPLACED_TEXT')).toEqual([
      expect.objectContaining({ line: lineOf(file, 'Responding to the public') }),
    ]);
  });
});
