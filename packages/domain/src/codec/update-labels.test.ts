import { describe, expect, it } from 'vitest';
import { richTextToPlainText } from '../rich-text/index.js';
import { parseRecord } from './parse-record.js';
import { renderRecord } from './render-record.js';
import { recordText } from './test-support/records.js';

function parsedOk(text: string) {
  const result = parseRecord(text);
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(parseRecord(renderRecord(result.record!)).record).toEqual(result.record);
  return result;
}

describe('update labels as offices write them, with their dates kept', () => {
  it.each([
    ['Service Update:', null, 'day', 'force'],
    ['Force response:', null, 'day', 'force'],
    ['OPCC update:', null, 'day', 'opcc'],
    ['PCC update', null, 'day', 'opcc'],
    ["Mayor's office update (May 2025):", '2025-05-01', 'month', 'opcc'],
    ['GMP update, 1 July 2021:', '2021-07-01', 'day', 'force'],
    ['Force Update (July 2023):', '2023-07-01', 'month', 'force'],
    ['Update – March 2022', '2022-03-01', 'month', 'force'],
    ['Progress update 12/03/2021', '2021-03-12', 'day', 'force'],
    ['HMICFRS update, 01/04/2022:', '2022-04-01', 'day', 'hmicfrs'],
  ])('"%s"', (label, date, datePrecision, author) => {
    const { record } = parsedOk(
      recordText({
        areas: ['- The force should improve how it records crime.', label, 'A new audit started.'],
      }),
    );
    const finding = record!.findings[0]!;
    expect(richTextToPlainText(finding.text)).toBe(
      'The force should improve how it records crime.',
    );
    expect(finding.updates).toEqual([
      { date, datePrecision, author, visibility: 'public', text: '<p>A new audit started.</p>' },
    ]);
  });

  it('a month-only date renders as the month and reads back with month precision', () => {
    const { record } = parsedOk(
      recordText({ areas: ['- The force should act.', 'Force Update (Sept 2023): Done.'] }),
    );
    expect(renderRecord(record!)).toContain('Force Update (September 2023):');
    expect(record!.findings[0]!.updates[0]).toMatchObject({
      date: '2023-09-01',
      datePrecision: 'month',
    });
  });

  it('an unreadable date keeps the update, undated, with a warning', () => {
    const result = parseRecord(
      recordText({ areas: ['- The force should act.', 'Force Update (to follow): Soon.'] }),
    );
    expect(result.record!.findings[0]!.updates[0]).toMatchObject({
      date: null,
      text: '<p>Soon.</p>',
    });
    expect(result.diagnostics.map((d) => d.code)).toContain('UNREADABLE_DATE');
  });

  it('prose that starts like a label stays prose', () => {
    const { record } = parsedOk(
      recordText({
        areas: [
          '- The force should act.',
          'Force Update:',
          'Force updates are published monthly.',
          'The force gave an update: all done.',
        ],
      }),
    );
    expect(record!.findings[0]!.updates).toHaveLength(1);
    expect(record!.findings[0]!.updates[0]!.text).toBe(
      '<p>Force updates are published monthly.</p><p>The force gave an update: all done.</p>',
    );
  });
});
