import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Db } from '../connection.js';
import {
  organisations,
  publishedFindings,
  recordVersions,
  reports,
  responseRecords,
} from '../schema/index.js';
import { reportRefColumns } from './public-responses.js';
import { pfSearch } from './shown-finding-query.js';
import { plainTextOfHtml, webSearch } from './text-search.js';

/** Highlighted matches for the portal's search: ts_headline output, its text still to be escaped (escapeSnippet). */

const pf = publishedFindings;

/**
 * Matches ranked at most: a word found in thousands of findings costs what a rarer one does, since ranking
 * (`ts_rank` reads each match's vector) is what grows with the matches. The best of the first this many found.
 */
export const SEARCH_CANDIDATES = 200;

/**
 * Current published findings whose wording matches, best first, with a highlighted snippet of it: ranked among
 * the first `candidates` matches (SEARCH_CANDIDATES), so the answer's cost does not grow with the register.
 */
export async function searchCurrentFindings(
  db: Db,
  input: {
    q: string;
    organisationSlug?: string;
    kind?: string;
    limit: number;
    candidates?: number;
  },
) {
  const query = webSearch(input.q);
  const matches = db
    .select({
      findingId: pf.findingId,
      recordId: pf.recordId,
      organisationId: pf.organisationId,
      ref: pf.ref,
      kind: pf.kind,
      text: pf.text,
      rank: sql<number>`ts_rank(${pfSearch}, ${query})`.as('rank'),
    })
    .from(pf)
    .where(
      and(
        eq(pf.current, true),
        sql`${pfSearch} @@ ${query}`,
        input.organisationSlug
          ? sql`${pf.organisationId} = (select o.id from ${organisations} o where o.slug = ${input.organisationSlug})`
          : undefined,
        input.kind ? eq(pf.kind, input.kind) : undefined,
      ),
    )
    .limit(Math.max(input.candidates ?? SEARCH_CANDIDATES, input.limit))
    .as('matches');
  return db
    .select({
      findingId: matches.findingId,
      recordId: matches.recordId,
      organisationName: organisations.name,
      ref: matches.ref,
      kind: matches.kind,
      rank: sql<number>`${matches.rank}`.mapWith(Number),
      // Tags stripped first so the snippet is text; <mark> is the only markup it gains.
      snippet: sql<string>`ts_headline('english', ${plainTextOfHtml(matches.text)}, ${query}, 'StartSel=<mark>, StopSel=</mark>, MaxWords=30, MinWords=10')`,
    })
    .from(matches)
    .innerJoin(organisations, eq(organisations.id, matches.organisationId))
    .orderBy(desc(matches.rank), matches.findingId)
    .limit(input.limit);
}

const HEADLINE = 'StartSel=<mark>, StopSel=</mark>, MaxWords=35, MinWords=12';

/** A highlighted snippet per finding: of its wording where that matches, else of its latest matching public update. */
export async function findingHeadlines(db: Db, findingIds: readonly string[], q: string) {
  const query = webSearch(q);
  const source = sql`case when ${pfSearch} @@ ${query} then ${pf.text} else coalesce((select u.text from finding_updates u where u.finding_id = ${pf.findingId} and u.visibility = 'public' and u.search @@ ${query} order by u.position desc limit 1), ${pf.text}) end`;
  return db
    .select({
      findingId: pf.findingId,
      headline: sql<string>`ts_headline('english', ${plainTextOfHtml(source)}, ${query}, ${HEADLINE})`,
    })
    .from(pf)
    .where(and(eq(pf.current, true), inArray(pf.findingId, [...findingIds])));
}

/** Responses whose published summary or comments match: the current, not withdrawn, version only (20 at most). */
export async function matchingResponses(db: Db, q: string, organisationSlug: string | undefined) {
  const rv = recordVersions;
  const query = webSearch(q);
  const body = plainTextOfHtml(
    sql`coalesce(${rv.snapshot}->'record'->>'summary', '') || ' ' || coalesce(${rv.snapshot}->'record'->>'commissionerComments', '') || ' ' || coalesce(${rv.snapshot}->'record'->>'chiefOfficerComments', '')`,
  );
  return db
    .select({
      organisation: { slug: organisations.slug, name: organisations.name },
      report: reportRefColumns,
      responseSlug: responseRecords.slug,
      version: rv.version,
      snippet: sql<string>`ts_headline('english', ${body}, ${query}, ${HEADLINE})`,
    })
    .from(responseRecords)
    .innerJoin(
      rv,
      and(
        eq(rv.recordId, responseRecords.id),
        eq(rv.version, responseRecords.latestPublishedVersion),
      ),
    )
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .where(
      and(
        isNull(rv.withdrawnAt),
        sql`(to_tsvector('english', ${body}) || to_tsvector('simple', ${body})) @@ ${query}`,
        organisationSlug ? eq(organisations.slug, organisationSlug) : undefined,
      ),
    )
    .limit(20);
}
