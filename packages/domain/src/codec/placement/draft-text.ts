import type { ResponseRecord } from '../../model/index.js';
import { tokenizeHtml } from '../../rich-text/index.js';

/** Tags that end a run of text: a source paragraph never spans one (as `source/html-blocks.ts` splits). */
const BREAKS = new Set(
  'p div h1 h2 h3 h4 h5 h6 blockquote section article header footer pre dd dt dl hr center ul ol li'.split(
    ' ',
  ),
);
const SEPARATOR = '\n';

/** White space collapsed (no-break spaces too), as the source's paragraphs are compared. */
export function normaliseContent(text: string): string {
  return text.replace(/[\s\u00a0]+/g, ' ').trim();
}

/** A field's text as runs of plain text: HTML entities decoded, tags gone, a run per block. */
function runsOf(value: string): string[] {
  if (!/[<&]/.test(value)) return [normaliseContent(value)];
  const runs: string[] = [];
  let run = '';
  for (const t of tokenizeHtml(value)) {
    if (t.type === 'text') run += t.text;
    else if (t.tag === 'br') run += ' ';
    else if (BREAKS.has(t.tag)) {
      runs.push(normaliseContent(run));
      run = '';
    }
  }
  runs.push(normaliseContent(run));
  return runs;
}

function collect(value: unknown, into: string[]) {
  if (typeof value === 'string') {
    for (const run of runsOf(value)) if (run) into.push(run);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collect(v, into);
  }
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Every piece of text the draft holds, indexed once: each string field (whatever the model adds later)
 * as plain text runs in one string, so a source paragraph is looked up with one scan.
 */
export class DraftText {
  private readonly text: string;

  constructor(record: ResponseRecord | null) {
    const runs: string[] = [];
    collect(record, runs);
    this.text = SEPARATOR + runs.join(SEPARATOR) + SEPARATOR;
  }

  /** True when `needle` (normalised) appears in a field, not cut out of the middle of a word. */
  has(needle: string): boolean {
    if (needle === '') return true;
    const wordStart = WORD.test(needle[0]!);
    const wordEnd = WORD.test(needle[needle.length - 1]!);
    for (let at = this.text.indexOf(needle); at !== -1; at = this.text.indexOf(needle, at + 1)) {
      const before = this.text[at - 1]!;
      const after = this.text[at + needle.length]!;
      if ((!wordStart || !WORD.test(before)) && (!wordEnd || !WORD.test(after))) return true;
    }
    return false;
  }
}
