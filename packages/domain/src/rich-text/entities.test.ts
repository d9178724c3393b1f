import { describe, expect, it } from 'vitest';
import { decodeEntities, escapeHtml, escapeText } from './entities.js';

describe('decodeEntities', () => {
  it('decodes the common named entities', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&nbsp;')).toBe('&<>"\'\u00a0');
    expect(
      decodeEntities('&lsquo;&rsquo;&ldquo;&rdquo;&ndash;&mdash;&hellip;&pound;&euro;&copy;'),
    ).toBe('\u2018\u2019\u201c\u201d\u2013\u2014\u2026\u00a3\u20ac\u00a9');
  });

  it('decodes every named reference HTML defines, such as the Welsh circumflexed letters', () => {
    expect(decodeEntities('Gwasanaeth &Wcirc;&wcirc;&Ycirc;&ycirc; &ycirc;r')).toBe(
      'Gwasanaeth \u0174\u0175\u0176\u0177 \u0177r',
    );
    expect(decodeEntities('&CounterClockwiseContourIntegral; &frac78; &NotNestedLessLess;')).toBe(
      '\u2233 \u215e \u2aa1\u0338',
    );
  });

  it('decodes decimal and hex references, with or without a semicolon', () => {
    expect(decodeEntities('&#65;&#x42;&#X43;&#68 &#x1F600;')).toBe('ABCD \u{1F600}');
  });

  it('reads 128-159 as Windows-1252 and invalid code points as U+FFFD', () => {
    expect(decodeEntities('&#146;&#150;&#0;&#xD800;&#x110000;')).toBe(
      '\u2019\u2013\ufffd\ufffd\ufffd',
    );
  });

  it('leaves unknown, unterminated and malformed references as written', () => {
    expect(decodeEntities('&bogus; &amp &; &# &#x; AT&T')).toBe('&bogus; &amp &; &# &#x; AT&T');
  });

  it('decodes only once', () => {
    expect(decodeEntities('&amp;lt;')).toBe('&lt;');
  });
});

describe('escaping', () => {
  it('escapeHtml escapes all five special characters', () => {
    expect(escapeHtml(`<a href="x">'&'</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;&#39;&amp;&#39;&lt;/a&gt;',
    );
  });

  it('escapeText leaves quotes alone', () => {
    expect(escapeText(`"it's" <b> & more`)).toBe(`"it's" &lt;b&gt; &amp; more`);
  });

  it('is undone by decodeEntities', () => {
    const s = '&amp; <x> "q" \'a\' &#39;';
    expect(decodeEntities(escapeHtml(s))).toBe(s);
    expect(decodeEntities(escapeText(s))).toBe(s);
  });
});
