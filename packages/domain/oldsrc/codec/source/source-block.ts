import type { HtmlToken } from '../../rich-text/index.js';

/**
 * The intermediate form every document format is turned into before the readers see it. The text
 * format's adapter (`text-blocks.ts`) makes one block per plain line and one per paragraph or list item
 * of an HTML line; a Word, PDF or web page adapter maps its own paragraphs, list items and table rows
 * to the same shape, so the findings reader does not know which format it reads.
 */
export type BlockKind =
  /** A heading the source marks as such (Word's heading styles, <h2>). The text format has none: there a
   * heading is a short line the reader recognises, so it arrives as a paragraph. */
  | 'heading'
  | 'paragraph'
  /** A bullet or numbered item (a table inside a list too); `bullet` holds its marker, `indent` its depth. */
  | 'list-item'
  /** A whole table outside a list, as canonical HTML in `html` (its rows are not yet read as findings). */
  | 'table'
  /** One row of a table, its cells in `cells`, for adapters that read findings from tables. */
  | 'table-row'
  /** "Label: value" set apart by the source (a bold label in Word); `label` holds it, `text` the value. */
  | 'label-value';

export interface Block {
  kind: BlockKind;
  /** Where the block starts: the 1-based line of the text; in a paged document, the paragraph on its page. */
  line: number;
  /** In a paged document (PDF): the 1-based page. */
  page?: number;
  /** A heading's level, 1 the highest. */
  level?: number;
  /** A table row's cells, each as canonical inline HTML. */
  cells?: string[];
  /** A label-value block's label. */
  label?: string;
  /** Leading white space of a plain line, or twice the list depth of an HTML list item. */
  indent: number;
  /** The list marker (`-`, `1.`, `(a)`), or null for anything but a list item. */
  bullet: string | null;
  /** Canonical inline HTML, bullet marker removed (block HTML for a table). */
  html: string;
  /** Plain text, white space collapsed, bullet marker removed. */
  text: string;
  /** Escaped with a leading backslash: always prose, never structure. */
  literal: boolean;
  /** For a block that opens with a body label on an HTML line: the rest of the line as canonical block HTML. */
  rest?: HtmlToken[];
}

export function kindOf(bullet: string | null, isTable = false): BlockKind {
  if (bullet) return 'list-item';
  return isTable ? 'table' : 'paragraph';
}
