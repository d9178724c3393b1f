import { describe, expect, it } from 'vitest';
import { x } from './feed.js';

describe('feed text', () => {
  // Regression: a control character typed or pasted by staff (e.g. &#1; decoded) made the whole feed invalid XML.
  it('drops characters XML 1.0 forbids and escapes markup', () => {
    expect(x('Vetting\u0001 & <misconduct>\u000b\uFFFE')).toBe('Vetting &amp; &lt;misconduct&gt;');
  });

  it('keeps tabs, newlines and characters beyond the Basic Multilingual Plane', () => {
    expect(x('a\tb\nc \u{1F600} é')).toBe('a\tb\nc \u{1F600} é');
  });
});
