import { describe, expect, it } from 'vitest';
import { escapeSnippet } from './snippet.js';

describe('a search snippet as HTML', () => {
  it('keeps only its own <mark> tags and escapes the text between them once', () => {
    expect(
      escapeSnippet('<mark>Research</mark> &amp; development of  vetting &lt;checks&gt;'),
    ).toBe('<mark>Research</mark> &amp; development of  vetting &lt;checks&gt;');
    expect(escapeSnippet('a <b>bold</b> <mark>word</mark>')).toBe(
      'a &lt;b&gt;bold&lt;/b&gt; <mark>word</mark>',
    );
  });
});
