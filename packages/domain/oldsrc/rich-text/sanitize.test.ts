import { describe, expect, it } from 'vitest';
import { sanitizeRichText, sanitizeSubItems } from './sanitize.js';

const same = (html: string) => expect(sanitizeRichText(html)).toBe(html);

describe('allowed markup survives exactly', () => {
  it('keeps the seed record update', () => {
    same('<p>Force Update: <i>text</i></p>');
  });

  it('keeps headings, emphasis, breaks and quotations', () => {
    same(
      '<h2>Summary</h2><h3>Part</h3><h4>Detail</h4><p><strong>A</strong> <b>B</b> <em>C</em> <u>D</u><br>E</p>',
    );
    same('<blockquote><p>Quoted</p></blockquote>');
  });

  it('keeps nested lists', () => {
    same('<ul><li>One</li><li>Two<ol><li>Two a</li><li>Two b</li></ol></li></ul>');
  });

  it('keeps tables with headings, spans and scopes', () => {
    same(
      '<table><thead><tr><th scope="col">Area</th><th colspan="2" scope="col">Grade</th></tr></thead>' +
        '<tbody><tr><td rowspan="2">Crime</td><td>Good</td><td>2019</td></tr></tbody></table>',
    );
  });

  it('keeps http, https and mailto links', () => {
    same('<p><a href="https://www.justiceinspectorates.gov.uk/hmicfrs/">report</a></p>');
    same('<a href="http://example.org/a?b=1&amp;c=2#d">x</a>');
    same('<p>Write to <a href="mailto:pcc@staffordshire.example">the office</a>.</p>');
  });

  it('leaves loose top-level text unwrapped', () => {
    same('Just a sentence, <b>with</b> emphasis.');
  });
});

describe('text', () => {
  it('escapes <, & and > but keeps quotes and typography readable', () => {
    expect(sanitizeRichText('5 < 6 & 7 > 3')).toBe('5 &lt; 6 &amp; 7 &gt; 3');
    same('\u2018Fire &amp; Rescue\u2019 said "quoted" \u2013 it\u2019s \u00a31m\u2026');
  });

  it('decodes entities into characters', () => {
    expect(sanitizeRichText('&ldquo;Hi&rdquo; &amp;c &copy; &#163; &#x20AC; &#146;')).toBe(
      '\u201cHi\u201d &amp;c \u00a9 \u00a3 \u20ac \u2019',
    );
  });

  it('keeps unknown entities as written', () => {
    expect(sanitizeRichText('&bogus; &amp')).toBe('&amp;bogus; &amp;amp');
  });

  it('turns carriage returns into newlines and removes NUL', () => {
    expect(sanitizeRichText('a\r\nb\rc&#13;d\u0000e')).toBe('a\nb\nc\nde');
  });
});

describe('canonical form', () => {
  it('lower-cases tags, orders and quotes attributes, writes <br>', () => {
    expect(sanitizeRichText("<TH SCOPE='ROW' ROWSPAN=03 COLSPAN=2>x</TH>")).toBe('x');
    expect(
      sanitizeRichText("<table><TR><TH SCOPE='ROW' ROWSPAN=03 COLSPAN=2>x<BR/>y</TABLE>"),
    ).toBe('<table><tr><th colspan="2" rowspan="3" scope="row">x<br>y</th></tr></table>');
  });

  it('lower-cases and trims a link scheme', () => {
    expect(sanitizeRichText('<a href=" HTTPS://Example.org/Path ">x</a>')).toBe(
      '<a href="https://Example.org/Path">x</a>',
    );
  });

  it('drops out-of-range spans and unknown scopes', () => {
    expect(
      sanitizeRichText(
        '<table><tr><td colspan="0" rowspan="1000">x</td><th scope="all">y</th></tr></table>',
      ),
    ).toBe('<table><tr><td>x</td><th>y</th></tr></table>');
  });
});

describe('nesting', () => {
  it('closes paragraphs and items the way browsers do', () => {
    expect(sanitizeRichText('<p>one<p>two')).toBe('<p>one</p><p>two</p>');
    expect(sanitizeRichText('<ul><li>a<li>b</ul>')).toBe('<ul><li>a</li><li>b</li></ul>');
    expect(sanitizeRichText('<p>intro<ul><li>a</ul>')).toBe('<p>intro</p><ul><li>a</li></ul>');
    expect(sanitizeRichText('<h2>Title<p>text')).toBe('<h2>Title</h2><p>text</p>');
  });

  it('closes cells and rows and supplies a missing row', () => {
    expect(sanitizeRichText('<table><td>1<td>2<tr><td>3</table>')).toBe(
      '<table><tr><td>1</td><td>2</td></tr><tr><td>3</td></tr></table>',
    );
  });

  it('moves stray text out in front of a table, as browsers do', () => {
    expect(sanitizeRichText('<table>\n  lost <b>words</b><tr><td>x</td></tr></table>')).toBe(
      '\n  lost words<table><tr><td>x</td></tr></table>',
    );
  });

  it('closes misnested emphasis and drops stray close tags', () => {
    expect(sanitizeRichText('<b><i>x</b></i>y</p></li></td>')).toBe('<b><i>x</i></b>y');
  });

  it('does not nest links', () => {
    expect(
      sanitizeRichText('<a href="https://a.example/">one <a href="https://b.example/">two</a></a>'),
    ).toBe('<a href="https://a.example/">one </a><a href="https://b.example/">two</a>');
  });

  it('unwraps unknown elements, keeping their text', () => {
    expect(sanitizeRichText('<div><span>kept</span> <font color=red>text</font></div>')).toBe(
      'kept text',
    );
  });

  it('unwraps links without a usable target and drops empty emphasis', () => {
    expect(
      sanitizeRichText('<a>plain</a> <a href="/relative">rel</a> <b></b><i><u></u></i>x'),
    ).toBe('plain rel x');
  });

  it('ignores rows and cells outside a table', () => {
    expect(sanitizeRichText('<tr><td>cell</td></tr>')).toBe('cell');
  });

  it('keeps a full pasted document down to its body', () => {
    const doc =
      '<!DOCTYPE html><html><head><title>T</title><meta charset="utf-8"></head><body><p>Hi</p></body></html>';
    expect(sanitizeRichText(doc)).toBe('<p>Hi</p>');
  });

  it('caps nesting depth without losing text', () => {
    const deep = `${'<b>'.repeat(500)}deep${'</b>'.repeat(500)}`;
    const out = sanitizeRichText(deep);
    expect(out).toContain('deep');
    expect(out.match(/<b>/g)?.length).toBeLessThan(100);
    expect(sanitizeRichText(out)).toBe(out);
  });
});

describe('bad input', () => {
  it('returns an empty string for empty or non-string input', () => {
    expect(sanitizeRichText('')).toBe('');
    expect(sanitizeRichText(undefined as unknown as string)).toBe('');
  });
});

describe('sanitizeSubItems', () => {
  it('sanitises every sub-item at every depth and keeps the shape', () => {
    const items = [
      {
        text: '<p>a) Review <script>alert(1)</script>cases</p>',
        children: [
          {
            text: '<b onclick="x()">i.</b> nested',
            children: [{ text: '<a href="javascript:x()">deep</a>', children: [] }],
          },
        ],
      },
      { text: 'b) Plain', children: [] },
    ];
    expect(sanitizeSubItems(items)).toEqual([
      {
        text: '<p>a) Review cases</p>',
        children: [{ text: '<b>i.</b> nested', children: [{ text: 'deep', children: [] }] }],
      },
      { text: 'b) Plain', children: [] },
    ]);
  });

  it('leaves its input unchanged', () => {
    const items = [{ text: '<i onclick="x()">x</i>', children: [] }];
    sanitizeSubItems(items);
    expect(items[0]!.text).toBe('<i onclick="x()">x</i>');
  });
});
