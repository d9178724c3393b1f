import { headerLabelField } from '@irr/domain';
import { RecordTextWriter, type SourcePlace } from '../record-text.js';
import { childrenOf, isElement, isText, HEADINGS, type Element, type Node } from './dom.js';
import {
  EMBEDDED,
  embeddedName,
  escapeText,
  inlineOf,
  type Inline,
  type InlineOptions,
} from './inline.js';
import { isBlock, needsHtml } from './kinds.js';
import { writeItem, writeList, writeWordListParagraph } from './lists.js';
import { writeDefinitions, writeTable } from './tables.js';

export interface ContentOptions extends InlineOptions {
  /** What the document is called in messages: "web page", "Word document". */
  source: string;
  /**
   * An ordered list's items are written with the numbers a browser shows ("1.", "2.") — but not for Word,
   * where mammoth starts a new list after each interruption and does not say how Word numbers it.
   */
  numberLists: boolean;
}

/**
 * Writes a document's content (a web page's main part, or the HTML mammoth makes of a Word document)
 * as record text: a heading or paragraph a line, a list item a `- ` line indented one space per depth,
 * a table of header fields `Label<TAB>value` lines, any other table one HTML line. Each line is placed
 * at its source paragraph; what cannot be kept (an image) is a warning at its paragraph.
 */
export class ContentWriter {
  readonly out = new RecordTextWriter();
  private paragraph = 0;

  constructor(readonly options: ContentOptions) {}

  /** The next source paragraph. */
  place(): SourcePlace {
    return { paragraph: ++this.paragraph };
  }

  /** The place `ahead` paragraphs on, without taking it: for a line written before its turn. */
  placeAhead(ahead: number): SourcePlace {
    return { paragraph: this.paragraph + ahead };
  }

  inline(nodes: readonly Node[], skip = 0): Inline {
    return inlineOf(nodes, this.options, skip);
  }

  /** A container's children: runs of inline content are paragraphs, blocks are read by kind. */
  flow(nodes: readonly Node[], depth = 0) {
    let run: Node[] = [];
    const flush = () => {
      if (run.length) this.paragraphLine(run);
      run = [];
    };
    for (const n of nodes) {
      if (isElement(n) && this.options.isFurniture(n)) continue;
      if (isBlock(n)) {
        flush();
        this.block(n, depth);
      } else if (isElement(n) || isText(n)) run.push(n);
    }
    flush();
  }

  block(el: Element, depth: number) {
    const tag = el.tagName;
    if (HEADINGS.has(tag)) this.headingLine(el);
    else if (tag === 'ul' || tag === 'ol') {
      writeList(this, el, depth);
      // Two lists one after the other stay two lists in rich text (comments, summary).
      if (depth === 0) this.out.blank();
    } else if (tag === 'li') writeItem(this, el, depth, '-');
    else if (tag === 'table') writeTable(this, el);
    else if (tag === 'dl') writeDefinitions(this, el);
    else if (EMBEDDED.has(tag)) this.leftOut([embeddedName(el)], this.place());
    else if (tag === 'hr') return;
    else if (tag === 'p' && writeWordListParagraph(this, el)) return;
    else if (tag === 'p' || !childrenOf(el).some(isBlock)) this.paragraphLine(childrenOf(el));
    else this.flow(childrenOf(el), depth);
  }

  private headingLine(el: Element) {
    const inline = this.inline(childrenOf(el));
    if (!inline.text && inline.leftOut.length === 0) return;
    const place = this.place();
    this.leftOut(inline.leftOut, place);
    if (!inline.text) return;
    this.out.line(
      needsHtml(inline.text) ? `<p>${escapeText(inline.text)}</p>` : inline.text,
      place,
    );
  }

  /** A paragraph; one that opens with a header label ("Grade:" in bold) keeps the label in plain text. */
  paragraphLine(nodes: readonly Node[]) {
    const inline = this.inline(nodes);
    if (!inline.text && inline.leftOut.length === 0) return;
    const place = this.place();
    this.leftOut(inline.leftOut, place);
    if (!inline.text) return;
    const fields = this.fieldLines(nodes);
    if (fields) {
      for (const part of fields) {
        const partInline = this.inline(part);
        if (partInline.text)
          this.out.line(this.labelled(part, partInline) ?? lineOf(partInline), place);
      }
      return;
    }
    this.out.line(this.labelled(nodes, inline) ?? lineOf(inline), place);
  }

  /** "Force: Kent<br>Police and Crime Commissioner: Matthew Scott" (Word's line breaks): a line each. */
  private fieldLines(nodes: readonly Node[]): Node[][] | null {
    const parts: Node[][] = [[]];
    for (const n of nodes) {
      if (isElement(n) && n.tagName === 'br') parts.push([]);
      else parts.at(-1)!.push(n);
    }
    if (parts.length < 2) return null;
    const labelled = parts.filter((p) => {
      const m = /^([^\t:]{2,60}?)\s*(?:\t|:)/.exec(this.inline(p).text);
      return m !== null && headerLabelField(m[1]!) !== null;
    });
    return labelled.length >= 2 ? parts : null;
  }

  /** `Label<TAB>value` (or `Label: value`) for a paragraph with markup whose plain text starts with a header label. */
  private labelled(nodes: readonly Node[], inline: Inline): string | null {
    if (!inline.marked) return null;
    const m = /^([^\t:]{2,60}?)\s*(\t|:)\s*(.*)$/.exec(inline.text);
    const label = m ? m[1]! : inline.text;
    if (!headerLabelField(label)) return null;
    if (!m) return label;
    const value = this.inline(nodes, inline.text.length - m[3]!.length);
    return `${label}${m[2] === '\t' ? '\t' : ': '}${value.marked || needsHtml(value.text) ? `<p>${value.html}</p>` : value.text}`;
  }

  /** Content the record text cannot hold: a warning at its paragraph, so the person importing can check. */
  leftOut(things: readonly string[], place: SourcePlace) {
    for (const thing of things)
      this.out.diagnostics.push({
        severity: 'warning',
        line: this.out.nextLine,
        field: 'file',
        code: 'CONTENT_LEFT_OUT',
        message: `${thing} in this ${this.options.source} was left out: the record holds text only; check whether it says something the record needs`,
        ...place,
      });
  }
}

/** A paragraph as a line: plain text where that reads back the same, else HTML. */
function lineOf(inline: Inline): string {
  return inline.marked || needsHtml(inline.text) ? `<p>${inline.html}</p>` : inline.text;
}
