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

describe('numbered paragraphs: headings or findings according to what they are', () => {
  it('"3. Investigating crime" and "2.4 Professional standards AFIs (3)" head the findings below them', () => {
    const record = parsedOk(
      recordText({
        areas: [
          '3. Investigating crime',
          '- The force should improve its supervision of investigations.',
          '2.4 Professional standards AFIs (3)',
          '2.4.1 The force should monitor its vetting decisions.',
          'Force Update: Monitoring started.',
          '2.4.2 The force should record complaints accurately.',
        ],
      }),
    );
    expect(record.findings.map((f) => [f.reference, plain(f.text), f.group.area])).toEqual([
      [null, 'The force should improve its supervision of investigations.', 'Investigating crime'],
      [
        '2.4.1',
        'The force should monitor its vetting decisions.',
        'Professional standards AFIs (3)',
      ],
      [
        '2.4.2',
        'The force should record complaints accurately.',
        'Professional standards AFIs (3)',
      ],
    ]);
    expect(record.findings[1]!.updates.map((u) => plain(u.text))).toEqual(['Monitoring started.']);
  });

  it('a known area with a count after it, "3.1 Investigating crime AFIs (2)", groups under the area', () => {
    const record = parsedOk(
      recordText({
        areas: [
          '3.1 Investigating crime AFIs (2)',
          '3.1.1 The force should improve its supervision of investigations.',
          '3.1.2 The force should record outcomes accurately.',
        ],
      }),
    );
    expect(record.findings.map((f) => [f.reference, f.group.area])).toEqual([
      ['3.1.1', 'Investigating crime'],
      ['3.1.2', 'Investigating crime'],
    ]);
  });

  it('a numbered list inside an update is the update’s list, not findings', () => {
    const record = parsedOk(
      recordText({
        areas: [
          '- The force should improve how it handles calls.',
          'Force Update:',
          'The force has:',
          '1. trained 300 call handlers;',
          '2. Recruited 20 more staff.',
          '- The force should review its estate.',
        ],
      }),
    );
    expect(record.findings).toHaveLength(2);
    expect(record.findings[0]!.updates[0]!.text).toBe(
      '<p>The force has:</p><ul><li>trained 300 call handlers;</li><li>Recruited 20 more staff.</li></ul>',
    );
  });

  it('a numbered prose paragraph inside an update continues it; "2.1" alone numbers the next finding', () => {
    const record = parsedOk(
      recordText({
        areas: [
          '2.1',
          'The force should improve its call handling.',
          'Force Update:',
          '2.2 The new system went live in May and 3.5 million calls were answered.',
        ],
      }),
    );
    expect(record.findings.map((f) => [f.reference, f.updates.length])).toEqual([['2.1', 1]]);
    expect(plain(record.findings[0]!.updates[0]!.text)).toContain('3.5 million calls');
  });
});
