import { publicGeneration, type Db } from '@irr/db';
import { shownFindingCountsByForce } from '@irr/db/read-models';
import { vocabularyOf, type Facet, type Vocabulary } from '@irr/domain';
import { listPublishedFindings } from './list-published-findings.js';
import type { PublicFindingRow } from './public-finding.js';

/**
 * The force and report pages, the open data's finding pages and the spelling suggestions read every current
 * published finding of a force, of the nation or matching words: at national scale tens of thousands of rows.
 * Those rows change only when something is committed, which the database's public generation tells in one
 * round trip (see `publicGeneration`). (The portal's finding list pages and counts in SQL instead.)
 */
/** One entry per force's page and per recent search; rows bound the memory (~1 KB each). */
const MAX_ENTRIES = 100;
const MAX_ROWS = 150_000;

interface Entry {
  generation: string;
  rows: Promise<readonly PublicFindingRow[]>;
  /** Known once the rows have arrived. */
  size: number;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

function evict(cache: Map<string, Entry>): void {
  let rows = 0;
  for (const e of cache.values()) rows += e.size;
  while (cache.size > MAX_ENTRIES || (rows > MAX_ROWS && cache.size > 1)) {
    const [key, oldest] = cache.entries().next().value!;
    cache.delete(key);
    rows -= oldest.size;
  }
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
  if (!cache) caches.set(db, (cache = new Map<string, Entry>()));
  const key = JSON.stringify([filters.q ?? '', filters.organisationSlug ?? '', today]);
  const hit = cache.get(key);
  if (hit && hit.generation === generation) {
    cache.delete(key); // to the back: Map order is the eviction order
    cache.set(key, hit);
    return hit.rows;
  }
  const rows = listPublishedFindings(
    db,
    { q: filters.q, organisationSlug: filters.organisationSlug },
    today,
  );
  cache.delete(key); // re-insert: Map order is the eviction order
  const entry: Entry = { generation, rows, size: 0 };
  cache.set(key, entry);
  rows.then(
    (r) => {
      entry.size = r.length;
      evict(cache);
    },
    () => void (cache.get(key) === entry && cache.delete(key)),
  );
  evict(cache);
  return rows;
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
