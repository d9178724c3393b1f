// Megabyte inputs that would take minutes if the sanitiser or the tokenizer did quadratic work.
// The tests check each one gives a correct answer; `pnpm bench rich-text` times them.

const MB = 1_000_000;

/** [name, html] for sanitizeRichText. */
export const SANITIZE_MEGABYTE_INPUTS: readonly (readonly [string, string])[] = [
  ['nested emphasis', '<b><i>'.repeat(MB / 6)],
  ['unclosed paragraphs and items', '<p>a<li>b'.repeat(MB / 9)],
  ['table soup', '<table><td>x'.repeat(MB / 12)],
  ['plain prose', 'The force has improved. '.repeat(MB / 24)],
];

/** [name, html] for tokenizeHtml. */
export const TOKENIZER_MEGABYTE_INPUTS: readonly (readonly [string, string])[] = [
  ['many lone <', '<'.repeat(MB)],
  ['many unclosed tags', '<a '.repeat(MB / 3)],
  ['an unterminated attribute', `<a href="${'x'.repeat(MB)}`],
  ['many comment openers', '<!--'.repeat(MB / 4)],
  ['many half comment closers', `<!--${'--x'.repeat(MB / 3)}`],
  ['many entity starts', '&#'.repeat(MB / 2)],
  ['a script with many near end tags', `<script>${'</scrip'.repeat(MB / 7)}`],
  ['many script elements', '<script>x</script>'.repeat(MB / 18)],
  ['many attributes', `<p ${'a=b '.repeat(MB / 4)}>`],
  ['deep nesting', '<b>'.repeat(MB / 3)],
];
