import { describe, expect, it } from 'vitest';
import { droppedContent } from './mammoth-messages.js';

describe('droppedContent', () => {
  it('reports what mammoth dropped, once per kind with a count, and not its notes about styles', () => {
    const warnings = droppedContent([
      {
        type: 'warning',
        message: "Unrecognised paragraph style: 'Body Text 2' (Style ID: BodyText2)",
      },
      { type: 'warning', message: 'Did not find a style with ID Heading7' },
      { type: 'warning', message: 'An unrecognised element was ignored: w:customXml' },
      { type: 'warning', message: 'An unrecognised element was ignored: w:customXml' },
      {
        type: 'warning',
        message:
          'A w:sym element with an unsupported character was ignored: char F0E0 in font Wingdings',
      },
    ]);
    expect(warnings.map((w) => [w.severity, w.code])).toEqual([
      ['warning', 'CONTENT_LEFT_OUT'],
      ['warning', 'CONTENT_LEFT_OUT'],
    ]);
    expect(warnings[0]!.message).toContain('w:customXml, 2 times');
    expect(warnings[1]!.message).toContain('char F0E0 in font Wingdings');
  });
});
