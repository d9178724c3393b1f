/** List markers the text format knows: dashes and bullet glyphs, `1.`, `2)`, `(3)`, `a)`, `(iv)`. */
const BULLET =
  /^([-•◦▪‣*·∙]|\d{1,3}[.)]|\(\d{1,3}\)|\(?[a-z][.)]|\(?(?:i|ii|iii|iv|v|vi|vii|viii|ix|x)[.)])\s+/;

export function splitBullet(text: string): { bullet: string | null; body: string } {
  const m = BULLET.exec(text);
  // "e.g. something" and "i.e." read as bullets only when followed by a space after a single letter.
  if (!m) return { bullet: null, body: text };
  return { bullet: m[1]!, body: text.slice(m[0].length) };
}

/** Width of a line's indent: a tab counts four spaces. */
export function leadingWidth(s: string): number {
  let w = 0;
  for (const ch of s) {
    if (ch === ' ') w += 1;
    else if (ch === '\t') w += 4;
    else break;
  }
  return w;
}
