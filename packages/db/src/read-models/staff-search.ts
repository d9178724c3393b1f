import { and, desc, eq, inArray, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { plainTextOfHtml } from './text-search.js';
import { findings, responseRecords } from '../schema/index.js';

export interface StaffSearch {
  /** Web-search syntax, as typed. */
  q: string;
  /** Which organisations' live drafts to search; undefined is every one (the operator). */
  organisationIds: readonly string[] | undefined;
  limit: number;
}

/**
 * Findings of the live drafts whose text, or one of whose updates, matches, best first. The snippet is
 * ts_headline's raw output: `<mark>` tags around the stored text's words, entities still encoded.
 */
export async function searchStaffFindings(db: Db, search: StaffSearch) {
  const query = sql`websearch_to_tsquery('english', ${search.q})`;
  const f = findings;
  const matchesUpdate = sql`exists (select 1 from finding_updates u where u.finding_id = ${f.id} and u.search @@ ${query})`;
  const rank = sql<number>`ts_rank(${sql.raw('"findings"."search"')}, ${query})`;
  const organisations = search.organisationIds
    ? inArray(responseRecords.organisationId, [...search.organisationIds])
    : undefined;
  return db
    .select({
      findingId: f.id,
      recordId: f.recordId,
      ref: f.ref,
      kind: f.kind,
      status: f.status,
      rank: rank.mapWith(Number),
      snippet: sql<string>`ts_headline('english', ${plainTextOfHtml(f.text)}, ${query}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10')`,
    })
    .from(f)
    .innerJoin(responseRecords, eq(responseRecords.id, f.recordId))
    .where(
      and(organisations, sql`(${sql.raw('"findings"."search"')} @@ ${query} or ${matchesUpdate})`),
    )
    .orderBy(desc(rank))
    .limit(search.limit);
}
