import { describe, expect, it } from 'vitest';
import type { SubItem } from '../model/index.js';
import { cleanRichText, cleanSubItems } from './clean.js';

describe('cleanRichText', () => {
  it('gives the sanitised text', () => {
    expect(cleanRichText('<p onclick="x()">Hi</p>', 'summary')).toEqual({
      ok: true,
      value: '<p>Hi</p>',
    });
  });

  it('refuses text that had words or markup and is blank once cleaned, naming the field', () => {
    for (const html of [
      '<img src=x>',
      '<script>alert(1)</script>',
      '<iframe src="https://x"></iframe>',
    ])
      expect(cleanRichText(html, 'summary'), html).toMatchObject({
        ok: false,
        error: { code: 'EMPTY_TEXT', field: 'summary' },
      });
  });

  it('keeps a field left blank on purpose, unless text is required', () => {
    for (const html of ['', '<p></p>', '<p><br></p>', ' '])
      expect(cleanRichText(html, 'summary').ok, html).toBe(true);
    expect(cleanRichText('<p> </p>', 'text', { required: 'A finding needs some text' })).toEqual({
      ok: false,
      error: { code: 'EMPTY_TEXT', message: 'A finding needs some text', field: 'text' },
    });
  });

  it('refuses text that grows past the limit of a field once its markup is escaped', () => {
    expect(cleanRichText('<'.repeat(60_000), 'text')).toMatchObject({
      ok: false,
      error: { code: 'TEXT_TOO_LONG', field: 'text' },
    });
    expect(cleanRichText('<'.repeat(40_000), 'text').ok).toBe(true);
  });
});

describe('cleanSubItems', () => {
  it('cleans every depth and names the first item that cannot be stored', () => {
    const item = (text: string, children: SubItem[] = []): SubItem => ({ text, children });
    expect(cleanSubItems([item('<p onclick="x">A</p>', [item('<b>B</b>')])])).toEqual({
      ok: true,
      value: [item('<p>A</p>', [item('<b>B</b>')])],
    });
    expect(cleanSubItems([item('<p>A</p>', [item('<img src=x>')])])).toMatchObject({
      ok: false,
      error: { code: 'EMPTY_TEXT', field: 'subItems.0.children.0.text' },
    });
  });
});
