import { ORGANISATION_SLUG_BY_NAME as NAMES } from '../reference/index.js';
import { foldForMatch } from '../reference/text.js';

// Longest first, so "kent police" is taken whole.
const ORGANISATION_NAME = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...NAMES.keys()]
    .sort((a, b) => b.length - a.length)
    .map((n) => n.replace(/ /g, ' +'))
    .join('|')})(?![\\p{L}\\p{N}])`,
  'gu',
);

/**
 * A title as report matching compares it: case, punctuation, spacing, quotes, "&" and "and" and dashes
 * folded; a year range written "2018/19", "2018-19" or "2018/2019" alike; each force's or service's name,
 * in any of its forms, as one token (`#kent`), so "Kent" and "Kent Police" agree and "Kent" and
 * "Staffordshire" do not.
 */
export function titleKey(title: string): string {
  return foldForMatch(title)
    .replace(/\b((?:19|20)\d\d) ((?:19|20)\d\d)\b/g, (whole, from: string, to: string) =>
      Number(to) === Number(from) + 1 ? `${from} ${to.slice(2)}` : whole,
    )
    .replace(ORGANISATION_NAME, (name) => `#${NAMES.get(name.replace(/ +/g, ' '))}`);
}

/** The key with the forces' and services' names taken out: what is left of a title naming a force. */
export function withoutOrganisations(key: string): string {
  return key.replace(/#\S+/g, ' ').replace(/ +/g, ' ').trim();
}

function wordPairs(key: string): string[] {
  const words = ['^', ...key.split(' ').filter(Boolean), '$'];
  return words.slice(1).map((w, i) => `${words[i]} ${w}`);
}

/**
 * Sørensen–Dice similarity of two keys' adjacent word pairs (with the title's start and end as words):
 * 1 for the same words in the same order, 0 for nothing in common. Pairs rather than words, so word
 * order counts; words rather than letters, so "2018 19" and "2019 20" differ as the years do.
 */
export function titleSimilarity(a: string, b: string): number {
  const left = wordPairs(a);
  const right = new Map<string, number>();
  for (const p of wordPairs(b)) right.set(p, (right.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of left) {
    const n = right.get(p) ?? 0;
    if (n > 0) {
      shared++;
      right.set(p, n - 1);
    }
  }
  return (2 * shared) / (left.length + wordPairs(b).length);
}
