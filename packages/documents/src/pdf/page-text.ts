/** A piece of text as the PDF places it: baseline origin, advance width, font size, weight. */
export interface TextRun {
  text: string;
  x: number;
  y: number;
  width: number;
  size: number;
  bold: boolean;
}

/** One page's text runs and its size (y grows upwards, as in the PDF). */
export interface PageText {
  page: number;
  width: number;
  height: number;
  runs: TextRun[];
  /** Characters of rotated or vertical text (margin notes, stamps), which are not read. */
  rotatedChars?: number;
}

/** A stretch of a line between wide gaps: a table cell, a label, a bullet's text. */
export interface Segment {
  x: number;
  xEnd: number;
  text: string;
  size: number;
  bold: boolean;
}

/** The runs sharing one baseline, left to right, split into segments where a wide gap parts them. */
export interface Line {
  page: number;
  y: number;
  size: number;
  /** Every character of the line is bold. */
  bold: boolean;
  x: number;
  xEnd: number;
  segments: Segment[];
}

/** Text of a line: its segments joined by a space. */
export function lineText(line: Pick<Line, 'segments'>): string {
  return line.segments.map((s) => s.text).join(' ');
}
