/**
 * Bullet glyphs: the ones fonts have (•, ◦, ▪, ■, –, …) and the private-use code points Word and LibreOffice
 * write for Symbol and Wingdings bullets (U+F0B7 is Symbol's •, U+F0A7 Wingdings' ▪, U+F0D8 its ➢).
 */
const GLYPH = /^(?:[-•◦▪▫■□●○‣⁃∙·–—*➢➤►▶✓✔❖]|[\uf000-\uf0ff])$/;

/** "1." "2)" "(3)" "a)" "(b)" "iv." "(ii)": the markers the record format reads as list items. */
const NUMBER =
  /^(?:\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)]|\([a-z]\))$/;

export interface ListMarker {
  /** What the record text writes: `-` for a glyph, the number as printed for a numbered item. */
  marker: string;
  /** The item's text after the marker. */
  text: string;
  /** A dash typed in the text ("– NICHE"): it may as well be a sentence's dash that a line break put first. */
  inlineDash?: boolean;
}

/**
 * The list marker a line starts with, if it does. `first` is the first segment of the line and `rest`
 * what follows it past a wide gap (a tab); "o" (Word's second-level bullet in Courier) counts only when
 * a gap sets it apart, and a dash only when a space or gap follows.
 */
export function listMarker(first: string, rest: string | null): ListMarker | null {
  if (rest !== null && (GLYPH.test(first) || first === 'o')) return { marker: '-', text: rest };
  if (rest !== null && NUMBER.test(first)) return { marker: first, text: rest };
  const m = /^(\S+)\s+(.*)$/.exec(first);
  if (!m) return null;
  const [, head = '', tail = ''] = m;
  const text = rest === null ? tail : `${tail} ${rest}`;
  if (GLYPH.test(head) && head !== '*')
    return { marker: '-', text, inlineDash: /^[-–—]$/.test(head) };
  if (NUMBER.test(head)) return { marker: head, text };
  return null;
}
