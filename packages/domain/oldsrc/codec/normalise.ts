/**
 * Word and CMS exports of the record carry CRLF, non-breaking and zero-width spaces, and a BOM.
 * They are normalised once here so the grammar only sees plain spaces and `\n`.
 */
export function normaliseText(input: string): string {
  return input
    .replace(/^\uFEFF/, '')
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00A0\u2007\u202F]/g, ' ')
    .replace(/\u200B|\u200C|\u200D|\u2060|\uFEFF/g, ''); // zero-width characters, one at a time (ZWJ joins)
}

/** Curly quotes and dashes folded, for matching labels such as "Chief Constable’s response". */
export function foldForMatching(text: string): string {
  return text
    .replace(/[\u2018\u2019\u201B\u2032`]/g, "'")
    .replace(/[\u201C\u201D\u2033]/g, '"')
    .replace(/[\u2013\u2014\u2012]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

/** Collapse runs of white space, as HTML rendering does, so equal content compares equal. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\n]+/g, ' ').trim();
}

/** A file with NUL bytes or mostly control characters is not a record, whatever its name. */
export function looksBinary(input: string): boolean {
  if (input.includes('\u0000')) return true;
  const sample = input.slice(0, 4096);
  if (sample.length === 0) return false;
  let control = 0;
  for (const ch of sample) {
    const code = ch.codePointAt(0) ?? 0;
    if ((code < 32 && ch !== '\n' && ch !== '\r' && ch !== '\t') || code === 0xfffd) control++;
  }
  return control / sample.length > 0.1;
}
