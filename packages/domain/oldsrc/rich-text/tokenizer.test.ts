import { describe, expect, it } from 'vitest';
import { TOKENIZER_MEGABYTE_INPUTS } from './test-support/megabyte-inputs.js';
import { tokenizeHtml, type HtmlToken } from './tokenizer.js';

const open = (tag: string, attrs: Record<string, string> = {}, selfClosing = false): HtmlToken => ({
  type: 'open',
  tag,
  attrs,
  selfClosing,
});
const close = (tag: string): HtmlToken => ({ type: 'close', tag });
const text = (t: string): HtmlToken => ({ type: 'text', text: t });

describe('tokenizeHtml', () => {
  it('splits text and tags, lower-casing names and decoding entities', () => {
    expect(tokenizeHtml('<P Class="A">Fire &amp; Rescue</P>')).toEqual([
      open('p', { class: 'A' }),
      text('Fire & Rescue'),
      close('p'),
    ]);
  });

  it('reads quoted, unquoted, empty and repeated attributes (first wins)', () => {
    expect(tokenizeHtml(`<a HREF=x.html b='&quot;1&quot;' c d = "e" b=2 />`)).toEqual([
      open('a', { href: 'x.html', b: '"1"', c: '', d: 'e' }, true),
    ]);
  });

  it('keeps a < that starts no tag as text', () => {
    expect(tokenizeHtml('a < b <3 <= c <')).toEqual([text('a < b <3 <= c <')]);
  });

  it('drops comments, doctypes, CDATA and processing instructions', () => {
    expect(tokenizeHtml('<!DOCTYPE html>a<!-- <b> -->b<?xml x?>c<![CDATA[d]]>e<!-->f</>g')).toEqual(
      [text('abcefg')],
    );
  });

  it('drops a tag cut off by the end of input', () => {
    expect(tokenizeHtml('ok <a href="x')).toEqual([text('ok ')]);
    expect(tokenizeHtml('ok <b')).toEqual([text('ok ')]);
  });

  it('reads script and style content as raw text up to their own end tag', () => {
    expect(tokenizeHtml('<script>if (a<b) "</p>"</SCRIPT >x')).toEqual([
      open('script'),
      text('if (a<b) "</p>"'),
      close('script'),
      text('x'),
    ]);
    expect(tokenizeHtml('<textarea>&lt;b&gt;</textarea>')).toEqual([
      open('textarea'),
      text('<b>'),
      close('textarea'),
    ]);
  });

  it('takes the tag name up to a space, slash or >, as browsers do', () => {
    expect(tokenizeHtml('<scr<script>ipt>')).toEqual([open('scr<script'), text('ipt>')]);
  });

  it('ignores attributes on end tags', () => {
    expect(tokenizeHtml('</p class="x">')).toEqual([close('p')]);
  });

  it('normalises line endings', () => {
    expect(tokenizeHtml('a\r\nb\rc')).toEqual([text('a\nb\nc')]);
  });

  it('gives attributes no prototype to pollute', () => {
    const [token] = tokenizeHtml('<a __proto__="x" constructor="y">');
    expect(token?.type === 'open' && Object.keys(token.attrs)).toEqual([
      '__proto__',
      'constructor',
    ]);
    expect(({} as Record<string, unknown>).x).toBeUndefined();
  });
});

// Inputs that quadratic work would take minutes over; the config's testTimeout is the hang ceiling.
// How fast they run is a figure for `pnpm bench rich-text`, not a test.
describe('tokenizeHtml on pathological input', () => {
  it.each(TOKENIZER_MEGABYTE_INPUTS)('does not hang or throw on %s', (_name, html) => {
    expect(() => tokenizeHtml(html)).not.toThrow();
  });
});
