import { describe, expect, it } from 'vitest';
import type { SubItem } from '../model/index.js';
import {
  blankSubItemField,
  isBlankRichText,
  plainTextToRichText,
  richTextToPlainText,
} from './plain-text.js';
import { sanitizeRichText } from './sanitize.js';

describe('plainTextToRichText', () => {
  it('wraps paragraphs split on blank lines and keeps single line breaks', () => {
    expect(plainTextToRichText('First line\nsecond line\n\n  \nNext paragraph\r\n\r\nLast')).toBe(
      '<p>First line<br>second line</p><p>Next paragraph</p><p>Last</p>',
    );
  });

  it('escapes markup so it shows as typed', () => {
    expect(plainTextToRichText('Use <b> & "quotes" \u2019')).toBe(
      '<p>Use &lt;b&gt; &amp; "quotes" \u2019</p>',
    );
  });

  it('gives nothing for blank text', () => {
    expect(plainTextToRichText(' \n\n \t')).toBe('');
  });
});

describe('richTextToPlainText', () => {
  it('separates blocks by a blank line and keeps line breaks', () => {
    expect(richTextToPlainText('<h2>Summary</h2><p>One<br>two</p><p>Three</p>')).toBe(
      'Summary\n\nOne\ntwo\n\nThree',
    );
  });

  it('writes list items as "- ", nested ones indented', () => {
    expect(
      richTextToPlainText(
        '<p>Intro</p><ul><li>a</li><li><p>b</p><ol><li>c</li></ol></li></ul><p>End</p>',
      ),
    ).toBe('Intro\n\n- a\n- b\n  - c\n\nEnd');
  });

  it('writes table rows as lines of cells', () => {
    expect(
      richTextToPlainText(
        '<table><tr><th>Area</th><th>Grade</th></tr><tr><td>Crime</td><td>Good</td></tr></table>',
      ),
    ).toBe('Area | Grade\nCrime | Good');
  });

  it('decodes entities, collapses white space and drops what is not shown', () => {
    expect(
      richTextToPlainText(
        '<p>Fire &amp;\n   Rescue&nbsp;&rsquo;s <script>x()</script><b>best</b></p>',
      ),
    ).toBe('Fire & Rescue \u2019s best');
  });

  it('reads the seed record update', () => {
    expect(
      richTextToPlainText('<p>Force Update: <i>The force has undertaken extensive work.</i></p>'),
    ).toBe('Force Update: The force has undertaken extensive work.');
  });

  it('undoes plainTextToRichText', () => {
    const text = 'First line\nsecond line\n\nNext & <last>';
    expect(richTextToPlainText(plainTextToRichText(text))).toBe(text);
  });
});

describe('isBlankRichText', () => {
  it('is true when nothing would be seen', () => {
    expect(isBlankRichText('')).toBe(true);
    expect(isBlankRichText('<p> </p><p><br></p><ul><li>&nbsp;</li></ul><script>x</script>')).toBe(
      true,
    );
  });

  it('is false when any text shows', () => {
    expect(isBlankRichText('<p><b>x</b></p>')).toBe(false);
    expect(isBlankRichText('<table><tr><td>0</td></tr></table>')).toBe(false);
  });

  it('agrees with stripping the tags of the sanitised text, the check it replaced for updates', () => {
    const strippedBlank = (html: string) =>
      sanitizeRichText(html)
        .replace(/<[^>]*>/g, '')
        .trim() === '';
    const blank = [
      '',
      '   ',
      '<p></p>',
      '<p>\n\t </p><br>',
      '<p>&nbsp;</p>',
      '<ul><li><p> </p></li></ul>',
      '<table><tr><td> </td></tr></table>',
      '<b></b><i> </i>',
      '<script>alert(1)</script>',
      '<!-- note -->',
      '<p>\u2003</p>',
    ];
    const shown = ['<p>&amp;</p>', '<p>&lt;</p>', '<p>.</p>', '<p>\u200b</p>', 'x'];
    for (const html of blank)
      expect([strippedBlank(html), isBlankRichText(html)], html).toEqual([true, true]);
    for (const html of shown)
      expect([strippedBlank(html), isBlankRichText(html)], html).toEqual([false, false]);
  });
});

describe('blankSubItemField', () => {
  it('names the first sub-item, however deep, whose text cleans to nothing', () => {
    const item = (text: string, children: SubItem[] = []): SubItem => ({ text, children });
    expect(blankSubItemField([item('<p>Fine</p>')])).toBeNull();
    expect(blankSubItemField([item('<p>Fine</p>'), item('')])).toBe('subItems.1.text');
    expect(blankSubItemField([item('<p>Fine</p>', [item('<p>ok</p>'), item('<p> </p>')])])).toBe(
      'subItems.0.children.1.text',
    );
  });
});
