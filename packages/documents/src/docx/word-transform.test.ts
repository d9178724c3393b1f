import { describe, expect, it } from 'vitest';
import { transformWordDocument } from './word-transform.js';

const text = (value: string) => ({ type: 'text', value });
const run = (...children: object[]) => ({ type: 'run', children });
const paragraph = (styleName: string | null, ...children: object[]) => ({
  type: 'paragraph',
  styleName,
  numbering: null,
  children,
});

describe('transformWordDocument', () => {
  it('takes heading and title styles named in other languages as headings', () => {
    const doc = {
      type: 'document',
      children: [
        paragraph('Überschrift 2', run(text('Wirksamkeit'))),
        paragraph('Pennawd 1', run(text('Argymhellion'))),
        paragraph('Teitl', run(text('Ymateb'))),
        paragraph('Normal', run(text('Prose'))),
      ],
    };
    const styles = transformWordDocument(doc).children.map((p) => p.styleName);
    expect(styles).toEqual(['Heading 2', 'Heading 1', 'Title', 'Normal']);
  });

  it('makes a paragraph that starts with a typed bullet a list item at the depth its glyph stands for', () => {
    const doc = {
      type: 'document',
      children: [
        paragraph(null, run(text('•'), { type: 'tab' }, text('The force should act.'))),
        paragraph(null, run(text('o'), { type: 'tab' }), run(text('a part of it'))),
        paragraph(null, run(text('\uF0A7 deeper still'))),
        paragraph(null, run(text('– an en dash'))),
        paragraph(null, run(text('other prose'))),
        paragraph(null, run(text('•'), text('glued'))),
      ],
    };
    const out = transformWordDocument(doc).children;
    expect(out.map((p) => p.numbering)).toEqual([
      { level: '0', isOrdered: false },
      { level: '1', isOrdered: false },
      { level: '2', isOrdered: false },
      { level: '0', isOrdered: false },
      null,
      null,
    ]);
    const plain = (p: (typeof out)[number]) =>
      JSON.stringify(p)
        .match(/"value":"[^"]*"/g)!
        .join('');
    expect(plain(out[0]!)).toBe('"value":"""value":"""value":"The force should act."');
    expect(plain(out[1]!)).toBe('"value":"""value":"""value":"a part of it"');
  });

  it('writes text formatted as capitals in capitals', () => {
    const doc = {
      type: 'document',
      children: [
        paragraph(null, { type: 'run', isAllCaps: true, children: [text('Effectiveness')] }),
      ],
    };
    expect(JSON.stringify(transformWordDocument(doc))).toContain('"EFFECTIVENESS"');
  });
});
