import { distance } from 'fastest-levenshtein';
import { foldForMatch } from '../reference/text.js';

/** Each word the register's public text uses, folded, with how many texts use it. */
export type Vocabulary = ReadonlyMap<string, number>;

/** The words of `texts` (tags dropped, folded as search folds them), counted once per text. */
export function vocabularyOf(texts: Iterable<string>): Vocabulary {
  const counts = new Map<string, number>();
  for (const text of texts) {
    const words = new Set(foldForMatch(text.replace(/<[^>]*>/g, ' ')).split(' '));
    for (const word of words)
      if (word.length >= 3 && !/\d/.test(word)) counts.set(word, (counts.get(word) ?? 0) + 1);
  }
  return counts;
}

/** How far a word may be from a known one and still be taken as a slip: one letter in short words, two in longer. */
const reach = (word: string) => (word.length <= 4 ? 1 : 2);

/** The known word closest to `word`, the commoner on a tie; null when none is within reach. */
function closestKnown(word: string, vocabulary: Vocabulary): string | null {
  let best: { word: string; distance: number; count: number } | null = null;
  for (const [known, count] of vocabulary) {
    if (Math.abs(known.length - word.length) > reach(word)) continue;
    const d = distance(word, known);
    if (d > reach(word)) continue;
    if (!best || d < best.distance || (d === best.distance && count > best.count))
      best = { word: known, distance: d, count };
  }
  return best?.word ?? null;
}

/**
 * A search with each word nobody wrote replaced by the closest word somebody did ("vettign" gives
 * "vetting"), for "Did you mean …?" when a search finds nothing; null when every word is known (a word
 * that begins a known word counts as known: search matches beginnings) or none has a close match.
 * What is not a word (quotes, `-`, `or`, numbers) stays as typed.
 */
export function suggestSpelling(query: string, vocabulary: Vocabulary): string | null {
  const known = (word: string) =>
    vocabulary.has(word) || [...vocabulary.keys()].some((k) => k.startsWith(word));
  let changed = false;
  const suggestion = query.replace(/[\p{L}’']+/gu, (typed) => {
    const word = foldForMatch(typed);
    if (word.length < 3 || word === 'or' || known(word)) return typed;
    const closest = closestKnown(word, vocabulary);
    if (!closest) return typed;
    changed = true;
    return closest;
  });
  return changed ? suggestion : null;
}
