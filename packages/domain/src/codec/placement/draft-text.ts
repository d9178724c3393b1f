import type { ResponseRecord } from '../../model/index.js';
import { textRuns } from './text-runs.js';

function collect(value: unknown, into: string[]) {
  if (typeof value === 'string') {
    into.push(...textRuns(value, (run) => run));
    // A plain field (a title) may hold "<" as written, which read as HTML would be a tag.
    if (value.includes('<')) into.push(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collect(v, into);
  } else if (value && typeof value === 'object') {
    for (const v of Object.values(value)) collect(v, into);
  }
}

// Not white space and not a word character (a Unicode noncharacter, in no text): no match spans two runs.
const SEPARATOR = '\uffff';
const WORD = /[\p{L}\p{N}]/u;

/**
 * Every piece of text the draft holds, indexed once: each string field (whatever the model adds later)
 * as plain text runs in one string, so a source paragraph is looked up with one scan.
 */
export class DraftText {
  private readonly text: string;
  /** Each run whole: most source paragraphs are one, found without a scan (a scan per paragraph is quadratic). */
  private readonly runs: Set<string>;

  constructor(record: ResponseRecord | null) {
    const runs: string[] = [];
    collect(record, runs);
    // White space collapsed once over the whole text, then trimmed at each run's ends.
    this.text = `${SEPARATOR}${runs.join(SEPARATOR)}${SEPARATOR}`
      .replace(/[\s\u00a0]+/g, ' ')
      .replace(/ ?\uffff ?/g, SEPARATOR);
    this.runs = new Set(this.text.split(SEPARATOR));
  }

  /** True when `needle` (normalised) appears in a field, not cut out of the middle of a word. */
  has(needle: string): boolean {
    if (needle === '' || this.runs.has(needle)) return true;
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
