import { canonicalRichText, serializeTokens } from '../../canonical-html.js';
import type { Block } from '../../source/source-block.js';

/** Body text after a label: the rest of an HTML line, or the rest of the paragraph. */
export function bodyAfter(b: Block, labelLength: number): string[] {
  if (b.rest) {
    const html = canonicalRichText(serializeTokens(b.rest));
    return html ? [html] : [];
  }
  const rest = b.text.slice(labelLength).trim();
  if (!rest) return [];
  const cut = b.html.length - htmlTailFor(b.html, rest).length;
  return [`<p>${b.html.slice(cut)}</p>`];
}

/** The HTML after a label of `rest.length` visible characters; labels are plain text, so count from the end. */
function htmlTailFor(html: string, rest: string): string {
  // Walk back from the end until the visible text length equals rest's.
  const target = rest.length;
  let visible = 0;
  for (let i = html.length - 1; i >= 0; i--) {
    const ch = html[i]!;
    if (ch === '>') {
      const open = html.lastIndexOf('<', i);
      if (open >= 0) {
        i = open;
        continue;
      }
    }
    if (ch === ';') {
      const amp = html.lastIndexOf('&', i);
      if (amp >= 0 && i - amp <= 10 && /^&[#a-zA-Z0-9]+;$/.test(html.slice(amp, i + 1))) {
        visible++;
        if (visible === target) return html.slice(amp);
        i = amp;
        continue;
      }
    }
    visible++;
    if (visible === target) return html.slice(i);
  }
  return html;
}
