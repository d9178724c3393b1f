import { describe, expect, it } from 'vitest';
import { RICH_TEXT_POLICY, cleanRichTextAttributes, safeRichTextHref } from './policy.js';

describe('safeRichTextHref', () => {
  it.each([
    ['https://www.gov.uk/', 'https://www.gov.uk/'],
    ['  HTTP://Example.org/A B ', 'http://Example.org/A B'],
    ['ht\ttp://example.org/', 'http://example.org/'],
    ['mailto:pcc@example.org?subject=Response', 'mailto:pcc@example.org?subject=Response'],
    ['MAILTO:pcc@example.org', 'mailto:pcc@example.org'],
  ])('keeps %j as %j', (raw, cleaned) => {
    expect(safeRichTextHref(raw)).toBe(cleaned);
  });

  it.each([
    'javascript:alert(1)',
    ' JaVaScRiPt:alert(1)',
    'java\nscript:alert(1)',
    'java\u0000script:alert(1)',
    'vbscript:x',
    'data:text/html,x',
    'file:///etc/passwd',
    'ftp://example.org/',
    '//evil.example/',
    '/relative/path',
    'page.html',
    '#anchor',
    'https:evil.example',
    'https:\\\\evil.example',
    'https://',
    'mailto:',
    'http://exa mple.org/',
    `https://example.org/${'a'.repeat(RICH_TEXT_POLICY.maxHrefLength)}`,
  ])('refuses %j', (raw) => {
    expect(safeRichTextHref(raw)).toBeNull();
  });

  it('gives back what it was given once cleaned', () => {
    const once = safeRichTextHref(' HTTPS://example.org/x?y=1&z=2 ');
    expect(once).not.toBeNull();
    expect(safeRichTextHref(once!)).toBe(once);
  });
});

describe('cleanRichTextAttributes', () => {
  it('keeps only policy attributes, in policy order', () => {
    expect(
      cleanRichTextAttributes('th', { onclick: 'x', scope: ' Col ', rowspan: '2', colspan: '003' }),
    ).toEqual([
      ['colspan', '3'],
      ['rowspan', '2'],
      ['scope', 'col'],
    ]);
    expect(cleanRichTextAttributes('p', { style: 'x', class: 'y' })).toEqual([]);
    expect(cleanRichTextAttributes('td', { scope: 'row', colspan: '1.5' })).toEqual([]);
  });
});
