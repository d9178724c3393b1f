/**
 * Text the register can store and show: no NUL character (PostgreSQL refuses it in text and JSON)
 * and no lone surrogate (half of a UTF-16 pair: it has no UTF-8 spelling, so it would be stored as
 * a replacement character or refused). `String.prototype.isWellFormed` (ES2024) plus the NUL.
 */
const MALFORMED = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Deeper input is no form's: refused before anything walks it (sub-items nest a few levels). */
const MAX_DEPTH = 64;

export function isWellFormedText(text: string): boolean {
  return !MALFORMED.test(text);
}

/** What is wrong with a text, in a user's words, or null when it is well formed. */
function textProblem(text: string): string | null {
  const found = MALFORMED.exec(text);
  if (!found) return null;
  const at = `at character ${found.index + 1}`;
  return found[0] === '\0'
    ? `contains a NUL character (${at}), which text may not hold`
    : `contains a broken Unicode character (a lone surrogate, ${at})`;
}

/**
 * The first place in an input (as sent, before any schema) that no schema should see: a string or
 * key that is not well formed, or nesting deeper than any form makes. The field is a dotted path
 * ("patch.summary"). Null when there is none.
 */
export function findMalformedInput(
  value: unknown,
  path: readonly (string | number)[] = [],
): { field: string; problem: string } | null {
  const field = path.length ? path.join('.') : 'input';
  if (typeof value === 'string') {
    const problem = textProblem(value);
    return problem ? { field, problem } : null;
  }
  if (value === null || typeof value !== 'object') return null;
  if (path.length >= MAX_DEPTH)
    return { field, problem: `is nested deeper than ${MAX_DEPTH} levels` };
  const entries: [string | number, unknown][] = Array.isArray(value)
    ? [...value.entries()]
    : Object.entries(value);
  for (const [key, item] of entries) {
    const keyProblem = typeof key === 'string' ? textProblem(key) : null;
    if (keyProblem) return { field, problem: `has a key that ${keyProblem}` };
    const found = findMalformedInput(item, [...path, key]);
    if (found) return found;
  }
  return null;
}
