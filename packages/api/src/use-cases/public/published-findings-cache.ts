import { publicGeneration, type Db } from '@irr/db';
import { shownFindingCountsByForce } from '@irr/db/read-models';
import { vocabularyOf, type Facet, type FacetName, type Vocabulary } from '@irr/domain';
import { listPublishedFindings } from './list-published-findings.js';
import type { PublicFindingRow } from './public-finding.js';

/**
 * The force and report pages, the open data's finding pages and the spelling suggestions read every current
 * published finding of a force, of the nation or matching words: at national scale tens of thousands of rows.
 * Those rows change only when something is committed, which the database's public generation tells in one
 * round trip (see `publicGeneration`). The portal's finding list is filtered, ordered and counted by the
 * database; only its counts and its order of ids are held here.
 */

/** One entry per force's page and per recent search; rows bound the memory (~1 KB each). */
const MAX_ENTRIES = 100;
const MAX_ROWS = 150_000;

interface Entry<T> {
  generation: string;
  value: Promise<T>;
  /** Known once the value has arrived: what the bound counts of it. */
  size: number;
}

const caches = new WeakMap<Db, Map<string, Entry<readonly PublicFindingRow[]>>>();

/** Oldest first out until the map holds at most `entries` entries and `total` in size. */
function evict<T>(cache: Map<string, Entry<T>>, entries: number, total: number): void {
  let size = 0;
  for (const e of cache.values()) size += e.size;
  while (cache.size > entries || (size > total && cache.size > 1)) {
    const [key, oldest] = cache.entries().next().value!;
    cache.delete(key);
    size -= oldest.size;
  }
}

/** The value held for `key` at this generation, or `make`'s, held in its place (a failure is not held). */
function heldEntry<T>(
  cache: Map<string, Entry<T>>,
  key: string,
  generation: string,
  make: () => Promise<T>,
  sizeOf: (value: T) => number,
  entries: number,
  total: number,
): Promise<T> {
  const hit = cache.get(key);
  cache.delete(key); // to the back: Map order is the eviction order
  if (hit && hit.generation === generation) {
    cache.set(key, hit);
    return hit.value;
  }
  const value = make();
  const entry: Entry<T> = { generation, value, size: 0 };
  cache.set(key, entry);
  value.then(
    (v) => {
      entry.size = sizeOf(v);
      evict(cache, entries, total);
    },
    () => void (cache.get(key) === entry && cache.delete(key)),
  );
  evict(cache, entries, total);
  return value;
}

/** The published findings matching `q` (all of them without), as of `today`; shared: never mutate the result. */
export async function cachedPublishedFindings(
  db: Db,
  filters: { q?: string | undefined; organisationSlug?: string | undefined },
  today: string,
  /** Read once by a caller that reads more than one cached set, so they agree. */
  generation?: string,
): Promise<readonly PublicFindingRow[]> {
  generation ??= await publicGeneration(db);
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, Entry<readonly PublicFindingRow[]>>()));
  const key = JSON.stringify([filters.q ?? '', filters.organisationSlug ?? '', today]);
  return heldEntry(
    cache,
    key,
    generation,
    () =>
      listPublishedFindings(
        db,
        { q: filters.q, organisationSlug: filters.organisationSlug },
        today,
      ),
    (rows) => rows.length,
    MAX_ENTRIES,
    MAX_ROWS,
  );
}

const forceCounts = new WeakMap<Db, { generation: string; counts: Promise<Facet> }>();

/** Each force's count of current published findings, until something is committed. */
export async function cachedForceCounts(db: Db, generation?: string): Promise<Facet> {
  generation ??= await publicGeneration(db);
  const hit = forceCounts.get(db);
  if (hit && hit.generation === generation) return hit.counts;
  const counts = shownFindingCountsByForce(db);
  const entry = { generation, counts };
  forceCounts.set(db, entry);
  counts.catch(() => void (forceCounts.get(db) === entry && forceCounts.delete(db)));
  return counts;
}

const vocabularies = new WeakMap<Db, { generation: string; words: Promise<Vocabulary> }>();

/**
 * Every word of the published findings (wording, headings, areas, report titles, force names), for
 * suggesting a spelling when a search finds nothing; made once until something is committed.
 */
export async function cachedVocabulary(
  db: Db,
  today: string,
  generation?: string,
): Promise<Vocabulary> {
  generation ??= await publicGeneration(db);
  const hit = vocabularies.get(db);
  if (hit && hit.generation === generation) return hit.words;
  const words = cachedPublishedFindings(db, {}, today, generation).then((rows) =>
    vocabularyOf(
      rows
        .flatMap((r) => [r.text, r.title ?? '', r.area ?? '', r.pillar ?? ''])
        .concat([...new Set(rows.flatMap((r) => [r.reportTitle, r.organisationName]))]),
    ),
  );
  const entry = { generation, words };
  vocabularies.set(db, entry);
  words.catch(() => void (vocabularies.get(db) === entry && vocabularies.delete(db)));
  return words;
}

/** Finding lists held: at most this many, and this many findings' ids in all (about 80 bytes each). */
const MAX_LISTS = 500;
const MAX_LIST_IDS = 300_000;

/** The portal's finding list for a set of filters, as the database filtered, ordered and counted it. */
export interface HeldFindingList {
  total: number;
  facets: Record<FacetName, Facet>;
  /** The ids of the findings passing every filter, in the list's order; a page's rows are read by id. */
  order: readonly string[];
}

const lists = new WeakMap<Db, Map<string, Entry<HeldFindingList>>>();

/**
 * The finding list for `key` (its filters), made by `make` once until something public changes: a force's list
 * is the portal's commonest read, and filtering, ordering and counting its findings is most of its cost. A page's
 * findings are read each time by id, so what it shows is never held here.
 */
export async function heldFindingList(
  db: Db,
  key: string,
  make: () => Promise<HeldFindingList>,
  generation?: string,
): Promise<HeldFindingList> {
  generation ??= await publicGeneration(db);
  let held = lists.get(db);
  if (!held) lists.set(db, (held = new Map<string, Entry<HeldFindingList>>()));
  return heldEntry(held, key, generation, make, (l) => l.order.length, MAX_LISTS, MAX_LIST_IDS);
}
