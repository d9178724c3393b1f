import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitizeRichText } from './sanitize.js';
import { SANITIZE_MEGABYTE_INPUTS } from './test-support/megabyte-inputs.js';
import { policyViolations } from './test-support/oracle.js';

// prettier-ignore
const TAGS = [
  'p', 'b', 'i', 'em', 'strong', 'u', 'a', 'br', 'ul', 'ol', 'li', 'h2', 'h4', 'blockquote', 'table',
  'thead', 'tbody', 'tr', 'td', 'th', 'script', 'style', 'svg', 'math', 'noscript', 'iframe',
  'textarea', 'title', 'template', 'select', 'option', 'xmp', 'plaintext', 'object', 'embed', 'img',
  'div', 'span', 'form', 'button', 'head', 'body', 'meta', 'base', 'caption',
];
const tagName = fc
  .tuple(fc.constantFrom(...TAGS), fc.boolean())
  .map(([name, upper]) => (upper ? name.toUpperCase() : name));
const attribute = fc
  .tuple(
    fc.constantFrom(
      'href',
      'HREF',
      'onclick',
      'onerror',
      'style',
      'colspan',
      'scope',
      'title',
      'srcdoc',
      'formaction',
      '__proto__',
    ),
    fc.constantFrom(
      'https://ok.example/',
      'mailto:a@b.example',
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java&#x09;script:x',
      '//evil.example',
      'data:text/html,x',
      'rel/ative',
      '2',
      '0',
      'row',
      'x" onmouseover="alert(1)',
      '&quot;><img src=x onerror=alert(1)>',
      '</noscript><img src=x onerror=alert(1)>',
      '',
    ),
    fc.constantFrom('"', "'", ''),
  )
  .map(([name, value, q]) =>
    q === ''
      ? ` ${name}=${value.replace(/[\s>"']/g, '')}`
      : ` ${name}=${q}${value.replaceAll(q, '')}${q}`,
  );
const openTag = fc
  .tuple(tagName, fc.array(attribute, { maxLength: 3 }), fc.constantFrom('>', '/>', ' >', ''))
  .map(([name, attrs, end]) => `<${name}${attrs.join('')}${end}`);
const closeTag = tagName.map((name) => `</${name}>`);
// Text pieces never spell "script", so any "<script" in output text would be a leak from markup.
const textPiece = fc.constantFrom(
  'text',
  ' ',
  '\n',
  '<',
  '>',
  '&',
  '&amp;',
  '&lt;',
  '&#60;',
  '&#x3c;',
  '"',
  "'",
  'alert(1)',
  '\u2019',
  '--',
  '-->',
  '<!--',
  '<!',
  ']]>',
  '<![CDATA[',
  '<?',
  '</',
  '=',
  '\u0000',
  '\r',
);
const tagSoup = fc
  .array(fc.oneof(openTag, openTag, closeTag, textPiece, textPiece), { maxLength: 40 })
  .map((pieces) => pieces.join(''));

const expectSafeAndStable = (html: string, scriptText: 'forbid' | 'allow') => {
  const out = sanitizeRichText(html);
  expect(policyViolations(out, scriptText)).toEqual([]);
  expect(sanitizeRichText(out)).toBe(out);
};

describe('sanitizeRichText properties', () => {
  it('is safe and idempotent on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        expectSafeAndStable(s, /script/i.test(s) ? 'allow' : 'forbid');
      }),
      { numRuns: 500 },
    );
  });

  it('is safe and idempotent on generated tag soup', () => {
    fc.assert(
      fc.property(tagSoup, (html) => expectSafeAndStable(html, 'forbid')),
      { numRuns: 2000 },
    );
  });
});

// Correctness on inputs that quadratic work would take minutes over; the config's testTimeout is
// the hang ceiling. How fast they run is a figure for `pnpm bench rich-text`, not a test.
describe('sanitizeRichText on a megabyte', () => {
  it.each(SANITIZE_MEGABYTE_INPUTS)(
    'does not hang on %s, and its output is stable',
    (_name, html) => {
      const out = sanitizeRichText(html);
      expect(sanitizeRichText(out)).toBe(out);
    },
  );
});
