/**
 * Changes to mammoth's reading of a Word document before it becomes HTML: heading styles named in other
 * languages become headings, paragraphs that start with a bullet typed as text become list items, and
 * text formatted as capitals is written in capitals (a heading "EFFECTIVENESS" is often typed lower case).
 */

/** mammoth's document elements, as far as this file touches them. */
interface WordElement {
  type: string;
  children?: WordElement[];
  value?: string;
  styleName?: string | null;
  numbering?: { level: string; isOrdered: boolean } | null;
  isAllCaps?: boolean;
}

/** Heading styles in the languages offices' templates come in ("Überschrift 2", "Pennawd 1", "Titre 3"). */
const HEADING_STYLE =
  /^(heading|überschrift|titre|título|titolo|kop|rubrik|otsikko|nagłówek|pennawd|cabeçalho|encabezado|overskrift)\s*(\d)$/i;
const TITLE_STYLE = /^(title|titel|titre|título|titolo|teitl|tytuł|otsikko)$/i;

/**
 * Bullets typed as text at a paragraph's start, and the list depth each stands for in Word's own
 * sequence (•, o, ▪): Symbol's and Wingdings' private-use code points too, as Word saves them.
 */
const GLYPH_DEPTH: Record<string, number> = {
  '•': 0,
  '●': 0,
  '\uF0B7': 0,
  '–': 0,
  '‣': 0,
  '⁃': 0,
  '➢': 0,
  '\uF0D8': 0,
  o: 1,
  '◦': 1,
  '○': 1,
  '\uF06F': 1,
  '▪': 2,
  '■': 2,
  '\uF0A7': 2,
  '□': 2,
};

export function transformWordDocument<T>(document: T): T {
  visit(document as WordElement);
  return document;
}

function visit(el: WordElement) {
  if (el.type === 'paragraph') paragraph(el);
  if (el.type === 'run' && el.isAllCaps) capitals(el);
  for (const c of el.children ?? []) visit(c);
}

function paragraph(p: WordElement) {
  const style = p.styleName ?? '';
  const heading = HEADING_STYLE.exec(style);
  if (heading) p.styleName = `Heading ${heading[2]}`;
  else if (TITLE_STYLE.test(style)) p.styleName = 'Title';
  if (!p.numbering) typedBullet(p);
}

/** The text and tab leaves of a paragraph, in order. */
function leaves(el: WordElement, out: WordElement[] = []): WordElement[] {
  if (el.type === 'text' || el.type === 'tab') out.push(el);
  for (const c of el.children ?? []) leaves(c, out);
  return out;
}

/** "•<TAB>The force should…": the glyph and the space after it go; the paragraph becomes a list item. */
function typedBullet(p: WordElement) {
  const all = leaves(p);
  const first = all.findIndex((l) => l.type === 'tab' || (l.value ?? '').trim() !== '');
  const leaf = all[first];
  if (!leaf || leaf.type !== 'text') return;
  const m = /^\s*(\S)(\s+|$)/.exec(leaf.value!);
  const depth = m ? GLYPH_DEPTH[m[1]!] : undefined;
  if (!m || depth === undefined) return;
  // A glyph alone in its run must be followed by a tab or space to be a bullet ("o" in Courier New).
  if (!m[2] && all[first + 1]?.type !== 'tab' && !/^\s/.test(all[first + 1]?.value ?? '')) return;
  leaf.value = leaf.value!.slice(m[0].length);
  if (leaf.value === '') {
    for (const l of all.slice(first + 1)) {
      if (l.type === 'text' && (l.value ?? '').trim() !== '') {
        l.value = l.value!.trimStart();
        break;
      }
      l.type = 'text';
      l.value = '';
    }
  }
  p.numbering = { level: String(depth), isOrdered: false };
}

function capitals(run: WordElement) {
  for (const l of leaves(run)) if (l.type === 'text' && l.value) l.value = l.value.toUpperCase();
}
