import { RICH_TEXT_POLICY, tokenizeHtml } from '../../rich-text/index.js';

/** Tags that end a run of text, as `source/html-blocks.ts` splits a line into paragraphs and items (and a table into cells). */
const BREAKS = new Set(
  'p div h1 h2 h3 h4 h5 h6 blockquote section article header footer pre dd dt dl hr center ul ol li table caption tr td th'.split(
    ' ',
  ),
);
/** Script, style and their kin: dropped with their content by the sanitiser, so code, not prose. */
const DROPPED: ReadonlySet<string> = new Set(RICH_TEXT_POLICY.droppedWithContent);

/** White space collapsed (no-break spaces too), as the source's paragraphs are compared. */
export function normaliseContent(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/**
 * Text as runs of plain text: HTML entities decoded, tags gone, a run per paragraph, list item or table.
 * Only the text is wanted, so this is one pass of the tokenizer, without sanitising.
 */
export function textRuns(value: string, normalise = normaliseContent): string[] {
  if (!/[<&]/.test(value)) return [normalise(value)];
  const runs: string[] = [];
  let run = '';
  let dropped = 0;
  for (const t of tokenizeHtml(value)) {
    if (t.type === 'text') {
      if (dropped === 0) run += t.text;
    } else if (DROPPED.has(t.tag)) {
      if (t.type === 'close') dropped = Math.max(0, dropped - 1);
      else if (!t.selfClosing) dropped++;
    } else if (t.tag === 'br') run += ' ';
    else if (BREAKS.has(t.tag)) {
      runs.push(normalise(run));
      run = '';
    }
  }
  runs.push(normalise(run));
  return runs.filter((r) => r !== '');
}
