import type { OrganisationKind } from '../model/index.js';
import { FIRE_SERVICES } from './fire-services.js';
import type { ReferenceOrganisation } from './organisation-types.js';
import { POLICE_FORCES } from './police-forces.js';
import { foldForMatch } from './text.js';

export const REFERENCE_ORGANISATIONS: readonly ReferenceOrganisation[] = [
  ...POLICE_FORCES,
  ...FIRE_SERVICES,
];

// Words that say what kind of body it is, not which one; longest first so "police service" goes whole.
const KIND_WORDS =
  /\s+(?:fire and rescue service|fire and rescue authority|fire and rescue|fire brigade|fire service|frs|fire|police service|police force|police|constabulary)$/;

function fold(name: string): string {
  return foldForMatch(name).replace(/^the\s+/, '');
}

/** The place part of a name: "staffordshire police service" -> "staffordshire". */
function placeOf(folded: string): string {
  let place = folded.replace(/^heddlu\s+/, '');
  for (let prev = ''; prev !== place;) {
    prev = place;
    place = place.replace(KIND_WORDS, '');
  }
  return place;
}

function kindNamed(folded: string): OrganisationKind | null {
  const fire = /\b(?:fire|brigade|frs)\b/.test(folded);
  const police = /\b(?:police|constabulary|heddlu)\b/.test(folded);
  if (fire === police) return null;
  return fire ? 'fire_service' : 'police_force';
}

interface Keys {
  entry: ReferenceOrganisation;
  names: ReadonlySet<string>;
  places: ReadonlySet<string>;
}

const KEYS: readonly Keys[] = REFERENCE_ORGANISATIONS.map((entry) => {
  const names = [entry.name, ...entry.aliases].map(fold);
  return { entry, names: new Set(names), places: new Set(names.map(placeOf)) };
});

/**
 * The force or fire and rescue service a record names, however it is spelt: any case, '&' or 'and',
 * with or without "Police", "Constabulary", "Police Service" or "Fire and Rescue Service". A name
 * that says neither police nor fire ("Staffordshire") means the police force unless `kind` says
 * otherwise. A name that contradicts `kind` finds nothing.
 */
export function findOrganisation(
  name: string,
  kind?: OrganisationKind,
): ReferenceOrganisation | null {
  const folded = fold(name);
  if (!folded) return null;
  const named = kindNamed(folded);
  if (kind && named && named !== kind) return null;
  const kinds: OrganisationKind[] = kind
    ? [kind]
    : named
      ? [named]
      : ['police_force', 'fire_service'];
  const place = placeOf(folded);
  for (const k of kinds) {
    const candidates = KEYS.filter((c) => c.entry.kind === k);
    const found =
      candidates.find((c) => c.names.has(folded)) ?? candidates.find((c) => c.places.has(place));
    if (found) return found.entry;
  }
  return null;
}
