import { escapeHtml, sanitizeRichText, tokenizeHtml, type HtmlToken } from '../rich-text/index.js';

const BLOCK_TAGS = new Set([
  'p',
  'ul',
  'ol',
  'li',
  'h2',
  'h3',
  'h4',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

export function serializeTokens(tokens: readonly HtmlToken[]): string {
  let out = '';
  for (const t of tokens) {
    if (t.type === 'text') out += escapeHtml(t.text);
    else if (t.type === 'close') out += `</${t.tag}>`;
    else {
      const attrs = Object.entries(t.attrs)
        .map(([k, v]) => ` ${k}="${escapeHtml(v)}"`)
        .join('');
      out += `<${t.tag}${attrs}>`;
    }
  }
  return out;
}

/**
 * The codec's one canonical form of rich text: sanitised, white space collapsed as a browser would
 * show it, loose inline content wrapped in <p>, empty paragraphs and empty emphasis dropped.
 * Parsing and rendering both go through it, which is what makes the round trip exact.
 */
export function canonicalRichText(html: string): string {
  const tokens = tokenizeHtml(sanitizeRichText(html));
  const out: HtmlToken[] = [];
  let depth = 0; // block nesting
  let openedP = false;
  const closeP = () => {
    if (openedP) {
      out.push({ type: 'close', tag: 'p' });
      openedP = false;
    }
  };
  for (const t of tokens) {
    if (t.type !== 'text' && BLOCK_TAGS.has(t.tag)) {
      if (depth === 0) closeP();
      depth += t.type === 'open' ? 1 : -1;
      out.push(t);
      continue;
    }
    if (depth === 0 && !openedP) {
      if (t.type === 'text' && t.text.trim() === '') continue;
      out.push({ type: 'open', tag: 'p', attrs: {}, selfClosing: false });
      openedP = true;
    }
    out.push(t.type === 'text' ? { type: 'text', text: t.text.replace(/\s+/g, ' ') } : t);
  }
  closeP();
  return tidy(serializeTokens(out));
}

function tidy(html: string): string {
  let s = html;
  for (let i = 0; i < 4; i++) {
    const before = s;
    s = s.replace(/<(b|strong|i|em|u)>\s*<\/\1>/g, (m) => (/\s/.test(m) ? ' ' : ''));
    if (s === before) break;
  }
  return s
    .replace(
      /\s*(<\/?(?:p|ul|ol|li|h2|h3|h4|blockquote|table|thead|tbody|tr|th|td)(?: [^>]*)?>)\s*/g,
      '$1',
    )
    .replace(/(<br>)\s+/g, '$1')
    .replace(/\s+(<br>)/g, '$1')
    .replace(/ {2,}/g, ' ')
    .replace(/<p><\/p>/g, '')
    .replace(/<p>(?:<br>)+<\/p>/g, '');
}

/** Inline HTML of one paragraph, canonical; '' when it shows nothing. */
export function canonicalInline(html: string): string {
  const block = canonicalRichText(`<p>${html}</p>`);
  const m = /^<p>([\s\S]*)<\/p>$/.exec(block);
  return m && !m[1]!.includes('<p>') ? m[1]! : block;
}
