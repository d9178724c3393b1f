/** @jsxRuntime automatic */
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { RichText, Snippet } from './rich-text.js';

describe('server-rendered HTML', () => {
  it('escapes every string it renders unless it is sanitised rich text', () => {
    const evil = '<script>alert(1)</script>"\'';
    expect(renderToStaticMarkup(<p title={evil}>{evil}</p>)).toBe(
      '<p title="&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;">&lt;script&gt;alert(1)&lt;/script&gt;&quot;&#x27;</p>',
    );
    expect(
      renderToStaticMarkup(
        <ul>
          {['a', '<b>'].map((x) => (
            <li key={x}>{x}</li>
          ))}
        </ul>,
      ),
    ).toBe('<ul><li>a</li><li>&lt;b&gt;</li></ul>');
  });

  it('sanitises rich text again before rendering it', () => {
    const out = renderToStaticMarkup(
      <RichText
        value={
          '<p onclick="x()">Hi <a href="javascript:alert(1)">there</a></p><script>x</script><img src=x onerror=y>'
        }
      />,
    );
    expect(out).not.toMatch(/onclick|javascript:|<script|<img|onerror/);
    expect(out).toContain('Hi');
  });

  it('keeps only <mark> in search snippets', () => {
    expect(renderToStaticMarkup(<Snippet value={'a <mark>word</mark> &lt;b&gt; <b>x</b>'} />)).toBe(
      '<span>a <mark>word</mark> &lt;b&gt; &lt;b>x&lt;/b></span>',
    );
  });
});
