import type { Office } from '../model/index.js';
import { findOrganisation } from '../reference/index.js';
import { collapseSpace, foldForMatching } from './normalise.js';

/**
 * The titles the two office holders are written under: "Police, Fire and Crime Commissioner for Essex",
 * "Mayor of Greater Manchester", "Deputy Mayor for Policing and Crime", "Acting Chief Constable",
 * "Commissioner of Police of the Metropolis", "Chief Fire Officer and Chief Executive".
 */
interface TitleBase {
  /** Matches the base, folded (lower case, straight quotes). */
  re: RegExp;
  /** How it is spelt; null: as written (title case for chief officers). */
  canonical: string | null;
  /** May be followed by "of <place>" / "for <place>" (a place we know). */
  place: boolean;
}

const COMMISSIONER_BASES: readonly TitleBase[] = [
  {
    re: /^police,? fire and crime commissioner/,
    canonical: 'Police, Fire and Crime Commissioner',
    place: true,
  },
  {
    re: /^police and crime commissioner/,
    canonical: 'Police and Crime Commissioner',
    place: true,
  },
  {
    re: /^deputy mayor for policing and crime/,
    canonical: 'Deputy Mayor for Policing and Crime',
    place: false,
  },
  { re: /^deputy mayor for policing, crime[a-z ,]*/, canonical: null, place: false },
  { re: /^mayor/, canonical: 'Mayor', place: true },
  { re: /^pfcc/, canonical: 'Police, Fire and Crime Commissioner', place: false },
  { re: /^pcc/, canonical: 'Police and Crime Commissioner', place: false },
  { re: /^commissioner/, canonical: 'Police and Crime Commissioner', place: false },
];

const CHIEF_BASES: readonly TitleBase[] = [
  {
    re: /^commissioner of police(?: of the metropolis| for the city of london)?/,
    canonical: null,
    place: false,
  },
  { re: /^(?:london fire|metropolitan police) commissioner/, canonical: null, place: false },
  {
    re: /^chief fire officer(?: ?(?:and|&|\/) ?chief executive(?: officer)?)?/,
    canonical: null,
    place: false,
  },
  { re: /^chief executive(?: officer)?/, canonical: null, place: false },
  { re: /^chief constable/, canonical: null, place: false },
  { re: /^chief officer/, canonical: null, place: false },
];

/** Bare "Commissioner" is the commissioner's label, but in a chief officer's value it is the Met's rank. */
const CHIEF_COMMISSIONER: TitleBase = { re: /^commissioner/, canonical: null, place: false };

/** "Acting Chief Constable"; a deputy or assistant chief constable also leads a force for a while. */
const RANK_PREFIX: Record<Office, RegExp> = {
  commissioner: /^(acting|temporary|interim) /,
  chief_officer: /^(acting|temporary|interim|deputy|assistant) /,
};

/** Areas with an elected mayor who holds the commissioner's functions. */
const MAYORAL_AREAS = [
  'london',
  'greater manchester',
  'west yorkshire',
  'south yorkshire',
  'york and north yorkshire',
];

function knownPlace(place: string): boolean {
  const f = foldForMatching(place).replace(/^the /, '');
  return MAYORAL_AREAS.includes(f) || findOrganisation(f) !== null;
}

/**
 * The whole of `text` read as a title of `office`, spelt the register's way, or null. With `anyPlace`
 * (a field label, where nothing else follows the title) "for <place>" need not name a place we know.
 */
export function readOfficeTitle(
  text: string,
  office: Office,
  options: { anyPlace?: boolean; bareCommissioner?: boolean } = {},
): string | null {
  const written = collapseSpace(text.replace(/[\u2018\u2019]/g, "'"));
  const folded = written.toLowerCase();
  const prefix = RANK_PREFIX[office].exec(folded)?.[0] ?? '';
  const rest = folded.slice(prefix.length);
  const bases =
    office === 'commissioner'
      ? COMMISSIONER_BASES
      : options.bareCommissioner
        ? [...CHIEF_BASES, CHIEF_COMMISSIONER]
        : CHIEF_BASES;
  for (const base of bases) {
    const m = base.re.exec(rest);
    if (!m) continue;
    const after = written.slice(prefix.length + m[0].length);
    const place = /^ (of|for) (.+)$/i.exec(after);
    if (after !== '' && !(base.place && place && (options.anyPlace || knownPlace(place[2]!))))
      continue;
    const spelt =
      base.canonical ?? titleCase(written.slice(prefix.length, prefix.length + m[0].length));
    const suffix = place ? ` ${place[1]!.toLowerCase()} ${place[2]}` : '';
    return `${titleCase(prefix)}${spelt}${suffix}`;
  }
  return null;
}

export interface Holder {
  name: string;
  /** The title the value itself gives ("Andy Burnham, Mayor of Greater Manchester"), or null. */
  title: string | null;
}

/**
 * A holder's value split into name and title, whichever order they come in: "Andy Burnham, Mayor of
 * Greater Manchester", "Mayor of Greater Manchester Andy Burnham", "Acting Chief Constable Nick Baker".
 */
export function splitHolder(value: string, office: Office): Holder {
  const text = collapseSpace(value);
  const opts = { bareCommissioner: true };
  const sep = /^(.+?)\s*(?:,|\s[-–—]\s|\()\s*(.+?)\)?$/.exec(text);
  if (sep) {
    const [, left, right] = sep as unknown as [string, string, string];
    const after = readOfficeTitle(right, office, opts);
    if (after) return { name: left, title: after };
    const before = readOfficeTitle(left, office, opts);
    if (before) return { name: right, title: before };
  }
  const words = text.split(' ');
  for (let k = words.length - 1; k >= 1; k--) {
    const title = readOfficeTitle(words.slice(0, k).join(' '), office, opts);
    if (title) return { name: words.slice(k).join(' '), title };
  }
  // A title after the name needs two words at least, so "John Mayor" stays a name.
  for (let k = 1; k <= words.length - 2; k++) {
    const title = readOfficeTitle(words.slice(k).join(' '), office);
    if (title) return { name: words.slice(0, k).join(' '), title };
  }
  return { name: text, title: null };
}

function titleCase(s: string): string {
  return s
    .split(' ')
    .map((w, i) =>
      i > 0 && /^(of|the|for|and)$/i.test(w)
        ? w.toLowerCase()
        : w
          ? w[0]!.toUpperCase() + w.slice(1).toLowerCase()
          : w,
    )
    .join(' ');
}
