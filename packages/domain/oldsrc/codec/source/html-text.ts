import type { HtmlToken } from '../../rich-text/index.js';
import { collapseSpace } from '../normalise.js';

export function textOfTokens(tokens: readonly HtmlToken[]): string {
  let s = '';
  for (const t of tokens) {
    if (t.type === 'text') s += t.text;
    else if (t.tag === 'br') s += ' ';
  }
  return collapseSpace(s);
}

/** Strip `n` leading visible characters (after trimming) from a token run: removes a bullet or label. */
export function dropLeadingText(tokens: readonly HtmlToken[], n: number): HtmlToken[] {
  let left = n;
  let started = false;
  const out: HtmlToken[] = [];
  for (const t of tokens) {
    if (left > 0 && t.type === 'text') {
      let text = t.text;
      if (!started) {
        text = text.replace(/^\s+/, '');
        if (text) started = true;
      }
      const collapsed = text.replace(/\s+/g, ' ');
      if (collapsed.length <= left) {
        left -= collapsed.length;
        continue;
      }
      out.push({ type: 'text', text: collapsed.slice(left) });
      left = 0;
      continue;
    }
    out.push(t);
  }
  return out;
}
