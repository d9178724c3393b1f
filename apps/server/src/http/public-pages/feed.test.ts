import { describe, expect, it } from 'vitest';
import { uuidV5, x } from './feed.js';

describe('feed text', () => {
  // Regression: a control character typed or pasted by staff (e.g. &#1; decoded) made the whole feed invalid XML.
  it('drops characters XML 1.0 forbids and escapes markup', () => {
    expect(x('Vetting\u0001 & <misconduct>\u000b\uFFFE')).toBe('Vetting &amp; &lt;misconduct&gt;');
  });

  it('keeps tabs, newlines and characters beyond the Basic Multilingual Plane', () => {
    expect(x('a\tb\nc \u{1F600} é')).toBe('a\tb\nc \u{1F600} é');
  });
});

describe('feed entry ids', () => {
  it("are RFC 9562 name-based UUIDs: the RFC's own example, and the same for the same name", () => {
    const DNS = '6ba7b810-9dad-11d1-80b4-00c04fd430c8';
    expect(uuidV5(DNS, 'www.example.com')).toBe('2ed6657d-e927-568b-95e1-2665a8aea6a2');
    expect(uuidV5(DNS, 'a')).toBe(uuidV5(DNS, 'a'));
    expect(uuidV5(DNS, 'a')).not.toBe(uuidV5(DNS, 'b'));
  });
});
