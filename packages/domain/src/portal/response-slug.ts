import { SEARCH_ABBREVIATIONS, organisationNames } from '../reference/search-names.js';

/** Words that only introduce or join what a title says: never a response's slug's first or last word. */
const EDGE_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'for', 'and', 'to', 'into', 'by']);

/** Phrases that say a report is an inspection: every report is one, so the slug leaves them out. */
const INSPECTION_OF = [
  'a joint inspection of',
  'a joint inspection into',
  'joint inspection of',
  'joint inspection into',
  'an inspection of',
  'an inspection into',
  'inspection of',
  'inspection into',
];

/** Words a title may end on that only say it is an inspection. */
const TRAILING = new Set(['inspection', 'joint']);

/** The longest slug before the date is added, cut at a word. */
const MAX_LENGTH = 60;

/** Lower-case ASCII words, accents dropped, everything else a space. */
const asciiWords = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['‘’ʼ]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** `text` with every whole-word occurrence of `phrase` (both as ascii words) replaced. */
const replaceWords = (text: string, phrase: string, by: string) =>
  phrase ? ` ${text} `.split(` ${phrase} `).join(` ${by} `).trim() : text;

/**
 * The short name of a report as one force's response to it: the title in its short form (PEEL for
 * "Police effectiveness, efficiency and legitimacy"), without the force's own names and without "an
 * inspection of", cut at a word to 60 characters.
 *
 * @example
 * shortResponseSlug('Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police', 'Staffordshire Police')
 * // 'peel-2018-19'
 */
export function shortResponseSlug(reportTitle: string, organisationName: string): string {
  let text = asciiWords(reportTitle);
  for (const [short, long] of SEARCH_ABBREVIATIONS) text = replaceWords(text, long, short);
  const names = organisationNames(organisationName)
    .map(asciiWords)
    .sort((a, b) => b.length - a.length);
  for (const name of names) text = replaceWords(text, name, ' ');
  for (const phrase of INSPECTION_OF) text = replaceWords(text, phrase, ' ');
  const words = text.split(/\s+/).filter(Boolean);
  while (words.length > 0 && EDGE_WORDS.has(words[0]!)) words.shift();
  // "Vetting: an inspection": a title may end by saying what it is.
  while (words.length > 0 && (EDGE_WORDS.has(words.at(-1)!) || TRAILING.has(words.at(-1)!)))
    words.pop();
  const kept: string[] = [];
  for (const word of words) {
    if ([...kept, word].join('-').length > MAX_LENGTH) break;
    kept.push(word);
  }
  while (kept.length > 1 && EDGE_WORDS.has(kept.at(-1)!)) kept.pop();
  return kept.join('-');
}

/**
 * A response's slugs to try, best first: the first no other response of the same force holds is its
 * permalink (`/forces/staffordshire/responses/peel-2018-19`). Two reports a force answered with the same
 * short name are told apart by when each was published, never by a counter; the report's own slug
 * (unique across the register) comes next, and the record's id last, so some slug is always free.
 */
export function responseSlugCandidates(input: {
  reportTitle: string;
  reportSlug: string;
  reportPublishedOn: string | null;
  organisationName: string;
  recordId: string;
}): string[] {
  const short = shortResponseSlug(input.reportTitle, input.organisationName);
  const dated = (date: string) => (short ? `${short}-${date}` : '');
  const on = input.reportPublishedOn;
  const slugs = [
    short,
    on ? dated(on.slice(0, 7)) : '',
    on ? dated(on) : '',
    input.reportSlug,
    `${input.reportSlug.slice(0, 70)}-${input.recordId.slice(0, 8)}`,
  ];
  return [...new Set(slugs.filter((s) => /^[a-z0-9]+(-[a-z0-9]+)*$/.test(s) && s.length <= 80))];
}
