import { responseSlugCandidates } from '@irr/domain';
import { and, eq, sql, type SQL } from 'drizzle-orm';
import type { Db } from '../connection.js';
import { organisations, reports, responseRecords } from '../schema/index.js';

/**
 * The first of `candidates` (best first, from `responseSlugCandidates`) that no response of the
 * organisation holds, as an expression an INSERT sets `slug` to: chosen in the statement that writes
 * it, so no round trip is added. The last candidate carries the record's id, so one is always free.
 */
export function firstFreeResponseSlug(organisationId: string, candidates: readonly string[]): SQL {
  const list = sql.join(
    candidates.map((c, i) => sql`(${c}::text, ${i}::int)`),
    sql`, `,
  );
  return sql`(select c.slug from (values ${list}) as c(slug, n)
    where not exists (select 1 from ${responseRecords} held
      where held.organisation_id = ${organisationId} and held.slug = c.slug)
    order by c.n limit 1)`;
}

/**
 * Responses still at the address migration 0019 gave them (their report's slug) take their short one
 * (`peel-2018-19`), where no other response of their force holds it; the old address redirects. Run
 * by every `migrate`: after the first, it finds only responses whose short slugs were all taken.
 */
export async function shortenResponseSlugs(db: Db): Promise<number> {
  const rows = await db
    .select({
      id: responseRecords.id,
      organisationId: responseRecords.organisationId,
      organisationName: organisations.name,
      reportTitle: reports.title,
      reportSlug: reports.slug,
      reportPublishedOn: reports.publishedOn,
    })
    .from(responseRecords)
    .innerJoin(reports, eq(reports.id, responseRecords.reportId))
    .innerJoin(organisations, eq(organisations.id, responseRecords.organisationId))
    .where(eq(responseRecords.slug, reports.slug));
  let shortened = 0;
  for (const row of rows) {
    const candidates = responseSlugCandidates({ ...row, recordId: row.id });
    // Only the candidates better than the report's slug: past it, the response is where it should be. A
    // report slug no response could have (too long for an address) is bettered by any.
    const at = candidates.indexOf(row.reportSlug);
    const better = at < 0 ? candidates : candidates.slice(0, at);
    if (better.length === 0) continue;
    const updated = await db
      .update(responseRecords)
      .set({
        slug: sql`coalesce(${firstFreeResponseSlug(row.organisationId, better)}, ${responseRecords.slug})`,
      })
      .where(and(eq(responseRecords.id, row.id), eq(responseRecords.slug, row.reportSlug)))
      .returning({ slug: responseRecords.slug });
    if (updated[0] && updated[0].slug !== row.reportSlug) shortened += 1;
  }
  return shortened;
}
