import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { REFUSAL_CODES } from '../codec/placement/measure-coverage.js';
import { parseRecord } from '../codec/parse-record.js';
import { renderRecord } from '../codec/render-record.js';
import { arbitraryRecord } from '../codec/test-support/arbitrary-record.js';
import { canonicalRichText } from '../codec/canonical-html.js';
import { richTextToPlainText, tokenizeHtml } from '../rich-text/index.js';
import { applyImportReview } from './apply-review.js';

/** Stray paragraphs, some of them text that looks like markup, put in at random lines of a rendered record. */
const withStrays = arbitraryRecord.chain((record) => {
  const lines = renderRecord(record).split('\n');
  const stray = fc.constantFrom(
    'The stray note qz was left here.',
    '<p>A stray &lt;script&gt;alert("qz")&lt;/script&gt; &amp; more.</p>',
    'Stray Heading Qz',
    '- a stray item qz & <co>.',
  );
  return fc
    .array(fc.tuple(fc.nat(lines.length), stray), { minLength: 1, maxLength: 3 })
    .map((strays) => {
      const out = [...lines];
      for (const [at, text] of strays.sort((a, b) => b[0] - a[0])) out.splice(at, 0, text);
      return out.join('\n');
    });
});

describe('applyImportReview on records with stray paragraphs', () => {
  it('every unplaced block is flagged at its line, and every UNPLACED_TEXT error has its block', () => {
    fc.assert(
      fc.property(withStrays, (text) => {
        const parsed = parseRecord(text);
        const blockLines = new Set(parsed.unplaced.map((b) => b.line));
        for (const d of parsed.diagnostics.filter((d) => d.code === 'UNPLACED_TEXT'))
          expect(blockLines.has(d.line)).toBe(true);
        for (const b of parsed.unplaced) {
          const there = parsed.diagnostics.filter((d) => d.line === b.line).map((d) => d.code);
          expect(there.some((c) => c === 'UNPLACED_TEXT' || REFUSAL_CODES.has(c))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });

  it('leaving out every block changes no field and answers every line it was on', () => {
    fc.assert(
      fc.property(withStrays, (text) => {
        const parsed = parseRecord(text);
        const lines = [...new Set(parsed.unplaced.map((b) => b.line))];
        const reviewed = applyImportReview(
          parsed,
          lines.map((line) => ({ kind: 'place_block', line, as: 'drop', reason: 'stray' })),
        );
        expect(reviewed.record).toEqual(parsed.record);
        expect(reviewed.unplaced).toEqual([]);
        const answered = reviewed.diagnostics.filter(
          (d) =>
            lines.includes(d.line) && (d.code === 'UNPLACED_TEXT' || REFUSAL_CODES.has(d.code)),
        );
        expect(answered).toEqual([]);
        if (parsed.record)
          expect(reviewed.ok).toBe(!reviewed.diagnostics.some((d) => d.severity === 'error'));
      }),
      { numRuns: 40 },
    );
  });

  it('text placed in the comments is the text as written, never markup', () => {
    fc.assert(
      fc.property(withStrays, (text) => {
        const parsed = parseRecord(text);
        if (!parsed.record) return;
        const lines = [...new Set(parsed.unplaced.map((b) => b.line))];
        const reviewed = applyImportReview(
          parsed,
          lines.map((line) => ({ kind: 'place_block', line, as: 'commissioner_comments' })),
        );
        const comments = reviewed.record!.commissionerComments;
        expect(canonicalRichText(comments)).toBe(comments);
        const before = parsed.record.commissionerComments;
        expect(comments.startsWith(before)).toBe(true);
        const added = tokenizeHtml(comments.slice(before.length));
        const tags = added.flatMap((t) => (t.type === 'text' ? [] : [t.tag]));
        expect(tags.filter((t) => t !== 'p')).toEqual([]);
        const plain = richTextToPlainText(comments);
        for (const block of parsed.unplaced) expect(plain).toContain(block.text);
      }),
      { numRuns: 40 },
    );
  });
});
