import { sql } from 'drizzle-orm';
import { schema, type Db } from '@irr/db';
import { publishedFindings, type PublicFindingRow } from './public-findings.js';

/**
 * Search and the force page filter and count facets over every current published finding that matches the
 * words, which at national scale is tens of thousands of rows. Those rows change only when something is written,
 * and every write adds an audit event in its transaction, so the newest audit event id is a cheap generation
 * (one index probe). The TTL bounds the one case the generation misses: two writes committing out of id order.
 * Public reads are sent with max-age=60 already, so 30 s adds no staleness a reader could not already see.
 */
const TTL_MS = 30_000;
const MAX_ENTRIES = 16;

interface Entry {
  generation: number;
  at: number;
  rows: Promise<readonly PublicFindingRow[]>;
}

const caches = new WeakMap<Db, Map<string, Entry>>();

/** The published findings matching `q` (all of them without), as of `today`; shared: never mutate the result. */
export async function cachedPublishedFindings(
  db: Db,
  filters: { q?: string | undefined; organisationSlug?: string | undefined },
  today: string,
): Promise<readonly PublicFindingRow[]> {
  const [row] = await db.select({ g: sql<number>`coalesce(max(${schema.auditEvents.id}), 0)`.mapWith(Number) }).from(schema.auditEvents);
  const generation = row?.g ?? 0;
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map<string, Entry>()));
  const key = JSON.stringify([filters.q ?? '', filters.organisationSlug ?? '', today]);
  const now = Date.now();
  const hit = cache.get(key);
  if (hit && hit.generation === generation && now - hit.at < TTL_MS) return hit.rows;
  const rows = publishedFindings(db, { q: filters.q, organisationSlug: filters.organisationSlug }, today);
  cache.delete(key); // re-insert: Map order is the eviction order
  cache.set(key, { generation, at: now, rows });
  rows.catch(() => cache.delete(key));
  while (cache.size > MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  return rows;
}
