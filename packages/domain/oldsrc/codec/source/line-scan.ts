import { tokenizeHtml } from '../../rich-text/index.js';
import { normaliseText } from '../normalise.js';
import { isHtmlLine } from './html-blocks.js';
import { textOfTokens } from './html-text.js';

/** A line of the source as written (`text`), with its 1-based number. */
export interface SourceLine {
  no: number;
  text: string;
}

/** A line as the record reader sees it: the source line, and its plain text (tags stripped, trimmed). */
export interface ScannedLine extends SourceLine {
  plain: string;
}

/** The first step of the text format: normalised, split into numbered lines, each with its plain text. */
export function scanLines(input: string): ScannedLine[] {
  return normaliseText(input)
    .split('\n')
    .map((text, index) => ({ no: index + 1, text, plain: plainTextOf(text) }));
}

function plainTextOf(raw: string): string {
  return isHtmlLine(raw) ? textOfTokens(tokenizeHtml(raw)) : raw.trim();
}
