import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { plainTextToRichText } from './plain-text.js';
import { sanitizeRichText } from './sanitize.js';

const word = fc.constantFrom(
  'force',
  'PCC',
  'Fire &amp; Rescue',
  '5 &lt; 6 &gt; 4',
  '\u2018it\u2019s\u2019',
  ' ',
  '"q"',
);
const href = fc.constantFrom(
  'https://a.example/x?y=1&amp;z=2',
  'http://b.example/',
  'mailto:pcc@example.org',
);
const wrap = (tag: string, inner: fc.Arbitrary<string>) =>
  inner.map((c) => `<${tag}>${c}</${tag}>`);

type Markup = Record<
  'inline' | 'inlines' | 'item' | 'list' | 'cell' | 'table' | 'block' | 'blocks',
  string
>;
const { blocks } = fc.letrec<Markup>((tie) => ({
  inline: fc.oneof(
    { depthSize: 'small' },
    word,
    fc.constant('<br>'),
    fc
      .tuple(fc.constantFrom('b', 'strong', 'i', 'em', 'u'), tie('inlines'))
      .map(([t, c]) => `<${t}>${c}</${t}>`),
    fc
      .tuple(href, fc.array(word, { minLength: 1, maxLength: 3 }))
      .map(([h, w]) => `<a href="${h}">${w.join('')}</a>`),
  ),
  inlines: fc.array(tie('inline'), { minLength: 1, maxLength: 4 }).map((a) => a.join('')),
  item: fc.oneof(
    { depthSize: 'small' },
    wrap('li', tie('inlines')),
    fc.tuple(tie('inlines'), tie('list')).map(([text, list]) => `<li>${text}${list}</li>`),
  ),
  list: fc
    .tuple(fc.constantFrom('ul', 'ol'), fc.array(tie('item'), { minLength: 1, maxLength: 3 }))
    .map(([t, items]) => `<${t}>${items.join('')}</${t}>`),
  cell: fc
    .tuple(fc.constantFrom('td', 'th', '<td colspan="2">', '<th scope="row">'), tie('inlines'))
    .map(([t, c]) => (t.startsWith('<') ? `${t}${c}</${t.slice(1, 3)}>` : `<${t}>${c}</${t}>`)),
  table: fc
    .array(fc.array(tie('cell'), { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
    .map(
      (rows) =>
        `<table><tbody>${rows.map((r) => `<tr>${r.join('')}</tr>`).join('')}</tbody></table>`,
    ),
  block: fc.oneof(
    { depthSize: 'small' },
    wrap('p', tie('inlines')),
    wrap('h3', tie('inlines')),
    tie('list'),
    tie('table'),
    wrap('blockquote', tie('blocks')),
  ),
  blocks: fc.array(tie('block'), { maxLength: 4 }).map((a) => a.join('')),
}));

describe('allowed markup', () => {
  it('survives sanitising exactly', () => {
    fc.assert(
      fc.property(blocks, (html) => {
        expect(sanitizeRichText(html)).toBe(html);
      }),
      { numRuns: 500 },
    );
  });

  it('is what plainTextToRichText writes', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const html = plainTextToRichText(s);
        expect(sanitizeRichText(html)).toBe(html);
      }),
      { numRuns: 500 },
    );
  });
});
