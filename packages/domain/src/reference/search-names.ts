import { FIRE_SERVICES } from './fire-services.js';
import { POLICE_FORCES } from './police-forces.js';
import { foldForMatch } from './text.js';

/**
 * The short names people type for what report titles spell out, folded: either form finds the other.
 * Offices write "PEEL 2018/19" for "Police effectiveness, efficiency and legitimacy 2018/19".
 */
export const SEARCH_ABBREVIATIONS: readonly (readonly [short: string, long: string])[] = [
  ['peel', 'police effectiveness efficiency and legitimacy'],
  ['hmicfrs', 'his majestys inspectorate of constabulary and fire and rescue services'],
  ['hmicfrs', 'her majestys inspectorate of constabulary and fire and rescue services'],
  ['hmic', 'her majestys inspectorate of constabulary'],
  ['frs', 'fire and rescue service'],
  ['vawg', 'violence against women and girls'],
  ['cdi', 'crime data integrity'],
  ['pcc', 'police and crime commissioner'],
  ['pfcc', 'police fire and crime commissioner'],
  ['asb', 'anti social behaviour'],
  ['cse', 'child sexual exploitation'],
];

/** Every name a force or service goes by, folded, to its slug; police first, so they keep a place name both share. */
export const ORGANISATION_SLUG_BY_NAME: ReadonlyMap<string, string> = (() => {
  const names = new Map<string, string>();
  for (const org of [...POLICE_FORCES, ...FIRE_SERVICES])
    for (const name of [org.name, ...org.aliases]) {
      const folded = foldForMatch(name);
      if (folded && !names.has(folded)) names.set(folded, org.slug);
    }
  return names;
})();

const LONGEST_NAME = Math.max(
  ...[...ORGANISATION_SLUG_BY_NAME.keys()].map((n) => n.split(' ').length),
);

/**
 * The force or service a search names, by any of its names ("Staffs vetting"), and the rest of the search
 * as typed (so web-search syntax such as quotes and `-word` survives), or null when it names none. The
 * longest name wins: "Kent Police" over "Kent".
 */
export function organisationNamedIn(query: string): { slug: string; rest: string } | null {
  const words = query.split(/\s+/).filter(Boolean);
  for (let length = Math.min(LONGEST_NAME, words.length); length > 0; length--)
    for (let at = 0; at + length <= words.length; at++) {
      const slug = ORGANISATION_SLUG_BY_NAME.get(
        foldForMatch(words.slice(at, at + length).join(' ')),
      );
      if (slug)
        return { slug, rest: [...words.slice(0, at), ...words.slice(at + length)].join(' ') };
    }
  return null;
}

/**
 * Search filters with the force the words name taken as the force filter, and its name out of the words:
 * "Staffs vetting" is Staffordshire Police's findings about vetting. Only when no other force is chosen.
 */
export function withNamedForce<
  T extends { q?: string | undefined; organisationSlug?: string | undefined },
>(filters: T): T {
  const named = filters.q ? organisationNamedIn(filters.q) : null;
  if (!named || (filters.organisationSlug && filters.organisationSlug !== named.slug))
    return filters;
  return { ...filters, organisationSlug: named.slug, q: named.rest || undefined };
}

/** Each force's and service's names (its name and every alias, "Staffs" for Staffordshire Police), folded. */
const NAMES_OF = new Map<string, string[]>();
for (const org of [...POLICE_FORCES, ...FIRE_SERVICES]) {
  const names = [org.name, ...org.aliases].map(foldForMatch);
  for (const name of names)
    NAMES_OF.set(name, [...new Set([...(NAMES_OF.get(name) ?? []), ...names])]);
}

/** Every name the organisation goes by, folded (its own name alone when it is not in the reference list). */
export function organisationNames(name: string): string[] {
  const folded = foldForMatch(name);
  return NAMES_OF.get(folded) ?? [folded];
}

/** A year range as its two years' words, however it was written: "2018/19", "2018-2019", "2018–19". */
function foldYears(folded: string): string {
  return folded.replace(
    /\b((?:19|20)\d\d) ((?:19|20)?\d\d)\b/g,
    (whole, from: string, to: string) => {
      const end = to.length === 2 ? Number(from.slice(0, 2) + to) : Number(to);
      return end === Number(from) + 1 ? `${from} ${String(end).slice(2)} ${end}` : whole;
    },
  );
}

/**
 * What a search looks through: the parts folded, year ranges in both forms, each abbreviation beside
 * its spelt-out form (and the reverse), and every other name of the organisations named.
 */
export function searchableText(
  parts: readonly (string | null | undefined)[],
  organisations: readonly string[] = [],
): string {
  const text = ` ${foldYears(
    parts
      .filter(Boolean)
      .map((p) => foldForMatch(p!))
      .join(' '),
  )} `;
  const extra: string[] = organisations.flatMap(organisationNames);
  for (const [short, long] of SEARCH_ABBREVIATIONS) {
    if (text.includes(` ${long} `)) extra.push(short);
    if (text.includes(` ${short} `)) extra.push(long);
  }
  return `${text}${extra.join(' ')} `;
}

/**
 * Whether every word typed starts a word of the searchable text, in any order: "PEEL 2018" finds
 * "Police effectiveness, efficiency and legitimacy 2018/19 An inspection of Staffordshire Police", as do
 * "peel 2018/19" and "staffs".
 */
export function matchesSearch(query: string, searchable: string): boolean {
  const words = foldYears(foldForMatch(query)).split(' ').filter(Boolean);
  return words.every((w) => searchable.includes(` ${w}`));
}
