import { decodeEntities } from './entities.js';

export type HtmlToken =
  | { type: 'text'; text: string }
  | { type: 'open'; tag: string; attrs: Record<string, string>; selfClosing: boolean }
  | { type: 'close'; tag: string };

// Elements whose content browsers read as text up to their own close tag (RCDATA ones decode entities).
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'noscript']);
const RCDATA = new Set(['title', 'textarea']);

const isSpace = (c: string | undefined) =>
  c === ' ' || c === '\n' || c === '\t' || c === '\f' || c === '\r';
const isLetter = (c: string | undefined) =>
  c !== undefined && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'));
const asciiLower = (s: string) => s.replace(/[A-Z]+/g, (m) => m.toLowerCase());
// A carriage return written as &#13; must read like a typed one, or output would change on re-reading.
const decodeText = (s: string) => decodeEntities(s).replace(/\r/g, '\n');

/**
 * Splits HTML into text, open and close tokens the way a browser's tokenizer would (comments,
 * doctypes, CDATA and processing instructions dropped; a tag cut off by the end of input dropped;
 * a `<` that starts no tag kept as text). One pass, every character looked at a bounded number of
 * times, so it is linear on any input and never throws.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const src = html.replace(/\r\n?/g, '\n').replace(/\0/g, '');
  const n = src.length;
  const tokens: HtmlToken[] = [];
  let i = 0;
  let textFrom = 0;

  const pushText = (text: string) => {
    if (text === '') return;
    const last = tokens[tokens.length - 1];
    if (last?.type === 'text') last.text += text;
    else tokens.push({ type: 'text', text });
  };
  const flushText = (to: number) => pushText(decodeText(src.slice(textFrom, to)));
  /** Skips to just after `>` from `from`, as a bogus comment does. */
  const skipPast = (ch: string, from: number) => {
    const at = src.indexOf(ch, from);
    return at < 0 ? n : at + 1;
  };

  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt < 0) break;
    const next = src[lt + 1];
    if (isLetter(next) || (next === '/' && isLetter(src[lt + 2]))) {
      flushText(lt);
      const tag = readTag(src, lt + (next === '/' ? 2 : 1));
      i = textFrom = tag.end;
      if (!tag.token) continue;
      if (next === '/') {
        tokens.push({ type: 'close', tag: tag.token.tag });
        continue;
      }
      tokens.push(tag.token);
      if (tag.token.tag === 'plaintext') {
        pushText(src.slice(i));
        i = textFrom = n;
      } else if (RAW_TEXT.has(tag.token.tag) || RCDATA.has(tag.token.tag)) {
        const close = findEndTag(src, i, tag.token.tag);
        const raw = src.slice(i, close);
        pushText(RCDATA.has(tag.token.tag) ? decodeText(raw) : raw);
        i = textFrom = close;
      }
    } else if (next === '!' || next === '?' || next === '/') {
      if (next === '/' && lt + 2 >= n) break; // a lone "</" at the end stays text
      flushText(lt);
      i = textFrom = src.startsWith('<!--', lt) ? skipComment(src, lt + 4) : skipPast('>', lt + 2);
    } else {
      i = lt + 1; // "<" that opens nothing is text
    }
  }
  flushText(n);
  return tokens;
}

/** Where a comment opened at `from` ends: `-->`, `--!>`, or the abrupt `<!-->` and `<!--->`. */
function skipComment(src: string, from: number): number {
  if (src[from] === '>') return from + 1;
  if (src.startsWith('->', from)) return from + 2;
  let at = src.indexOf('--', from);
  while (at >= 0) {
    if (src[at + 2] === '>') return at + 3;
    if (src.startsWith('!>', at + 2)) return at + 4;
    at = src.indexOf('--', at + 1);
  }
  return src.length;
}

/** The start of `</tag` that ends a raw-text element (followed by space, `/` or `>`), else the end. */
function findEndTag(src: string, from: number, tag: string): number {
  let at = src.indexOf('</', from);
  while (at >= 0) {
    const after = at + 2 + tag.length;
    if (asciiLower(src.slice(at + 2, after)) === tag) {
      const c = src[after];
      if (isSpace(c) || c === '/' || c === '>') return at;
    }
    at = src.indexOf('</', at + 2);
  }
  return src.length;
}

type OpenToken = Extract<HtmlToken, { type: 'open' }>;

/** Reads a tag name and attributes from `from` (just past `<` or `</`); no token if input ends first. */
function readTag(src: string, from: number): { token: OpenToken | null; end: number } {
  const n = src.length;
  let i = from;
  while (i < n && !isSpace(src[i]) && src[i] !== '/' && src[i] !== '>') i++;
  const token: OpenToken = {
    type: 'open',
    tag: asciiLower(src.slice(from, i)),
    // No prototype: an attribute called "__proto__" must be just a (dropped) attribute.
    attrs: Object.create(null) as Record<string, string>,
    selfClosing: false,
  };
  while (i < n) {
    const c = src[i];
    if (isSpace(c)) {
      i++;
    } else if (c === '>') {
      return { token, end: i + 1 };
    } else if (c === '/') {
      if (src[i + 1] === '>') {
        token.selfClosing = true;
        return { token, end: i + 2 };
      }
      i++;
    } else {
      // An attribute name may begin with '=', then runs to space, '/', '>' or '='.
      const nameFrom = i++;
      while (i < n && !isSpace(src[i]) && src[i] !== '/' && src[i] !== '>' && src[i] !== '=') i++;
      const name = asciiLower(src.slice(nameFrom, i));
      let value = '';
      let j = i;
      while (isSpace(src[j])) j++;
      if (src[j] === '=') {
        j++;
        while (isSpace(src[j])) j++;
        const q = src[j];
        if (q === '"' || q === "'") {
          const close = src.indexOf(q, j + 1);
          if (close < 0) return { token: null, end: n };
          value = src.slice(j + 1, close);
          j = close + 1;
        } else {
          const start = j;
          while (j < n && !isSpace(src[j]) && src[j] !== '>') j++;
          value = src.slice(start, j);
        }
        i = j;
      }
      if (!Object.hasOwn(token.attrs, name)) token.attrs[name] = decodeEntities(value);
    }
  }
  return { token: null, end: n };
}
