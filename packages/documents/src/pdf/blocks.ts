import type { Line } from './page-text.js';

/** A paragraph or list item put together from the lines of a page (or of a table cell). */
export interface TextBlock {
  kind: 'paragraph' | 'list-item';
  page: number;
  /** Where the block starts: its marker's x for a list item. */
  x: number;
  /** Where wrapped lines start (the text after a list marker). */
  textX: number;
  size: number;
  bold: boolean;
  /** `-` or the number as printed, for a list item. */
  marker: string | null;
  text: string;
  lines: Line[];
}

export interface TableRow {
  page: number;
  /** Each column's lines, top to bottom (a line holds only that column's segments). */
  cells: Line[][];
}

/** Rows read from aligned columns; `columns` are their left edges. */
export interface TableBlock {
  kind: 'table';
  page: number;
  x: number;
  columns: number[];
  rows: TableRow[];
}

export type PageBlock = TextBlock | TableBlock;
