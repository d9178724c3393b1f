import { decodeHTMLStrict } from 'entities/decode';

/** Code points 0x80–0x9F are read as Windows-1252, as browsers do (Word's smart quotes arrive as &#146;). */
// prettier-ignore
const WINDOWS_1252: Readonly<Record<number, number>> = {
  0x80: 0x20ac, 0x82: 0x201a, 0x83: 0x0192, 0x84: 0x201e, 0x85: 0x2026, 0x86: 0x2020, 0x87: 0x2021,
  0x88: 0x02c6, 0x89: 0x2030, 0x8a: 0x0160, 0x8b: 0x2039, 0x8c: 0x0152, 0x8e: 0x017d, 0x91: 0x2018,
  0x92: 0x2019, 0x93: 0x201c, 0x94: 0x201d, 0x95: 0x2022, 0x96: 0x2013, 0x97: 0x2014, 0x98: 0x02dc,
  0x99: 0x2122, 0x9a: 0x0161, 0x9b: 0x203a, 0x9c: 0x0153, 0x9e: 0x017e, 0x9f: 0x0178,
};

// One anchored, bounded pattern per `&`: no backtracking across the text, so decoding stays linear.
const REFERENCE = /&(?:#[xX]([0-9a-fA-F]{1,8});?|#([0-9]{1,10});?|([a-zA-Z][a-zA-Z0-9]{1,31});)/y;

function fromCodePoint(code: number): string {
  if (code === 0 || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return '\ufffd';
  return String.fromCodePoint(WINDOWS_1252[code] ?? code);
}

/**
 * A named reference (with its semicolon) by the full HTML table of 2,231 names, from the `entities`
 * package: "&wcirc;" is ŵ, as Welsh text needs. Undefined for a name HTML does not know.
 */
function named(reference: string): string | undefined {
  const decoded = decodeHTMLStrict(reference);
  return decoded === reference ? undefined : decoded;
}

/**
 * Decodes character references: every named one HTML defines (semicolon required), and decimal or hex
 * numeric ones (semicolon optional, as browsers accept). Unknown or malformed references stay as written.
 */
export function decodeEntities(text: string): string {
  let at = text.indexOf('&');
  if (at < 0) return text;
  let out = '';
  let from = 0;
  while (at >= 0) {
    REFERENCE.lastIndex = at;
    const m = REFERENCE.exec(text);
    let decoded: string | undefined;
    if (m) {
      const [, hex, dec, name] = m;
      if (hex !== undefined) decoded = fromCodePoint(parseInt(hex, 16));
      else if (dec !== undefined) decoded = fromCodePoint(Number(dec));
      else if (name !== undefined) decoded = named(m[0]);
    }
    if (m && decoded !== undefined) {
      out += text.slice(from, at) + decoded;
      from = at + m[0].length;
      at = text.indexOf('&', from);
    } else {
      at = text.indexOf('&', at + 1);
    }
  }
  return out + text.slice(from);
}

// prettier-ignore
const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;',
};

/** Escapes text for any HTML context: `& < > " '`. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** The lighter escaping canonical rich text uses between tags, so quotes stay readable. */
export function escapeText(text: string): string {
  return text.replace(/[&<>]/g, (c) => ESCAPES[c] ?? c);
}
