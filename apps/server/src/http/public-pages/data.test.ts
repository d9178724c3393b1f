import { describe, expect, it } from 'vitest';
import { toCsv, type Column } from './data.js';
import { html, richText, snippet } from './html.js';
import { LICENCE } from './layout.js';

type Row = { a: string | null; n: number };
const COLUMNS: Column<Row>[] = [
  { name: 'a', description: '', value: (r) => r.a },
  { name: 'n', description: '', value: (r) => r.n },
];

describe('CSV downloads', () => {
  it('quotes what needs quoting, keeps formulas from running, and states the licence on every row', () => {
    const csv = toCsv(COLUMNS, [{ a: 'plain', n: 1 }, { a: 'has, comma and "quotes"\nand a line', n: -2 }, { a: '=HYPERLINK("x")', n: 3 }, { a: null, n: 0 }], 'http://x');
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe('a,n,licence');
    expect(lines[1]).toBe(`plain,1,${LICENCE}`);
    expect(csv).toContain('"has, comma and ""quotes""\nand a line",-2,');
    expect(csv).toContain(`"'=HYPERLINK(""x"")",3,${LICENCE}`);
    expect(csv).toContain(`\r\n,0,${LICENCE}\r\n`);
    expect(csv.endsWith('\r\n')).toBe(true);
  });
});

describe('server-rendered HTML', () => {
  it('escapes every interpolated string unless it is already safe markup', () => {
    const evil = '<script>alert(1)</script>"\'';
    expect(html`<p title="${evil}">${evil}</p>`.value).toBe('<p title="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;">&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#39;</p>');
    expect(html`<ul>${['a', '<b>'].map((x) => html`<li>${x}</li>`)}</ul>`.value).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
  });

  it('sanitises rich text again before rendering it', () => {
    const out = richText('<p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p><script>x</script><img src=x onerror=y>').value;
    expect(out).not.toMatch(/onclick|javascript:|<script|<img|onerror/);
    expect(out).toContain('Hi');
  });

  it('keeps only <mark> in search snippets', () => {
    expect(snippet('a <mark>word</mark> &lt;b&gt; <b>x</b>').value).toBe('a <mark>word</mark> &lt;b&gt; &lt;b>x&lt;/b>');
  });
});
