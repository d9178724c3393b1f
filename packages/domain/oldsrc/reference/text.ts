/**
 * Folds a heading, grade or name to a key for comparison: case, spacing (including NBSP),
 * curly quotes, '&' against 'and', and punctuation all stop mattering.
 */
export function foldForMatch(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[‘’ʼ']/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Trims a heading as written, dropping a trailing colon or dash that only introduces what follows. */
export function trimHeading(text: string): string {
  return text
    .replace(/[\s\u00a0]+/g, ' ')
    .trim()
    .replace(/\s*[:\-–—]+$/, '')
    .trim();
}
